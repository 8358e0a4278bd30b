using DmlNet.Plan;
using DmlNet.Runtime.Data;
using DmlNet.Runtime.Operations;

namespace DmlNet.Runtime;

/// <summary>
/// Runs a parfor loop on the local cores: iterations are dealt round-robin to workers, each with a
/// private copy of the variables; afterwards every result variable (one that existed before the
/// loop) gets the cells each worker changed, and accumulators (<c>+=</c>) get the sum of the
/// workers' increments.
/// </summary>
internal static class ParForRunner
{
    /// <summary>Runs the iterations <paramref name="iterations"/> of the loop in parallel and merges the results.</summary>
    public static void Run(ForProgramBlock loop, IReadOnlyList<long> iterations, RuntimeContext context)
    {
        var settings = loop.ParFor!;
        var workers = Math.Max(1, Math.Min(settings.DegreeOfParallelism, iterations.Count));
        var before = settings.Assigned.Concat(settings.Accumulators)
            .Select(name => (name, value: context.Variables.Find(name)))
            .Where(x => x.value is not null)
            .ToDictionary(x => x.name, x => x.value!);
        var output = TextWriter.Synchronized(context.Output);
        var finals = new SymbolTable[workers];
        try
        {
            Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = context.Cancellation }, w =>
            {
                var worker = context.ForParForWorker(output);
                for (var k = w; k < iterations.Count; k += workers)
                {
                    worker.Variables.Set(loop.Name, ScalarValue.Of(iterations[k]));
                    Executor.Run(loop.Body, worker);
                }
                finals[w] = worker.Variables;
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.FirstOrDefault(x => x is DmlRuntimeException or DmlStopException) is { } first)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(first).Throw();
        }
        foreach (var (name, original) in before)
        {
            var merged = settings.Accumulators.Contains(name)
                ? finals.Aggregate(original, (sum, worker) => Accumulate(sum, original, worker.Get(name)))
                : MergeChanges(name, original, finals.Select(f => f.Get(name)).ToList(), settings.Check);
            context.Variables.Set(name, merged);
        }
        context.Variables.Set(loop.Variable, ScalarValue.Of(iterations[^1]));
    }

    private static DmlValue Accumulate(DmlValue sum, DmlValue original, DmlValue final) =>
        OperatorOperations.Apply(Kernels.BinaryOp.Add, sum, OperatorOperations.Apply(Kernels.BinaryOp.Subtract, final, original));

    /// <summary>The original matrix with every cell that some worker changed set to that worker's value.</summary>
    private static DmlValue MergeChanges(string name, DmlValue original, IReadOnlyList<DmlValue> finals, bool check)
    {
        if (original is not MatrixValue { Block: var block })
        {
            return check && finals.Any(f => !ReferenceEquals(f, original))
                ? throw new DmlRuntimeException($"parfor result variable '{name}' is not a matrix and cannot be merged")
                : original;
        }
        var result = (double[])block.DenseValues().Clone();
        var baseline = block.DenseValues();
        foreach (var final in finals)
        {
            if (ReferenceEquals(final, original))
            {
                continue;
            }
            var changed = OperatorOperations.Matrix(final, $"parfor result '{name}'");
            if (changed.Rows != block.Rows || changed.Columns != block.Columns)
            {
                throw new DmlRuntimeException($"parfor result '{name}' changed shape from {block.Rows} x {block.Columns} to {changed.Rows} x {changed.Columns}");
            }
            var values = changed.DenseValues();
            for (var i = 0; i < values.Length; i++)
            {
                if (BitConverter.DoubleToInt64Bits(values[i]) != BitConverter.DoubleToInt64Bits(baseline[i]))
                {
                    result[i] = values[i];
                }
            }
        }
        return new MatrixValue(MatrixBlock.FromDense(block.Rows, block.Columns, result).WithBestFormat());
    }
}

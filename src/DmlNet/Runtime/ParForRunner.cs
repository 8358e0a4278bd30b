using System.Runtime.ExceptionServices;
using DmlNet.Plan;
using DmlNet.Runtime.Data;
using DmlNet.Runtime.Kernels;
using DmlNet.Runtime.Operations;

namespace DmlNet.Runtime;

/// <summary>
/// Runs a parfor loop on the local cores: iterations are dealt round-robin to workers, each with a
/// private copy of the variables. Afterwards every result variable gets the cells (or list
/// elements) each worker changed, and every accumulator (<c>+=</c>) the sum of the workers'
/// increments; variables private to the iterations keep their values from before the loop.
/// </summary>
internal static class ParForRunner
{
    /// <summary>Runs the iterations <paramref name="iterations"/> of the loop and merges the results.</summary>
    public static void Run(ForProgramBlock loop, IReadOnlyList<long> iterations, RuntimeContext context)
    {
        var settings = loop.ParFor!;
        var workers = Math.Max(1, Math.Min(settings.DegreeOfParallelism, iterations.Count));
        var before = settings.Results.Concat(settings.Accumulators)
            .Select(name => (name, value: context.Variables.Find(name)))
            .Where(x => x.value is not null)
            .ToDictionary(x => x.name, x => x.value!);
        var output = workers > 1 ? TextWriter.Synchronized(context.Output) : context.Output;
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
            ExceptionDispatchInfo.Capture(first).Throw();
        }
        foreach (var (name, original) in before)
        {
            var merged = settings.Accumulators.Contains(name)
                ? finals.Aggregate(original, (sum, worker) => Accumulate(sum, original, worker.Get(name)))
                : Merge(name, original, finals.Select(f => f.Get(name)).ToList());
            context.Variables.Set(name, merged);
        }
        context.Variables.Set(loop.Variable, ScalarValue.Of(iterations[^1]));
    }

    private static DmlValue Accumulate(DmlValue sum, DmlValue original, DmlValue final) =>
        OperatorOperations.Apply(BinaryOp.Add, sum, OperatorOperations.Apply(BinaryOp.Subtract, final, original));

    private static DmlValue Merge(string name, DmlValue original, IReadOnlyList<DmlValue> finals) => original switch
    {
        MatrixValue m => new MatrixValue(MergeCells(name, m.Block, finals)),
        ListValue l => MergeElements(name, l, finals),
        _ => throw new DmlRuntimeException($"parfor result '{name}' is a {OperatorOperations.Kind(original)}; only matrices and lists can be merged"),
    };

    /// <summary>The original matrix with every cell that some worker changed set to that worker's value.</summary>
    private static MatrixBlock MergeCells(string name, MatrixBlock block, IReadOnlyList<DmlValue> finals)
    {
        var baseline = block.DenseValues();
        double[]? result = null;
        foreach (var final in finals)
        {
            var changed = OperatorOperations.Matrix(final, $"parfor result '{name}'");
            if (ReferenceEquals(changed, block))
            {
                continue;
            }
            if (changed.Rows != block.Rows || changed.Columns != block.Columns)
            {
                throw new DmlRuntimeException(
                    $"parfor result '{name}' changed shape from {block.Rows} x {block.Columns} to {changed.Rows} x {changed.Columns}");
            }
            result ??= (double[])baseline.Clone();
            var values = changed.DenseValues();
            for (var i = 0; i < values.Length; i++)
            {
                if (BitConverter.DoubleToInt64Bits(values[i]) != BitConverter.DoubleToInt64Bits(baseline[i]))
                {
                    result[i] = values[i];
                }
            }
        }
        return result is null ? block : MatrixBlock.FromDense(block.Rows, block.Columns, result).WithBestFormat();
    }

    /// <summary>The original list with every element that some worker replaced set to that worker's element.</summary>
    private static ListValue MergeElements(string name, ListValue list, IReadOnlyList<DmlValue> finals)
    {
        var elements = list.Elements.ToArray();
        foreach (var final in finals)
        {
            if (final is not ListValue changed || changed.Elements.Count != elements.Length)
            {
                throw new DmlRuntimeException($"parfor result '{name}' must stay a list of {elements.Length} elements");
            }
            for (var i = 0; i < elements.Length; i++)
            {
                if (!ReferenceEquals(changed.Elements[i], list.Elements[i]))
                {
                    elements[i] = changed.Elements[i];
                }
            }
        }
        return new ListValue(elements, list.Names);
    }
}

namespace DmlNet.Bench;

/// <summary>What a runtime benchmark's rate counts per run.</summary>
internal enum RateKind
{
    /// <summary>Nanoseconds per loop iteration (and per executed instruction).</summary>
    NanosecondsPerIteration,

    /// <summary>Gigabytes read and written per second (memory-bound kernels).</summary>
    GigabytesPerSecond,

    /// <summary>Billions of floating-point operations per second (matrix multiply).</summary>
    GigaflopsPerSecond,
}

/// <summary>
/// One runtime benchmark: a script of bench/scripts with its parameters, what is timed (the whole
/// run, or only the instructions with the given opcodes, so that generating the input data is not
/// billed), and the amount of work one run does for the rate. <see cref="Reference"/> names the
/// same computation in bench/reference/numpy_ops.py.
/// </summary>
internal sealed record RuntimeCase(string Name, string Script, IReadOnlyDictionary<string, string> Arguments,
    IReadOnlyList<string>? TimedOpcodes, RateKind Rate, double Work, string Reference)
{
    /// <summary>The benchmarks of issue "interpreter overhead and kernels", at the sizes it asks for.</summary>
    public static IReadOnlyList<RuntimeCase> All()
    {
        const int side = 10_000;
        var cases = new List<RuntimeCase>
        {
            Loop("scalar_loop", 1_000_000),
            Loop("lix_scalar", 100_000),
            Cells("ew_fma", "ew_fma.dml", 2_000, 5_000, ["*", "+"], 48),
            Cells("exp", "exp.dml", 2_000, 5_000, ["exp"], 16),
            Cells("transpose", "transpose.dml", 2_000, 5_000, ["t"], 16),
            Cells("sum", "sum.dml", side, side, ["sum"], 8),
            Cells("row_sums", "row_sums.dml", side, side, ["rowSums"], 8),
            Cells("col_sums", "col_sums.dml", side, side, ["colSums"], 8),
        };
        foreach (var n in new[] { 1024, 2048, 4096 })
        {
            cases.Add(new RuntimeCase($"matmul_{n}", "matmul.dml", new Dictionary<string, string> { ["n"] = $"{n}" }, ["%*%"],
                RateKind.GigaflopsPerSecond, 2.0 * n * n * n, $"matmul:n={n}"));
        }
        return cases;
    }

    private static RuntimeCase Loop(string name, int iterations) =>
        new(name, name + ".dml", new Dictionary<string, string> { ["n"] = $"{iterations}" }, null,
            RateKind.NanosecondsPerIteration, iterations, $"{name}:n={iterations}");

    /// <summary>A memory-bound kernel on rows x cols cells moving <paramref name="bytesPerCell"/> bytes per cell.</summary>
    private static RuntimeCase Cells(string name, string script, int rows, int cols, string[] opcodes, int bytesPerCell) =>
        new(name + $"_{rows}x{cols}", script, new Dictionary<string, string> { ["rows"] = $"{rows}", ["cols"] = $"{cols}" }, opcodes,
            RateKind.GigabytesPerSecond, (double)rows * cols * bytesPerCell, $"{name}:rows={rows},cols={cols}");
}

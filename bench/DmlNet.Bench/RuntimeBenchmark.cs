using System.Diagnostics;
using System.Globalization;
using DmlNet.Plan;
using DmlNet.Runtime;
using DmlNet.Semantics;

namespace DmlNet.Bench;

/// <summary>
/// Runtime benchmarks: each script of bench/scripts is compiled once, run once to warm up (and to
/// count the instructions it executes), then run several times in this process; its NumPy
/// counterpart (bench/reference/numpy_ops.py) runs right after it, in the same benchmark run.
/// Loop cases time the whole run without statistics; kernel cases time only their instructions
/// (from the per-opcode statistics), so that generating the inputs with rand() is not billed. The cpu
/// column is process CPU time over wall time of whole runs (about the number of busy threads; lower
/// than expected when other processes take the cores).
/// </summary>
internal static class RuntimeBenchmark
{
    /// <summary>Options: <c>--runs N --only a,b --python PATH --no-numpy --threads T --coretype NAME</c>.</summary>
    public static int Run(string[] args)
    {
        var runs = 5;
        string[]? only = null;
        var python = "/usr/bin/python3";
        var numpy = true;
        var threads = Environment.ProcessorCount;
        var coreType = "SkylakeX";
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--runs": runs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--only": only = args[++i].Split(','); break;
                case "--python": python = args[++i]; break;
                case "--no-numpy": numpy = false; break;
                case "--threads": threads = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--coretype": coreType = args[++i]; break;
                default:
                    Console.Error.WriteLine($"unknown option {args[i]}");
                    return 2;
            }
        }
        var root = FrontEndBenchmark.FindRoot();
        var cases = RuntimeCase.All().Where(c => only is null || only.Any(o => c.Name.StartsWith(o, StringComparison.Ordinal))).ToList();
        Console.WriteLine($"# DmlNet runtime benchmarks: {runs} timed runs after 1 warm-up, medians; " +
                          $"{Environment.ProcessorCount} cores, .NET {Environment.Version}, kernel threads {Environment.ProcessorCount}");
        Console.WriteLine($"# NumPy reference: {(numpy ? $"{python} bench/reference/numpy_ops.py, OpenBLAS threads {threads}, core {coreType}" : "not run")}" +
                          "; each case's NumPy runs follow its DmlNet runs, so both see the same load");
        var reference = new Dictionary<string, Timing>(StringComparer.Ordinal);
        var measured = new List<(RuntimeCase Case, (Timing Time, long Instructions, double Utilization) Result)>();
        foreach (var c in cases)
        {
            measured.Add((c, Measure(root, c, runs)));
            if (numpy)
            {
                foreach (var (name, timing) in NumPyReference.Measure(python, Path.Combine(root, "bench", "reference", "numpy_ops.py"),
                             [c.Reference], runs, threads, coreType))
                {
                    reference[name] = timing;
                }
            }
        }
        Console.WriteLine();
        Console.WriteLine("| case | DmlNet median s (min-max) | DmlNet rate | cpu | NumPy median s (min-max) | NumPy rate | DmlNet / NumPy time |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var (c, result) in measured)
        {
            var hasReference = reference.TryGetValue(c.Reference, out var theirs);
            Console.WriteLine($"| {c.Name} | {Describe(result.Time)} | {Rate(c, result.Time.Median, result.Instructions)} | " +
                              $"{result.Utilization.ToString("F2", CultureInfo.InvariantCulture)} | " +
                              $"{(hasReference ? Describe(theirs) : "-")} | {(hasReference ? Rate(c, theirs.Median, 0) : "-")} | " +
                              $"{(hasReference ? (result.Time.Median / theirs.Median).ToString("F2", CultureInfo.InvariantCulture) : "-")} |");
        }
        return 0;
    }

    private static (Timing Time, long Instructions, double Utilization) Measure(string root, RuntimeCase c, int runs)
    {
        var path = Path.Combine(root, "bench", "scripts", c.Script);
        var options = new CompilationOptions { WorkingDirectory = Path.GetDirectoryName(path)!, Arguments = c.Arguments };
        var compilation = Compilation.FromFile(path, options);
        if (compilation.HasErrors)
        {
            throw new InvalidOperationException($"{c.Script}: {compilation.Diagnostics[0]}");
        }
        var program = ProgramCompiler.Compile(compilation, options);
        var warmup = new ExecutionStatistics();
        RunOnce(program, warmup);
        var instructions = warmup.Heaviest(int.MaxValue).Sum(h => h.Count);
        var seconds = new List<double>();
        var utilization = new List<double>();
        var process = Process.GetCurrentProcess();
        for (var run = 0; run < runs; run++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var statistics = c.TimedOpcodes is null ? null : new ExecutionStatistics();
            var wall = RunOnce(program, statistics);
            process.Refresh();
            utilization.Add((process.TotalProcessorTime - cpuBefore).TotalSeconds / wall);
            if (statistics is null || c.TimedOpcodes is null)
            {
                seconds.Add(wall);
                continue;
            }
            var timed = statistics.Heaviest(int.MaxValue).Where(h => c.TimedOpcodes.Contains(h.Opcode)).ToList();
            if (timed.Count != c.TimedOpcodes.Count)
            {
                throw new InvalidOperationException($"{c.Script} did not run all of {string.Join(" ", c.TimedOpcodes)}");
            }
            seconds.Add(timed.Sum(h => h.Time.TotalSeconds));
        }
        return (Timing.Of(seconds), instructions, Timing.Of(utilization).Median);
    }

    private static double RunOnce(RuntimeProgram program, ExecutionStatistics? statistics)
    {
        var context = new RuntimeContext(program, TextWriter.Null, statistics);
        var watch = Stopwatch.StartNew();
        Executor.Run(program.Main, context);
        return watch.Elapsed.TotalSeconds;
    }

    private static string Describe(Timing t) =>
        string.Create(CultureInfo.InvariantCulture, $"{t.Median:G4} ({t.Min:G3}-{t.Max:G3})");

    /// <summary>The rate of one run taking <paramref name="seconds"/>; loops also give ns per executed instruction.</summary>
    private static string Rate(RuntimeCase c, double seconds, long instructions) => c.Rate switch
    {
        RateKind.NanosecondsPerIteration when instructions > 0 => string.Create(CultureInfo.InvariantCulture,
            $"{seconds / c.Work * 1e9:F0} ns/iter, {seconds / instructions * 1e9:F0} ns/instr ({instructions / c.Work:F1} instr/iter)"),
        RateKind.NanosecondsPerIteration => string.Create(CultureInfo.InvariantCulture, $"{seconds / c.Work * 1e9:F0} ns/iter"),
        RateKind.GigabytesPerSecond => string.Create(CultureInfo.InvariantCulture, $"{c.Work / seconds / 1e9:F1} GB/s"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{c.Work / seconds / 1e9:F1} GFLOP/s"),
    };
}

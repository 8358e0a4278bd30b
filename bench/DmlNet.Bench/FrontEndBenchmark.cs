using System.Diagnostics;
using DmlNet.Semantics;

namespace DmlNet.Bench;

/// <summary>
/// Front-end throughput, warm (after 3 s of warm-up so the JIT has tiered up): parse + validate
/// a generated 10,000-line script and the test corpus. Each timed run starts after a full GC, as a
/// one-shot <c>dmlc check</c> process does, so that garbage of earlier runs is not billed to later ones.
/// </summary>
internal static class FrontEndBenchmark
{
    /// <summary>Options: <c>--runs N --write-script PATH --lines N</c>.</summary>
    public static int Run(string[] args)
    {
        var runs = 15;
        var lines = 10_000;
        string? writeScript = null;
        for (var i = 0; i < args.Length - 1; i++)
        {
            switch (args[i])
            {
                case "--runs": runs = int.Parse(args[++i]); break;
                case "--lines": lines = int.Parse(args[++i]); break;
                case "--write-script": writeScript = args[++i]; break;
            }
        }

        var script = ScriptGenerator.Generate(lines);
        if (writeScript is not null)
        {
            File.WriteAllText(writeScript, script);
            Console.WriteLine($"wrote {script.Count(c => c == '\n')} lines to {writeScript}");
            return 0;
        }

        var root = FindRoot();
        var corpusFolder = Path.Combine(root, "tests", "scripts", "corpus");
        var corpus = Directory.GetFiles(corpusFolder, "*.dml").Select(File.ReadAllText).ToList();
        var options = new CompilationOptions { WorkingDirectory = corpusFolder };

        var check = Compilation.FromText(script, options, "generated.dml");
        if (check.Diagnostics.Count > 0)
        {
            Console.Error.WriteLine($"generated script is not clean: {check.Diagnostics[0]}");
            return 1;
        }

        Measure("generated script", script.Count(c => c == '\n'), runs, () => Compilation.FromText(script, options, "generated.dml"));
        Measure($"test corpus ({corpus.Count} files)", corpus.Sum(t => t.Count(c => c == '\n')), runs, () =>
        {
            foreach (var text in corpus)
            {
                Compilation.FromText(text, options, "corpus.dml");
            }
        });
        return 0;
    }

    private static void Measure(string name, int lineCount, int runs, Action action)
    {
        var warmup = Stopwatch.StartNew();
        while (warmup.Elapsed.TotalSeconds < 3)
        {
            action();
        }
        var seconds = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var watch = Stopwatch.StartNew();
            action();
            seconds.Add(watch.Elapsed.TotalSeconds);
        }
        seconds.Sort();
        var median = seconds[seconds.Count / 2];
        Console.WriteLine($"{name}: {lineCount} lines, median {median * 1000:F1} ms over {runs} runs " +
                          $"(min {seconds[0] * 1000:F1}, max {seconds[^1] * 1000:F1}) => {lineCount / median:N0} lines/s");
    }

    /// <summary>The repository root (the folder holding DmlNet.sln).</summary>
    internal static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DmlNet.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("repository root not found");
    }
}

using System.CommandLine;
using System.Diagnostics;
using DmlNet.Diagnostics;
using DmlNet.Plan;
using DmlNet.Runtime;
using DmlNet.Semantics;

namespace DmlNet.Cli;

/// <summary><c>dmlc run FILE</c> (or <c>-s "script"</c>): checks, compiles and runs a script on this machine.</summary>
internal static class RunCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var file = new Argument<string?>("FILE") { Description = "The DML script to run", Arity = ArgumentArity.ZeroOrOne };
        var script = new Option<string?>("-s") { Description = "Run this script text instead of a file" };
        var explain = new Option<string?>("-explain")
        {
            Description = "Print the compiled plan first (hops: operator DAGs with sizes, runtime: instructions), or each block recompiled at run time (recompile_hops)",
        };
        explain.AcceptOnlyFromAmong("hops", "runtime", "recompile_hops");
        var seed = new Option<long?>("-seed") { Description = "Base seed for rand() and sample() calls without a seed, for reproducible runs" };
        var stats = new Option<bool>("-stats") { Description = "Print total, compile and per-instruction times at the end" };
        var statsTop = new Option<int>("--stats-top")
        {
            Description = "How many of the heaviest instructions -stats lists (default 10)",
            DefaultValueFactory = _ => 10,
        };
        statsTop.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--stats-top must be at least 1");
            }
        });
        var verbose = new Option<bool>("--verbose") { Description = "Show .NET stack traces of runtime errors" };
        var common = new CommonOptions();
        var command = new Command("run", "Check, compile and run a DML script. Exit code: 0 success, 1 script error, 2 usage.");
        command.Add(file);
        command.Add(script);
        command.Add(explain);
        command.Add(stats);
        command.Add(statsTop);
        command.Add(seed);
        command.Add(verbose);
        common.AddTo(command);
        command.SetAction(result => Run(result.GetValue(file), result.GetValue(script), result.GetValue(explain),
            result.GetValue(stats) ? result.GetValue(statsTop) : 0, result.GetValue(verbose), result.GetValue(seed), common.Build(result, out var error), error));
        return command;
    }

    private static int Run(string? file, string? script, string? explain, int statsTop, bool verbose, long? seed,
        CompilationOptions options, string? optionError)
    {
        if (optionError is not null || (file is null) == (script is null))
        {
            Console.Error.WriteLine($"dmlc: {optionError ?? "give either a script file or -s \"script text\""}");
            return ExitCodes.Usage;
        }
        if (file is not null && !File.Exists(file))
        {
            Console.Error.WriteLine($"dmlc: file not found: {file}");
            return ExitCodes.Usage;
        }
        var total = Stopwatch.StartNew();
        var compilation = file is not null ? Compilation.FromFile(file, options) : Compilation.FromText(script!, options);
        foreach (var diagnostic in compilation.Diagnostics)
        {
            Console.Error.Write(DiagnosticFormatter.Format(diagnostic, compilation.Sources));
        }
        if (compilation.HasErrors)
        {
            return ExitCodes.ScriptErrors;
        }
        var program = ProgramCompiler.Compile(compilation, options);
        var statistics = statsTop > 0 ? new ExecutionStatistics { CompileTime = total.Elapsed } : null;
        if (explain is "hops" or "runtime")
        {
            Console.Out.Write(ExplainPrinter.Print(program, explain == "hops" ? ExplainPrinter.Level.Hops : ExplainPrinter.Level.Runtime));
        }
        var context = new RuntimeContext(program, Console.Out, statistics, seeds: new SeedSource(seed))
        {
            RecompilationLog = explain == "recompile_hops" ? Console.Out : null,
        };
        var exitCode = Execute(context, compilation, verbose);
        if (statistics is not null)
        {
            statistics.ExecutionTime = total.Elapsed - statistics.CompileTime;
            StatisticsReport.Write(Console.Error, statistics, total.Elapsed, statsTop);
        }
        return exitCode;
    }

    private static int Execute(RuntimeContext context, Compilation compilation, bool verbose)
    {
        var output = context.Output;
        try
        {
            Executor.Run(context.Program.Main, context);
            return ExitCodes.Success;
        }
        catch (DmlStopException stop)
        {
            output.Flush();
            Console.Error.WriteLine(stop.Message);
            return ExitCodes.ScriptErrors;
        }
        catch (DmlRuntimeException error)
        {
            output.Flush();
            var where = error.Span is { } span ? $"{span}: " : string.Empty;
            Console.Error.WriteLine($"{where}runtime error: {error.Message}");
            if (error.Span is { } s && compilation.Sources.TryGetValue(s.File, out var source))
            {
                Console.Error.WriteLine("  " + source.GetLine(s.Line));
            }
            if (verbose)
            {
                Console.Error.WriteLine(error);
            }
            return ExitCodes.ScriptErrors;
        }
    }
}

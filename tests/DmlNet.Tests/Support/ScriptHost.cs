using DmlNet.Plan;
using DmlNet.Runtime;
using DmlNet.Semantics;

namespace DmlNet.Tests.Support;

/// <summary>Runs DML text or files in-process and captures what they print.</summary>
public static class ScriptHost
{
    /// <summary>The outcome of a run: printed text and the error message, if any (compile errors, runtime errors, stop).</summary>
    public sealed record Outcome(string Output, string? Error);

    /// <summary>Runs a script file with the given working directory.</summary>
    public static Outcome RunFile(string path, string workingDirectory, IReadOnlyDictionary<string, string>? arguments = null) =>
        Run(Compilation.FromFile(path, Options(workingDirectory, arguments)), Options(workingDirectory, arguments));

    /// <summary>Runs script text.</summary>
    public static Outcome RunText(string text, IReadOnlyDictionary<string, string>? arguments = null, string? workingDirectory = null)
    {
        var options = Options(workingDirectory ?? Directory.GetCurrentDirectory(), arguments);
        return Run(Compilation.FromText(text, options), options);
    }

    private static CompilationOptions Options(string workingDirectory, IReadOnlyDictionary<string, string>? arguments) => new()
    {
        WorkingDirectory = workingDirectory,
        Arguments = arguments ?? new Dictionary<string, string>(),
    };

    private static Outcome Run(Compilation compilation, CompilationOptions options)
    {
        if (compilation.HasErrors)
        {
            return new Outcome("", string.Join("\n", compilation.Diagnostics.Where(d => d.IsError)));
        }
        var output = new StringWriter { NewLine = "\n" };
        var context = new RuntimeContext(ProgramCompiler.Compile(compilation, options), output);
        try
        {
            Executor.Run(context.Program.Main, context);
            return new Outcome(output.ToString(), null);
        }
        catch (Exception e) when (e is DmlRuntimeException or DmlStopException)
        {
            var where = e is DmlRuntimeException { Span: { } span } ? $"{span}: " : "";
            return new Outcome(output.ToString(), where + e.Message);
        }
    }
}

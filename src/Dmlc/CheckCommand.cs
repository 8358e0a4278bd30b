using System.CommandLine;
using DmlNet.Diagnostics;
using DmlNet.Semantics;

namespace DmlNet.Cli;

/// <summary><c>dmlc check FILE...</c>: parses and validates scripts without running them.</summary>
internal static class CheckCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "DML scripts to check", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Print diagnostics as a JSON array (for tools)" };
        var common = new CommonOptions();
        var command = new Command("check", "Parse and validate DML scripts without running them. Exit code: 0 clean, 1 errors, 2 usage or unreadable file.");
        command.Add(files);
        command.Add(json);
        common.AddTo(command);
        command.SetAction(result => Run(result.GetValue(files) ?? [], result.GetValue(json), common.Build(result, out var error), error));
        return command;
    }

    private static int Run(string[] files, bool json, CompilationOptions options, string? optionError)
    {
        if (optionError is not null)
        {
            Console.Error.WriteLine($"dmlc: {optionError}");
            return ExitCodes.Usage;
        }
        var diagnostics = new List<Diagnostic>();
        var sources = new Dictionary<string, Syntax.SourceText>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                Console.Error.WriteLine($"dmlc: file not found: {file}");
                return ExitCodes.Usage;
            }
            Compilation compilation;
            try
            {
                compilation = Compilation.FromFile(file, options);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"dmlc: cannot read {file}: {e.Message}");
                return ExitCodes.Usage;
            }
            diagnostics.AddRange(compilation.Diagnostics);
            foreach (var (path, source) in compilation.Sources)
            {
                sources.TryAdd(path, source);
            }
        }
        if (json)
        {
            DiagnosticJson.Write(Console.OpenStandardOutput(), diagnostics);
        }
        else
        {
            foreach (var diagnostic in diagnostics)
            {
                Console.Error.Write(DiagnosticFormatter.Format(diagnostic, sources));
            }
            var errors = diagnostics.Count(d => d.IsError);
            var warnings = diagnostics.Count - errors;
            Console.Error.WriteLine(errors + warnings == 0
                ? $"{files.Length} file(s) checked: no problems"
                : $"{files.Length} file(s) checked: {errors} error(s), {warnings} warning(s)");
        }
        return diagnostics.Any(d => d.IsError) ? ExitCodes.ScriptErrors : ExitCodes.Success;
    }
}

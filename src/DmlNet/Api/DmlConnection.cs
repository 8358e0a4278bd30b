using DmlNet.Diagnostics;
using DmlNet.Plan;
using DmlNet.Semantics;

namespace DmlNet.Api;

/// <summary>
/// The entry point for embedding DmlNet in a .NET application (in the spirit of SystemDS's JMLC):
/// compile a script once with declared inputs and outputs, then execute it many times, from
/// several threads at once, with in-memory data.
/// </summary>
public sealed class DmlConnection(DmlConnectionOptions? options = null)
{
    private readonly DmlConnectionOptions settings = options ?? new DmlConnectionOptions();

    /// <summary>
    /// Compiles script text. <paramref name="inputs"/> are variables the caller binds at each
    /// execution (the script reads them without assigning them first); <paramref name="outputs"/>
    /// are the variables returned. Throws <see cref="DmlCompilationException"/> with all
    /// diagnostics when the script has errors.
    /// </summary>
    public PreparedScript Prepare(string script, IEnumerable<ScriptInput> inputs, IEnumerable<string> outputs,
        IReadOnlyDictionary<string, string>? arguments = null)
    {
        var declared = inputs.ToList();
        var compilationOptions = new CompilationOptions
        {
            WorkingDirectory = settings.WorkingDirectory,
            LibraryPaths = settings.LibraryPaths,
            Arguments = arguments ?? new Dictionary<string, string>(),
            PredefinedVariables = declared.ToDictionary(i => i.Name, i => i.Type),
        };
        var compilation = Compilation.FromText(script, compilationOptions, settings.ScriptName);
        if (compilation.HasErrors)
        {
            throw new DmlCompilationException(compilation.Diagnostics.Where(d => d.IsError).ToList(), compilation.Sources);
        }
        return new PreparedScript(ProgramCompiler.Compile(compilation, compilationOptions), declared, outputs.ToList(), settings.Seed);
    }

    /// <summary>Reads and compiles a script file (see <see cref="Prepare"/>).</summary>
    public PreparedScript PrepareFile(string path, IEnumerable<ScriptInput> inputs, IEnumerable<string> outputs,
        IReadOnlyDictionary<string, string>? arguments = null) =>
        Prepare(File.ReadAllText(path), inputs, outputs, arguments);
}

/// <summary>Settings of a <see cref="DmlConnection"/>.</summary>
public sealed class DmlConnectionOptions
{
    /// <summary>Where relative <c>source()</c> and file paths are resolved.</summary>
    public string WorkingDirectory { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>Extra module folders for <c>source()</c>.</summary>
    public IReadOnlyList<string> LibraryPaths { get; init; } = [];

    /// <summary>The name diagnostics show for scripts given as text.</summary>
    public string ScriptName { get; init; } = "<script>";

    /// <summary>A base seed for rand() and sample() without a seed: every execution then draws the same numbers (null: random).</summary>
    public long? Seed { get; init; }
}

/// <summary>A script did not compile; <see cref="Diagnostics"/> lists every error.</summary>
public sealed class DmlCompilationException(IReadOnlyList<Diagnostic> diagnostics, IReadOnlyDictionary<string, Syntax.SourceText> sources)
    : Exception(string.Concat(diagnostics.Select(d => DiagnosticFormatter.Format(d, sources))))
{
    /// <summary>The errors.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;
}

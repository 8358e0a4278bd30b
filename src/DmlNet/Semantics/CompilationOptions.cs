namespace DmlNet.Semantics;

/// <summary>Settings of one compilation: where imports are searched and the values of <c>$</c> parameters.</summary>
public sealed class CompilationOptions
{
    /// <summary>The directory relative <c>source()</c> paths are tried against first (default: current directory).</summary>
    public string WorkingDirectory { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>Extra module folders (<c>--libpath</c>, then the entries of <c>DMLNET_PATH</c>), searched in order.</summary>
    public IReadOnlyList<string> LibraryPaths { get; init; } = [];

    /// <summary>The shipped library folder (<c>stdlib/</c>), searched last; null to leave it out.</summary>
    public string? StandardLibraryPath { get; init; } = StandardLibrary.DefaultPath;

    /// <summary>Values of command-line parameters by name (<c>"X"</c> for <c>$X</c>, <c>"1"</c> for <c>$1</c>), as text.</summary>
    public IReadOnlyDictionary<string, string> Arguments { get; init; } = new Dictionary<string, string>();

    /// <summary>Variables bound before the script starts (embedding API inputs, REPL session state), with their types.</summary>
    public IReadOnlyDictionary<string, TypeInfo> PredefinedVariables { get; init; } = new Dictionary<string, TypeInfo>();

    /// <summary>The folders of <c>DMLNET_PATH</c> (separated by the platform's path separator).</summary>
    public static IReadOnlyList<string> EnvironmentLibraryPaths() =>
        (Environment.GetEnvironmentVariable("DMLNET_PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

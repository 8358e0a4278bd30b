using DmlNet.Diagnostics;
using DmlNet.Syntax;

namespace DmlNet.Semantics;

/// <summary>
/// The front end run on one script: parsing of the script and its imports, function tables,
/// and the checks of every function body and of the main program. Holds all diagnostics.
/// </summary>
public sealed class Compilation
{
    private Compilation(IReadOnlyList<Module> modules, Module? main, IReadOnlyList<Diagnostic> diagnostics,
        IReadOnlyDictionary<string, SourceText> sources, ReadTypes readTypes)
    {
        ReadTypes = readTypes;
        Modules = modules;
        Main = main;
        Diagnostics = diagnostics;
        Sources = sources;
    }

    /// <summary>Every parsed file, the main script first.</summary>
    public IReadOnlyList<Module> Modules { get; }

    /// <summary>The main script, or null when it did not parse.</summary>
    public Module? Main { get; }

    /// <summary>All diagnostics, ordered by file and position.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Every source read, by the path diagnostics show (for printing source lines).</summary>
    public IReadOnlyDictionary<string, SourceText> Sources { get; }

    /// <summary>The type the analysis found for each variable read (the compiler sizes its operators from them).</summary>
    public ReadTypes ReadTypes { get; }

    /// <summary>True when some diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>Reads and checks a script file.</summary>
    public static Compilation FromFile(string path, CompilationOptions options)
    {
        var fullPath = Path.GetFullPath(path, options.WorkingDirectory);
        return FromSource(new SourceText(path, File.ReadAllText(fullPath)), fullPath, options);
    }

    /// <summary>Checks script text; <paramref name="name"/> is shown in diagnostics.</summary>
    public static Compilation FromText(string text, CompilationOptions options, string name = "<script>") =>
        FromSource(new SourceText(name, text), name, options);

    private static Compilation FromSource(SourceText source, string fullPath, CompilationOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var readTypes = new ReadTypes();
        var loader = new ModuleLoader(options, diagnostics);
        var main = loader.LoadMain(source, fullPath);
        foreach (var module in loader.Modules)
        {
            FunctionTable.Build(module, diagnostics);
        }
        if (main is not null)
        {
            var scope = new Scope();
            foreach (var (name, type) in options.PredefinedVariables)
            {
                scope.Set(name, type);
            }
            new Analyzer(main, options, diagnostics, scope, readTypes).AnalyzeMain();
        }
        foreach (var function in loader.Modules.SelectMany(m => m.Functions.Values))
        {
            Analyzer.AnalyzeFunction(function, options, diagnostics, readTypes);
        }
        var fileOrder = loader.Sources.Keys.Select((path, i) => (path, i)).ToDictionary(x => x.path, x => x.i);
        var ordered = diagnostics.Items
            .OrderBy(d => fileOrder.GetValueOrDefault(d.Span.File, int.MaxValue))
            .ThenBy(d => d.Span.Line)
            .ThenBy(d => d.Span.Column)
            .ToList();
        return new Compilation(loader.Modules, main, ordered, loader.Sources, readTypes);
    }
}

using DmlNet.Diagnostics;
using DmlNet.Syntax;

namespace DmlNet.Semantics;

/// <summary>
/// Parses a script and, transitively, every file it imports with <c>source()</c>. A relative
/// path is tried against (1) the working directory or the folder last given to <c>setwd</c>,
/// (2) the importing file's folder, (3) each library path in order, (4) the standard library.
/// Each file is parsed once; cycles and a namespace bound to two files are errors.
/// </summary>
internal sealed class ModuleLoader(CompilationOptions options, DiagnosticBag diagnostics)
{
    private readonly Dictionary<string, Module?> loaded = new(StringComparer.Ordinal);
    private readonly List<string> stack = [];

    /// <summary>All successfully parsed modules, in load order.</summary>
    public List<Module> Modules { get; } = [];

    /// <summary>Every source read (also those with syntax errors), by path as shown in diagnostics.</summary>
    public Dictionary<string, SourceText> Sources { get; } = new(StringComparer.Ordinal);

    /// <summary>Loads the main script; null when it does not parse.</summary>
    public Module? LoadMain(SourceText source, string fullPath) => Load(source, fullPath);

    private Module? Load(SourceText source, string fullPath)
    {
        Sources[source.Path] = source;
        var tree = DmlSyntax.Parse(source);
        diagnostics.AddRange(tree.Diagnostics);
        if (tree.Root is null)
        {
            loaded[fullPath] = null;
            return null;
        }
        var module = new Module(fullPath, source, tree.Root);
        loaded[fullPath] = module;
        Modules.Add(module);
        stack.Add(fullPath);
        ResolveImports(module, tree.Root.Statements, options.WorkingDirectory);
        stack.RemoveAt(stack.Count - 1);
        return module;
    }

    private string ResolveImports(Module module, IEnumerable<Statement> statements, string workingDirectory)
    {
        foreach (var statement in statements)
        {
            switch (statement)
            {
                case SetwdStatement setwd:
                    workingDirectory = Path.GetFullPath(setwd.Path, workingDirectory);
                    break;
                case SourceStatement import:
                    Import(module, import, workingDirectory);
                    break;
                case IfStatement s:
                    workingDirectory = ResolveImports(module, s.Then.Statements, workingDirectory);
                    if (s.Else is not null)
                    {
                        workingDirectory = ResolveImports(module, s.Else.Statements, workingDirectory);
                    }
                    break;
                case ForStatement s:
                    workingDirectory = ResolveImports(module, s.Body.Statements, workingDirectory);
                    break;
                case ParForStatement s:
                    workingDirectory = ResolveImports(module, s.Body.Statements, workingDirectory);
                    break;
                case WhileStatement s:
                    workingDirectory = ResolveImports(module, s.Body.Statements, workingDirectory);
                    break;
            }
        }
        return workingDirectory;
    }

    private void Import(Module importer, SourceStatement import, string workingDirectory)
    {
        var searched = SearchFolders(importer, workingDirectory);
        var found = Path.IsPathRooted(import.Path)
            ? (File.Exists(import.Path) ? Path.GetFullPath(import.Path) : null)
            : searched.Select(folder => Path.GetFullPath(import.Path, folder)).FirstOrDefault(File.Exists);
        if (found is null)
        {
            var where = Path.IsPathRooted(import.Path) ? "" : $"; looked in: {string.Join(", ", searched)}";
            diagnostics.Error(DiagnosticCode.SourceNotFound, import.Span, $"cannot find the file '{import.Path}' to source{where}");
            return;
        }
        if (stack.Contains(found))
        {
            var cycle = stack.Skip(stack.IndexOf(found)).Append(found).Select(Path.GetFileName);
            diagnostics.Error(DiagnosticCode.ImportCycle, import.Span, $"import cycle: {string.Join(" -> ", cycle)}");
            return;
        }
        if (!loaded.TryGetValue(found, out var module))
        {
            module = ReadAndLoad(found, import);
        }
        if (module is null)
        {
            return;
        }
        if (importer.Imports.TryGetValue(import.Namespace, out var existing) && existing != module)
        {
            diagnostics.Error(DiagnosticCode.DuplicateNamespace, import.Span,
                $"namespace '{import.Namespace}' is already bound to '{existing.Source.Path}'");
            return;
        }
        importer.Imports[import.Namespace] = module;
    }

    private Module? ReadAndLoad(string fullPath, SourceStatement import)
    {
        string text;
        try
        {
            text = File.ReadAllText(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCode.UnreadableFile, import.Span, $"cannot read '{fullPath}': {e.Message}");
            loaded[fullPath] = null;
            return null;
        }
        return Load(new SourceText(DisplayPath(fullPath), text), fullPath);
    }

    private List<string> SearchFolders(Module importer, string workingDirectory)
    {
        var folders = new List<string> { workingDirectory };
        var importerFolder = Path.GetDirectoryName(importer.FullPath);
        if (!string.IsNullOrEmpty(importerFolder) && Path.IsPathRooted(importer.FullPath))
        {
            folders.Add(importerFolder);
        }
        folders.AddRange(options.LibraryPaths.Select(p => Path.GetFullPath(p, options.WorkingDirectory)));
        if (options.StandardLibraryPath is not null)
        {
            folders.Add(options.StandardLibraryPath);
        }
        return folders.Distinct().ToList();
    }

    private string DisplayPath(string fullPath)
    {
        var relative = Path.GetRelativePath(options.WorkingDirectory, fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) ? fullPath : relative;
    }
}

using DmlNet.Syntax;

namespace DmlNet.Semantics;

/// <summary>One parsed DML file with its imported namespaces and the functions it defines.</summary>
public sealed class Module
{
    /// <summary>Creates a module for a parsed file.</summary>
    public Module(string fullPath, SourceText source, ProgramSyntax syntax)
    {
        FullPath = fullPath;
        Source = source;
        Syntax = syntax;
    }

    /// <summary>The absolute path (or a pseudo-name for scripts given as text): the module's identity.</summary>
    public string FullPath { get; }

    /// <summary>The text.</summary>
    public SourceText Source { get; }

    /// <summary>The syntax tree.</summary>
    public ProgramSyntax Syntax { get; }

    /// <summary>Namespaces bound by this file's <c>source(...) as ns</c> statements.</summary>
    public Dictionary<string, Module> Imports { get; } = new(StringComparer.Ordinal);

    /// <summary>Functions defined at the top level of this file, by name.</summary>
    public Dictionary<string, FunctionSymbol> Functions { get; } = new(StringComparer.Ordinal);
}

using DmlNet.Diagnostics;

namespace DmlNet.Syntax;

/// <summary>The result of parsing one file: its source, its syntax (null when it did not parse) and diagnostics.</summary>
public sealed record SyntaxTree(SourceText Source, ProgramSyntax? Root, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when the file parsed without errors.</summary>
    public bool Success => Root is not null;
}

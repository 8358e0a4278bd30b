namespace DmlNet.Syntax;

/// <summary>
/// A region of a source file: 1-based line and column of its first and last character,
/// and the file path. Columns count UTF-16 code units, starting at 1.
/// </summary>
public readonly record struct SourceSpan(string File, int Line, int Column, int EndLine, int EndColumn)
{
    /// <summary>A span for things that have no place in a file (e.g. command-line values).</summary>
    public static SourceSpan None { get; } = new(string.Empty, 0, 0, 0, 0);

    /// <summary>The smallest span covering both spans (which must be in the same file).</summary>
    public SourceSpan To(SourceSpan end) => this with { EndLine = end.EndLine, EndColumn = end.EndColumn };

    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line}:{Column}";
}

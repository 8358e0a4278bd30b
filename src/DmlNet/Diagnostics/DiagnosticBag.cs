using DmlNet.Syntax;

namespace DmlNet.Diagnostics;

/// <summary>Collects the diagnostics of one compilation, in the order they are found.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> items = [];
    private readonly HashSet<(string, SourceSpan, string)> seen = [];

    /// <summary>All diagnostics so far.</summary>
    public IReadOnlyList<Diagnostic> Items => items;

    /// <summary>True when at least one error was reported.</summary>
    public bool HasErrors => items.Any(d => d.IsError);

    /// <summary>When set, reports are dropped (used for speculative passes over loop bodies).</summary>
    public bool Muted { get; set; }

    /// <summary>Reports an error.</summary>
    public void Error(string code, SourceSpan span, string message) =>
        Add(new Diagnostic(DiagnosticSeverity.Error, code, span, message));

    /// <summary>Reports a warning.</summary>
    public void Warning(string code, SourceSpan span, string message) =>
        Add(new Diagnostic(DiagnosticSeverity.Warning, code, span, message));

    /// <summary>Adds a diagnostic unless muted or already reported at the same place.</summary>
    public void Add(Diagnostic diagnostic)
    {
        if (!Muted && seen.Add((diagnostic.Code, diagnostic.Span, diagnostic.Message)))
        {
            items.Add(diagnostic);
        }
    }

    /// <summary>Adds several diagnostics.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            Add(d);
        }
    }
}

using DmlNet.Syntax;

namespace DmlNet.Diagnostics;

/// <summary>One message about a script: severity, stable code (see <see cref="DiagnosticCode"/>), place and text.</summary>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Code, SourceSpan Span, string Message)
{
    /// <summary>True for errors.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <inheritdoc />
    public override string ToString() =>
        $"{Span}: {(IsError ? "error" : "warning")} {Code}: {Message}";
}

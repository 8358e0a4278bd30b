namespace DmlNet.Diagnostics;

/// <summary>How serious a diagnostic is; only errors stop a script from running.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The script is invalid.</summary>
    Error,
    /// <summary>The script is valid but probably wrong (e.g. a variable defined on some paths only).</summary>
    Warning,
}

using System.Text;
using DmlNet.Syntax;

namespace DmlNet.Diagnostics;

/// <summary>Renders diagnostics as text: <c>file:line:col: error CODE: message</c>, the source line, and a caret under the span.</summary>
public static class DiagnosticFormatter
{
    /// <summary>Formats one diagnostic; <paramref name="sources"/> supplies the source line when known.</summary>
    public static string Format(Diagnostic diagnostic, IReadOnlyDictionary<string, SourceText> sources)
    {
        var text = new StringBuilder(diagnostic.ToString()).Append('\n');
        var span = diagnostic.Span;
        if (span.Line > 0 && sources.TryGetValue(span.File, out var source))
        {
            var line = source.GetLine(span.Line).Replace('\t', ' ');
            var start = Math.Clamp(span.Column - 1, 0, line.Length);
            var end = span.EndLine == span.Line ? Math.Clamp(span.EndColumn, start + 1, Math.Max(line.Length, start + 1)) : line.Length;
            text.Append("  ").Append(line).Append('\n');
            text.Append("  ").Append(' ', start).Append('^').Append('~', Math.Max(0, end - start - 1)).Append('\n');
        }
        return text.ToString();
    }
}

using System.Text.Json;
using DmlNet.Diagnostics;

namespace DmlNet.Cli;

/// <summary>Writes diagnostics as a JSON array of objects with severity, code, file, line, column, endLine, endColumn, message.</summary>
internal static class DiagnosticJson
{
    /// <summary>Writes the array (indented, UTF-8) followed by a newline.</summary>
    public static void Write(Stream output, IEnumerable<Diagnostic> diagnostics)
    {
        using (var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartArray();
            foreach (var d in diagnostics)
            {
                writer.WriteStartObject();
                writer.WriteString("severity", d.IsError ? "error" : "warning");
                writer.WriteString("code", d.Code);
                writer.WriteString("file", d.Span.File);
                writer.WriteNumber("line", d.Span.Line);
                writer.WriteNumber("column", d.Span.Column);
                writer.WriteNumber("endLine", d.Span.EndLine);
                writer.WriteNumber("endColumn", d.Span.EndColumn);
                writer.WriteString("message", d.Message);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        output.WriteByte((byte)'\n');
        output.Flush();
    }
}

using DmlNet.Runtime.Frames;

namespace DmlNet.Runtime.IO;

/// <summary>
/// Writes a frame as delimited text: the column names first when <see cref="CsvOptions.Header"/> is
/// set, then one line per row; cells as <see cref="FrameCellText.Format"/> writes them, missing cells
/// empty. Unlike SystemDS, a string that would not read back as itself (it holds the separator, a
/// quote or a line break, has surrounding blanks, or is empty) is written in double quotes.
/// </summary>
public static class CsvFrameWriter
{
    /// <summary>Writes the frame to <paramref name="writer"/>.</summary>
    public static void Write(FrameBlock frame, CsvOptions options, TextWriter writer)
    {
        if (options.Header)
        {
            writer.Write(string.Join(options.Separator, frame.ColumnNames.Select(n => Quoted(n, options.Separator))));
            writer.Write('\n');
        }
        for (var i = 0; i < frame.Rows; i++)
        {
            for (var j = 0; j < frame.ColumnCount; j++)
            {
                if (j > 0)
                {
                    writer.Write(options.Separator);
                }
                if (frame.Get(i, j) is { } cell)
                {
                    var text = FrameCellText.Format(cell);
                    writer.Write(cell.ValueType == Semantics.ValueType.String ? Quoted(text, options.Separator) : text);
                }
            }
            writer.Write('\n');
        }
    }

    private static string Quoted(string text, string separator)
    {
        var plain = text.Length > 0 && text.Trim().Length == text.Length && !text.Contains(separator, StringComparison.Ordinal)
            && text.IndexOfAny(['"', '\n', '\r']) < 0;
        return plain ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}

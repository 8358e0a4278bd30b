using DmlNet.Runtime.Frames;

namespace DmlNet.Runtime.IO;

/// <summary>
/// read() and write() of frames: the csv and text formats, with a .mtd file that records the
/// schema (comma-separated SystemDS type names) beside the size, format and CSV options.
/// </summary>
public static class FrameFiles
{
    /// <summary>
    /// Reads a frame in <paramref name="format"/>; <paramref name="schema"/> is the read() argument or the
    /// .mtd value (null: all strings), <paramref name="rows"/>/<paramref name="columns"/> the expected size (-1: unknown).
    /// </summary>
    public static FrameBlock Read(string path, string format, CsvOptions csv, string? schema, long rows, long columns)
    {
        var types = schema is null ? null : FrameSchema.Parse(schema);
        return format switch
        {
            "csv" => CsvFrameReader.Read(path, csv, types, rows, columns),
            "text" => TextCellFrameReader.Read(path, types, rows, columns),
            _ => throw new DmlRuntimeException($"read(): frames in the format \"{format}\" are not supported yet (use csv or text)"),
        };
    }

    /// <summary>Writes <paramref name="frame"/> atomically in <paramref name="format"/>, then its .mtd file.</summary>
    public static void Write(FrameBlock frame, string path, string format, CsvOptions csv)
    {
        IReadOnlyList<(string, object)> options;
        switch (format)
        {
            case "csv":
                AtomicFile.WriteText(path, writer => CsvFrameWriter.Write(frame, csv, writer));
                options = [("header", csv.Header), ("sep", csv.Separator)];
                break;
            case "text":
                AtomicFile.WriteText(path, writer => TextCellFrameWriter.Write(frame, writer));
                options = [];
                break;
            default:
                throw new DmlRuntimeException($"write(): frames in the format \"{format}\" are not supported yet (use csv or text)");
        }
        var schema = string.Join(",", frame.Schema.Select(FrameSchema.Name));
        AtomicFile.WriteText(Metadata.PathFor(path), writer =>
            writer.Write(Metadata.Render("frame", schema, frame.Rows, frame.ColumnCount, -1, format, options)));
    }
}

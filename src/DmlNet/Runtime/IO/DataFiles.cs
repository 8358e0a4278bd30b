using DmlNet.Runtime.Data;
using DmlNet.Runtime.Operations;
using ValueType = DmlNet.Semantics.ValueType;

namespace DmlNet.Runtime.IO;

/// <summary>
/// read() and write() on resolved paths and plain argument values (what the builtins do once the
/// arguments are evaluated): settings from the arguments merged with the .mtd file, the format's
/// reader or writer, and operating-system errors turned into run-time errors naming the file.
/// </summary>
public static class DataFiles
{
    /// <summary>
    /// Reads the value at <paramref name="path"/> (absolute); <paramref name="arguments"/> are
    /// read()'s other arguments by name (string, long, double or bool).
    /// </summary>
    public static DmlValue Read(string path, IReadOnlyDictionary<string, object?> arguments)
    {
        try
        {
            if (!File.Exists(path))
            {
                throw DataFileErrors.NotFound(path);
            }
            var metadataPath = Metadata.PathFor(path);
            var metadata = File.Exists(metadataPath) ? Metadata.Read(metadataPath) : null;
            var problems = new List<IoProblem>();
            var settings = ReadSettings.Resolve(path, arguments, metadata, problems);
            ThrowFirst(problems, path);
            return settings.DataType switch
            {
                "matrix" => new MatrixValue(MatrixFileReader.Read(settings)),
                "scalar" => ScalarFile.Read(path, settings.ValueType),
                "frame" => new FrameValue(FrameFiles.Read(path, settings.Format, settings.Csv, settings.Text("schema"), settings.Rows,
                    settings.Columns)),
                var other => throw new DmlRuntimeException($"read(): data_type=\"{other}\" is not supported by DmlNet yet"),
            };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw DataFileErrors.Io("read", path, e);
        }
    }

    /// <summary>
    /// Writes <paramref name="value"/> and its .mtd file to <paramref name="path"/> (absolute);
    /// <paramref name="arguments"/> are write()'s other arguments by name. Nothing is written on error.
    /// </summary>
    public static void Write(DmlValue value, string path, IReadOnlyDictionary<string, object?> arguments)
    {
        var problems = new List<IoProblem>();
        var settings = WriteSettings.Resolve(arguments, value.DataType.ToString().ToLowerInvariant(), problems);
        ThrowFirst(problems, path);
        try
        {
            switch (value)
            {
                case MatrixValue m:
                    MatrixFileWriter.Write(m.Block, path, settings);
                    break;
                case ScalarValue s:
                    WriteScalar(s, path, settings);
                    break;
                case FrameValue f:
                    FrameFiles.Write(f.Block, path, settings.Format, settings.Csv);
                    break;
                default:
                    throw new DmlRuntimeException($"write(): writing a {OperatorOperations.Kind(value)} is not supported by DmlNet yet");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw DataFileErrors.Io("write", path, e);
        }
    }

    /// <summary>A scalar file holds the value's text; its .mtd records the value type (the format is always text).</summary>
    private static void WriteScalar(ScalarValue value, string path, WriteSettings settings)
    {
        List<(string Key, object Value)> options = settings.Description is { } description ? [("description", description)] : [];
        var metadata = Metadata.Render("scalar", ValueTypeName(value.ValueType), 1, 1, 1, "text", options);
        var text = ScalarFile.Text(value);
        AtomicFile.WriteAll([
            (path, AtomicFile.Text(writer => writer.Write(text))),
            (Metadata.PathFor(path), AtomicFile.Text(writer => writer.Write(metadata))),
        ]);
    }

    private static void ThrowFirst(List<IoProblem> problems, string path)
    {
        if (problems.Count > 0)
        {
            var message = problems[0].Message;
            throw new DmlRuntimeException(message.Contains(path, StringComparison.Ordinal) ? message : $"{message} ({path})");
        }
    }

    private static string ValueTypeName(ValueType type) => type switch
    {
        ValueType.Int => "int",
        ValueType.Boolean => "boolean",
        ValueType.String => "string",
        _ => "double",
    };
}

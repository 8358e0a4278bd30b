using DmlNet.Plan;
using DmlNet.Runtime.Data;
using DmlNet.Runtime.IO;
using DmlNet.Runtime.Operations;
using ValueType = DmlNet.Semantics.ValueType;

namespace DmlNet.Runtime.Builtins;

/// <summary>
/// read, readMM and write (reference §8): settings from the arguments merged with the .mtd file
/// (<see cref="ReadSettings"/>, <see cref="WriteSettings"/>), then the format's reader or writer.
/// Operating-system errors become run-time errors naming the file.
/// </summary>
internal static class IoImplementations
{
    /// <summary>Adds this category's implementations.</summary>
    public static void Register(Dictionary<string, Operation> map)
    {
        map["read"] = args => [Read(args, forcedFormat: null)];
        map["readMM"] = args => [Read(args, forcedFormat: "mm")];
        map["write"] = args =>
        {
            Write(args);
            return [];
        };
    }

    private static DmlValue Read(OperationArguments args, string? forcedFormat)
    {
        var path = args.Context.ResolvePath(args.String("path", ""));
        try
        {
            if (!File.Exists(path))
            {
                throw DataFileErrors.NotFound(path);
            }
            var metadataPath = Metadata.PathFor(path);
            var metadata = File.Exists(metadataPath) ? Metadata.Read(metadataPath) : null;
            var arguments = Arguments(args, "path");
            if (forcedFormat is not null)
            {
                arguments["format"] = forcedFormat;
            }
            var problems = new List<IoProblem>();
            var settings = ReadSettings.Resolve(path, arguments, metadata, problems);
            ThrowFirst(problems, path);
            return settings.DataType switch
            {
                "matrix" => new MatrixValue(MatrixFileReader.Read(settings)),
                "scalar" => ScalarFile.Read(path, settings.ValueType),
                var other => throw new DmlRuntimeException($"read(): data_type=\"{other}\" is not supported by DmlNet yet"),
            };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw DataFileErrors.Io("read", path, e);
        }
    }

    private static void Write(OperationArguments args)
    {
        var value = args[0];
        var path = args.Context.ResolvePath(args.String("path", ""));
        var problems = new List<IoProblem>();
        var settings = WriteSettings.Resolve(Arguments(args, "x", "path"), DataTypeName(value), problems);
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
                default:
                    throw new DmlRuntimeException($"write(): writing a {OperatorOperations.Kind(value)} is not supported by DmlNet yet");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw DataFileErrors.Io("write", path, e);
        }
    }

    /// <summary>A scalar file holds the value's text; its .mtd records the value type (format is always text).</summary>
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

    /// <summary>The call's arguments except <paramref name="skipped"/>, as .NET values (long, double, bool, string).</summary>
    private static Dictionary<string, object?> Arguments(OperationArguments args, params string[] skipped)
    {
        var arguments = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (var i = 0; i < args.Names.Count; i++)
        {
            var name = args.Names[i];
            if (skipped.Contains(name) || args.Values[i] is null)
            {
                continue;
            }
            arguments[name] = args.Scalar(name) switch
            {
                { ValueType: ValueType.Int } s => s.Long,
                { ValueType: ValueType.Boolean } s => s.AsBoolean(),
                { ValueType: ValueType.String } s => s.Text,
                var s => s.AsDouble(),
            };
        }
        return arguments;
    }

    private static void ThrowFirst(List<IoProblem> problems, string path)
    {
        if (problems.Count > 0)
        {
            var message = problems[0].Message;
            throw new DmlRuntimeException(message.Contains(path, StringComparison.Ordinal) ? message : $"{message} ({path})");
        }
    }

    private static string DataTypeName(DmlValue value) => value.DataType.ToString().ToLowerInvariant();

    private static string ValueTypeName(ValueType type) => type switch
    {
        ValueType.Int => "int",
        ValueType.Boolean => "boolean",
        ValueType.String => "string",
        _ => "double",
    };
}

using DmlNet.Plan;
using DmlNet.Runtime.Data;
using DmlNet.Runtime.Formatting;
using DmlNet.Runtime.IO;
using DmlNet.Runtime.Operations;

namespace DmlNet.Runtime.Builtins;

/// <summary>read and write: formats chosen by argument, then the .mtd file, then the content; writes are atomic and add a .mtd.</summary>
internal static class IoImplementations
{
    /// <summary>Adds this category's implementations.</summary>
    public static void Register(Dictionary<string, Operation> map)
    {
        map["read"] = args => [Read(args)];
        map["write"] = args =>
        {
            Write(args);
            return [];
        };
    }

    private static DmlValue Read(OperationArguments args)
    {
        var path = args.Context.ResolvePath(args.String("path", ""));
        if (!File.Exists(path))
        {
            throw new DmlRuntimeException($"read(): file not found: {path}");
        }
        var metadataPath = Metadata.PathFor(path);
        var metadata = File.Exists(metadataPath) ? Metadata.Read(metadataPath) : null;
        var format = args.Get("format") is null ? metadata?.Format ?? "text" : args.String("format", "text");
        var rows = args.Get("rows") is null ? metadata?.Rows ?? -1 : args.Long("rows", -1);
        var columns = args.Get("cols") is null ? metadata?.Columns ?? -1 : args.Long("cols", -1);
        var dataType = args.Get("data_type") is null ? metadata?.DataType : args.String("data_type", "matrix");
        if (string.Equals(dataType, "frame", StringComparison.OrdinalIgnoreCase))
        {
            var schema = args.Get("schema") is null ? metadata?.Option("schema") : args.String("schema", "");
            return new FrameValue(FrameFiles.Read(path, format, CsvOptionsOf(args, metadata), schema, rows, columns));
        }
        return format switch
        {
            "csv" => new MatrixValue(CsvMatrixReader.Read(path, CsvOptionsOf(args, metadata), rows, columns)),
            _ => throw new DmlRuntimeException($"read(): the format \"{format}\" is not supported yet"),
        };
    }

    private static void Write(OperationArguments args)
    {
        var value = args[0];
        var path = args.Context.ResolvePath(args.String("path", ""));
        var format = args.String("format", "text");
        switch (value)
        {
            case MatrixValue m when format == "csv":
                var options = CsvOptionsOf(args, null);
                AtomicFile.WriteText(path, writer => CsvMatrixWriter.Write(m.Block, options, writer));
                WriteMetadata(path, "matrix", m.Block, format, [("header", options.Header), ("sep", options.Separator)]);
                break;
            case FrameValue f:
                FrameFiles.Write(f.Block, path, format, CsvOptionsOf(args, null));
                break;
            case ScalarValue s:
                AtomicFile.WriteText(path, writer => writer.Write(ScalarFormat.ToString(s)));
                AtomicFile.WriteText(Metadata.PathFor(path), writer =>
                    writer.Write(Metadata.Render("scalar", s.ValueType.ToString().ToLowerInvariant(), 1, 1, 1, "text", [])));
                break;
            default:
                throw new DmlRuntimeException($"write(): writing a {OperatorOperations.Kind(value)} as \"{format}\" is not supported yet");
        }
    }

    private static void WriteMetadata(string path, string dataType, MatrixBlock block, string format, IReadOnlyList<(string, object)> options) =>
        AtomicFile.WriteText(Metadata.PathFor(path), writer =>
            writer.Write(Metadata.Render(dataType, "double", block.Rows, block.Columns, block.NonZeros, format, options)));

    /// <summary>CSV options from the call's arguments, falling back to the .mtd values, then the defaults.</summary>
    private static CsvOptions CsvOptionsOf(OperationArguments args, Metadata? metadata)
    {
        string? Option(string name) => args.Get(name) is ScalarValue s ? ScalarFormat.ToString(s) : metadata?.Option(name);
        var naStrings = Option("naStrings");
        return new CsvOptions
        {
            Header = Option("header") is { } header && header.Equals("true", StringComparison.OrdinalIgnoreCase),
            Separator = Option("sep") ?? ",",
            Fill = Option("fill") is not { } fill || !fill.Equals("false", StringComparison.OrdinalIgnoreCase),
            Default = Option("default") is { } d ? ScalarValue.Of(d).AsDouble() : 0,
            NaStrings = naStrings is null ? new HashSet<string>() : naStrings.Split('\u00b7').ToHashSet(),
            SparseOutput = Option("sparse") is { } sparse && sparse.Equals("true", StringComparison.OrdinalIgnoreCase),
        };
    }
}

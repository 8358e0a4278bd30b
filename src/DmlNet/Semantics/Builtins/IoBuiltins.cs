using DmlNet.Diagnostics;
using DmlNet.Syntax;
using static DmlNet.Semantics.Builtins.BuiltinRules;

namespace DmlNet.Semantics.Builtins;

/// <summary>read, readMM, write, print, stop, assert (reference §5.10, §8).</summary>
internal static class IoBuiltins
{
    /// <summary>The file formats read() and write() accept.</summary>
    private static readonly string[] Formats =
        ["text", "mm", "csv", "binary", "libsvm", "hdf5", "cog", "parquet", "delta", "jsonl", "proto"];

    /// <summary>The data types read() accepts.</summary>
    private static readonly string[] DataTypes = ["matrix", "scalar", "frame", "list"];

    /// <summary>Adds this category's entries.</summary>
    public static void Register(List<BuiltinFunction> entries)
    {
        entries.Add(new BuiltinFunction("read",
            "path, format=?, data_type=\"matrix\", value_type=\"double\", rows=?, cols=?, nnz=?, rows_in_block=?, cols_in_block=?, " +
            "header=?, sep=?, fill=?, default=?, naStrings=?, schema=?, indSep=?, dataset=?", One(Read),
            "A matrix, frame, scalar or list read from a file (metadata from the arguments and path.mtd)."));
        entries.Add(new BuiltinFunction("readMM", "path", One(call =>
        {
            RequireString(call, "path");
            return TypeInfo.AnyMatrix;
        }), "A matrix read from a Matrix Market file (read with format=\"mm\")."));
        entries.Add(new BuiltinFunction("write",
            "x, path, format=\"text\", header=?, sep=?, sparse=?, description=?, rows_in_block=?, cols_in_block=?", call =>
            {
                RequireString(call, "path");
                CheckFormat(call);
                return [];
            }, "Writes a value to a file plus its .mtd metadata file.") { MinOutputs = 0, MaxOutputs = 0 });
        entries.Add(new BuiltinFunction("print", "value, ...arguments", Print,
            "Prints a value and a newline, or formats the arguments with a literal Java format string.")
            { MinOutputs = 0, MaxOutputs = 0 });
        entries.Add(new BuiltinFunction("stop", "message=\"\"", Nothing, "Aborts the script with the message (\"Stop Called\" when none).") { MinOutputs = 0, MaxOutputs = 0 });
        entries.Add(new BuiltinFunction("assert", "condition", call =>
        {
            RequireScalar(call, "condition");
            return [];
        }, "Aborts the script with \"assertion failed\" when the condition is false.") { MinOutputs = 0, MaxOutputs = 0 });
    }

    /// <summary>
    /// print: with more than one argument the first is a format and must be a string literal. The
    /// first argument is a named parameter (not part of the variadic one) so errors point at it.
    /// </summary>
    private static TypeInfo[] Print(BuiltinCall call)
    {
        if (call.Rest.Count > 0 && call.Expression("value") is not StringLiteral)
        {
            call.Error(DiagnosticCode.InvalidPrintFormat,
                $"print() with {call.Rest.Count + 1} arguments needs a string literal format first, e.g. print(\"%d items\", n)", "value");
        }
        return [];
    }

    /// <summary>The constant format argument, reporting unknown formats (null when absent, not constant or invalid).</summary>
    private static string? CheckFormat(BuiltinCall call)
    {
        if (!RequireString(call, "format"))
        {
            return null;
        }
        var format = call.ConstantString("format");
        if (format is not null && !Formats.Contains(format))
        {
            call.Error(DiagnosticCode.InvalidArgumentValue,
                $"{call.Name}() format must be one of {string.Join(", ", Formats)}; got \"{format}\"", "format");
            return null;
        }
        return format;
    }

    /// <summary>read: the type named by constant data_type/value_type, sized by constant rows/cols.</summary>
    private static TypeInfo Read(BuiltinCall call)
    {
        RequireString(call, "path");
        var format = CheckFormat(call);
        foreach (var text in new[] { "data_type", "value_type", "sep", "naStrings", "schema", "indSep", "dataset" })
        {
            RequireString(call, text);
        }
        var dataType = call.Has("data_type") ? call.ConstantString("data_type")?.ToLowerInvariant() : "matrix";
        if (dataType is not null && !DataTypes.Contains(dataType))
        {
            call.Error(DiagnosticCode.InvalidArgumentValue,
                $"read() data_type must be one of {string.Join(", ", DataTypes)}; got \"{call.ConstantString("data_type")}\"", "data_type");
            return TypeInfo.Unknown;
        }
        var valueType = ValueType.Double;
        if (call.Has("value_type"))
        {
            var text = call.ConstantString("value_type");
            valueType = text is null ? ValueType.Unknown : ParseValueType(text);
            if (text is not null && valueType == ValueType.Unknown && !text.Equals("unknown", StringComparison.OrdinalIgnoreCase))
            {
                call.Error(DiagnosticCode.InvalidArgumentValue,
                    $"read() value_type must be double, int, boolean or string; got \"{text}\"", "value_type");
            }
        }
        var rows = Dimension(call, "rows");
        var cols = format == "libsvm" ? -1 : Dimension(call, "cols");
        return dataType switch
        {
            "matrix" => TypeInfo.Matrix(rows, cols),
            "scalar" => new TypeInfo(DataType.Scalar, valueType),
            "frame" => TypeInfo.AnyFrame with { Rows = rows, Columns = cols },
            "list" => TypeInfo.AnyList,
            _ => TypeInfo.Unknown,
        };
    }

    /// <summary>The value type named by a read() value_type (SystemDS spellings, any case).</summary>
    private static ValueType ParseValueType(string text) => text.ToLowerInvariant() switch
    {
        "double" or "fp64" or "fp32" or "float" => ValueType.Double,
        "int" or "integer" or "int64" or "int32" => ValueType.Int,
        "boolean" => ValueType.Boolean,
        "string" => ValueType.String,
        _ => ValueType.Unknown,
    };
}

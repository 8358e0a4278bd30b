using DmlNet.Diagnostics;
using DmlNet.Runtime;
using DmlNet.Runtime.IO;
using static DmlNet.Semantics.Builtins.BuiltinRules;

namespace DmlNet.Semantics.Builtins;

/// <summary>
/// The compile-time side of read() and write() (reference §8): the arguments are checked with the
/// runtime's own <see cref="ReadSettings"/>/<see cref="WriteSettings"/>, and when read()'s path is
/// constant its .mtd file (and a Matrix Market file's size line) is read, so the result has the
/// file's dimensions and a contradicting argument is reported before anything runs.
/// </summary>
internal static class ReadWriteRules
{
    private static readonly string[] ReadTextArguments = ["data_type", "value_type", "sep", "naStrings", "schema", "indSep", "dataset", "format"];
    private static readonly string[] WriteTextArguments = ["format", "sep", "description", "indSep"];

    /// <summary>The type of read() (readMM: <paramref name="forcedFormat"/> mm).</summary>
    public static TypeInfo Read(BuiltinCall call, string? forcedFormat)
    {
        RequireString(call, "path");
        foreach (var text in ReadTextArguments)
        {
            RequireString(call, text);
        }
        var constantPath = call.ConstantString("path");
        var path = constantPath is null ? null : call.ResolvePath(constantPath);
        var metadataFailed = false;
        var metadata = path is null ? null : ReadMetadata(call, path, out metadataFailed);
        var arguments = Arguments(call, "path");
        if (forcedFormat is not null)
        {
            arguments["format"] = forcedFormat;
        }
        var problems = new List<IoProblem>();
        var settings = ReadSettings.Resolve(path ?? "", arguments, metadata, problems);
        var dataFileKnown = path is not null && !metadataFailed && (metadata is not null || File.Exists(path));
        foreach (var problem in problems.Where(p => p.Kind != IoProblemKind.MissingDimensions || dataFileKnown))
        {
            Report(call, problem);
        }
        if (problems.Any(p => p.Kind is IoProblemKind.InvalidValue && p.Argument is "data_type" or "format")
            || (call.Has("data_type") && call.ConstantString("data_type") is null))
        {
            return TypeInfo.Unknown;
        }
        var (rows, columns) = Dimensions(call, path, settings);
        return settings.DataType switch
        {
            "matrix" => TypeInfo.Matrix(rows, columns),
            "scalar" => new TypeInfo(DataType.Scalar, ValueTypeOf(settings.ValueType)),
            "frame" => TypeInfo.AnyFrame with { Rows = rows, Columns = columns },
            "list" => TypeInfo.AnyList,
            _ => TypeInfo.Unknown,
        };
    }

    /// <summary>write(): argument types, and options checked against the format and the written value's data type.</summary>
    public static TypeInfo[] Write(BuiltinCall call)
    {
        RequireString(call, "path");
        foreach (var text in WriteTextArguments)
        {
            RequireString(call, text);
        }
        var dataType = call.TypeOrUnknown("x").DataType;
        var problems = new List<IoProblem>();
        WriteSettings.Resolve(Arguments(call, "x", "path"), dataType.ToString().ToLowerInvariant(), problems);
        foreach (var problem in problems.Where(p => p.Kind != IoProblemKind.NotApplicable || dataType != DataType.Unknown))
        {
            Report(call, problem);
        }
        return [];
    }

    /// <summary>The .mtd file of a constant path, or null when there is none; a malformed one is reported (<paramref name="failed"/>).</summary>
    private static Metadata? ReadMetadata(BuiltinCall call, string path, out bool failed)
    {
        var metadataPath = Metadata.PathFor(path);
        failed = true;
        try
        {
            var metadata = File.Exists(metadataPath) ? Metadata.Read(metadataPath) : null;
            failed = false;
            return metadata;
        }
        catch (DmlRuntimeException e)
        {
            call.Error(DiagnosticCode.InvalidMetadata, e.Message, "path");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            call.Error(DiagnosticCode.InvalidMetadata, $"{metadataPath}: cannot read the metadata file: {e.Message}", "path");
        }
        return null;
    }

    /// <summary>
    /// The dimensions of the result: the merged rows and cols (libsvm adds the label column); a
    /// Matrix Market file's size line fills in the rest and must agree with them.
    /// </summary>
    private static (long Rows, long Columns) Dimensions(BuiltinCall call, string? path, ReadSettings settings)
    {
        var (rows, columns) = (settings.Rows, settings.Columns);
        if (settings.Format == "libsvm")
        {
            return (rows, columns >= 0 ? columns + 1 : -1);
        }
        var size = path is null ? null : settings.Format switch
        {
            "mm" => MatrixMarketReader.TryReadSize(path),
            "idx" => IdxReader.TryReadSize(path),
            _ => null,
        };
        if (size is null)
        {
            return (rows, columns);
        }
        if ((rows >= 0 && rows != size.Value.Rows) || (columns >= 0 && columns != size.Value.Columns))
        {
            call.Error(DiagnosticCode.MetadataConflict,
                $"read() of {path}: the {(settings.Format == "mm" ? "Matrix Market size line" : "IDX header")} says {size.Value.Rows} x {size.Value.Columns}, the arguments or .mtd file {Show(rows)} x {Show(columns)}",
                call.Has("rows") ? "rows" : call.Has("cols") ? "cols" : "path");
        }
        return size.Value;
    }

    /// <summary>The bound arguments except <paramref name="skipped"/>: their constant values, null when known only at run time.</summary>
    private static Dictionary<string, object?> Arguments(BuiltinCall call, params string[] skipped) =>
        call.Names.Where(name => !skipped.Contains(name)).ToDictionary(name => name, name => call.Type(name)?.Constant, StringComparer.Ordinal);

    private static void Report(BuiltinCall call, IoProblem problem)
    {
        var code = problem.Kind switch
        {
            IoProblemKind.Conflict => DiagnosticCode.MetadataConflict,
            IoProblemKind.MissingDimensions => DiagnosticCode.MissingDimensions,
            _ when problem.Argument is null => DiagnosticCode.InvalidMetadata,
            _ => DiagnosticCode.InvalidArgumentValue,
        };
        var argument = problem.Argument is not null && call.Has(problem.Argument) ? problem.Argument : problem.Kind == IoProblemKind.MissingDimensions ? null : "path";
        call.Error(code, problem.Message, argument);
    }

    private static ValueType ValueTypeOf(string name) => name switch
    {
        "int" => ValueType.Int,
        "boolean" => ValueType.Boolean,
        "string" => ValueType.String,
        _ => ValueType.Double,
    };

    private static string Show(long dimension) => dimension >= 0 ? dimension.ToString(System.Globalization.CultureInfo.InvariantCulture) : "?";
}

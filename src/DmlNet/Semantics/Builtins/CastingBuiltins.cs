using System.Globalization;
using DmlNet.Diagnostics;
using static DmlNet.Semantics.Builtins.BuiltinRules;

namespace DmlNet.Semantics.Builtins;

/// <summary>as.scalar, as.matrix, as.frame, as.double, as.integer, as.logical, as.list (reference §7.2).</summary>
internal static class CastingBuiltins
{
    /// <summary>Adds this category's entries.</summary>
    public static void Register(List<BuiltinFunction> entries)
    {
        entries.Add(new BuiltinFunction("as.scalar", "x", One(AsScalar),
            "The single cell of a 1 x 1 matrix or frame, or the single element of a list.") { Aliases = ["castAsScalar"] });
        entries.Add(new BuiltinFunction("as.matrix", "x", One(AsMatrix),
            "A scalar as a 1 x 1 matrix, a frame parsed as doubles, or the matrix held by a 1-element list."));
        entries.Add(new BuiltinFunction("as.frame", "x, names=?", One(AsFrame),
            "A matrix, scalar or list as a frame, optionally with column names from a list."));
        entries.Add(new BuiltinFunction("as.double", "x", One(call => Scalar(call, ValueType.Double, ToDouble)),
            "A scalar converted to double (strings are parsed)."));
        entries.Add(new BuiltinFunction("as.integer", "x", One(call => Scalar(call, ValueType.Int, ToInteger)),
            "A scalar converted to int, rounding toward zero (strings are parsed)."));
        entries.Add(new BuiltinFunction("as.logical", "x", One(call => Scalar(call, ValueType.Boolean, ToBoolean)),
            "A scalar converted to boolean (numbers: != 0; strings: \"TRUE\"/\"true\").") { Aliases = ["as.boolean"] });
        entries.Add(new BuiltinFunction("as.list", "x", One(call =>
        {
            RequireList(call, "x");
            return TypeInfo.AnyList with { Columns = 1 };
        }), "A list with nested lists unnested."));
    }

    /// <summary>A scalar from a 1 x 1 matrix (double), frame (its column type) or 1-element list (unknown type).</summary>
    private static TypeInfo AsScalar(BuiltinCall call)
    {
        var x = call.TypeOrUnknown("x");
        if (!RequireOneOf(call, "x", DataType.Matrix, DataType.Frame, DataType.List))
        {
            return TypeInfo.Unknown;
        }
        if (x.DataType is DataType.Matrix or DataType.Frame && ((x.Rows >= 0 && x.Rows != 1) || (x.Columns >= 0 && x.Columns != 1)))
        {
            call.Error(DiagnosticCode.ShapeRequirement,
                $"as.scalar() needs a 1 x 1 {x.DataType.ToString().ToLowerInvariant()}, got {Show(x.Rows)} x {Show(x.Columns)}", "x");
        }
        else if (x.DataType == DataType.List && x.Rows >= 0 && x.Rows != 1)
        {
            call.Error(DiagnosticCode.ShapeRequirement, $"as.scalar() needs a list of one element, got {x.Rows} elements", "x");
        }
        return x.DataType == DataType.Matrix ? TypeInfo.Double : new TypeInfo(DataType.Scalar, x.DataType == DataType.Frame ? x.ValueType : ValueType.Unknown);
    }

    /// <summary>A matrix from a scalar (1 x 1), a frame (same shape) or a list (unknown shape).</summary>
    private static TypeInfo AsMatrix(BuiltinCall call)
    {
        var x = call.TypeOrUnknown("x");
        RequireOneOf(call, "x", DataType.Scalar, DataType.Frame, DataType.List);
        return x.DataType switch
        {
            DataType.Scalar => TypeInfo.Matrix(1, 1),
            DataType.Frame => TypeInfo.Matrix(x.Rows, x.Columns),
            _ => TypeInfo.AnyMatrix,
        };
    }

    /// <summary>A frame from a scalar (1 x 1), a matrix (same shape) or a list (unknown shape).</summary>
    private static TypeInfo AsFrame(BuiltinCall call)
    {
        var x = call.TypeOrUnknown("x");
        RequireOneOf(call, "x", DataType.Scalar, DataType.Matrix, DataType.List);
        RequireList(call, "names");
        return x.DataType switch
        {
            DataType.Scalar => TypeInfo.AnyFrame with { Rows = 1, Columns = 1 },
            DataType.Matrix => TypeInfo.AnyFrame with { Rows = x.Rows, Columns = x.Columns },
            _ => TypeInfo.AnyFrame,
        };
    }

    /// <summary>A scalar cast: checks the argument is a scalar and folds constants with <paramref name="fold"/>.</summary>
    private static TypeInfo Scalar(BuiltinCall call, ValueType target, Func<object, object?> fold)
    {
        RequireScalar(call, "x");
        var constant = call.Type("x")?.Constant;
        var folded = constant is null ? null : fold(constant);
        return folded is null ? new TypeInfo(DataType.Scalar, target) : TypeInfo.Of(folded);
    }

    /// <summary>A constant as a double; strings parsed like Java Double.parseDouble (null: unparsable).</summary>
    private static object? ToDouble(object value) => value switch
    {
        long l => (double)l,
        double d => d,
        bool b => b ? 1.0 : 0.0,
        string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };

    /// <summary>SystemDS's double-to-int rule: <c>sign(v) * floor(abs(v) + 2^-53)</c>, i.e. toward zero.</summary>
    private static object? ToInteger(object value)
    {
        if (value is long l)
        {
            return l;
        }
        if (value is string s && long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed))
        {
            return parsed;
        }
        if (ToDouble(value) is not double d || double.IsNaN(d) || Math.Abs(d) >= 9e18)
        {
            return null;
        }
        return (long)(Math.Sign(d) * Math.Floor(Math.Abs(d) + Math.Pow(2, -53)));
    }

    /// <summary>A constant as a boolean (null: not foldable).</summary>
    private static object? ToBoolean(object value) => value switch
    {
        bool b => b,
        long l => l != 0,
        double d => d != 0,
        "TRUE" or "true" => true,
        "FALSE" or "false" => false,
        _ => null,
    };
}

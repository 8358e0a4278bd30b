using DmlNet.Diagnostics;

namespace DmlNet.Semantics.Builtins;

/// <summary>Reusable typing and shape rules and argument checks for catalog entries.</summary>
public static class BuiltinRules
{
    /// <summary>Always the same single result type.</summary>
    public static BuiltinResultRule Returns(TypeInfo type) => _ => [type];

    /// <summary>A single result computed by <paramref name="rule"/>.</summary>
    public static BuiltinResultRule One(Func<BuiltinCall, TypeInfo> rule) => call => [rule(call)];

    /// <summary>No value (print, stop, write...).</summary>
    public static BuiltinResultRule Nothing { get; } = _ => [];

    /// <summary>Reports an error unless the argument, when given and known, is a matrix.</summary>
    public static bool RequireMatrix(BuiltinCall call, string argument) =>
        Require(call, argument, DataType.Matrix, "a matrix");

    /// <summary>Reports an error unless the argument, when given and known, is a scalar.</summary>
    public static bool RequireScalar(BuiltinCall call, string argument) =>
        Require(call, argument, DataType.Scalar, "a scalar");

    /// <summary>Reports an error unless the argument, when given and known, is a frame.</summary>
    public static bool RequireFrame(BuiltinCall call, string argument) =>
        Require(call, argument, DataType.Frame, "a frame");

    /// <summary>Reports an error unless the argument, when given and known, is a list.</summary>
    public static bool RequireList(BuiltinCall call, string argument) =>
        Require(call, argument, DataType.List, "a list");

    /// <summary>Reports an error unless the argument, when given and known, is a string scalar.</summary>
    public static bool RequireString(BuiltinCall call, string argument)
    {
        var type = call.Type(argument);
        if (type is null || (type.DataType is DataType.Scalar or DataType.Unknown && type.ValueType is ValueType.String or ValueType.Unknown))
        {
            return true;
        }
        call.Error(DiagnosticCode.TypeMismatch,
            $"argument '{argument}' of {call.Name}() must be a string, got a {type.Describe()}", argument);
        return false;
    }

    /// <summary>Reports an error unless the argument, when given and known, is a square matrix.</summary>
    public static bool RequireSquare(BuiltinCall call, string argument)
    {
        var type = call.Type(argument);
        if (!RequireMatrix(call, argument) || type is null || !type.HasKnownShape || type.Rows == type.Columns)
        {
            return true;
        }
        call.Error(DiagnosticCode.ShapeRequirement,
            $"{call.Name}() needs a square matrix, got {type.Rows} x {type.Columns}", argument);
        return false;
    }

    /// <summary>Reports an error unless the argument is one of the data types given.</summary>
    public static bool RequireOneOf(BuiltinCall call, string argument, params DataType[] allowed)
    {
        var type = call.Type(argument);
        if (type is null || type.DataType == DataType.Unknown || allowed.Contains(type.DataType))
        {
            return true;
        }
        var names = string.Join(" or ", allowed.Select(a => a.ToString().ToLowerInvariant()));
        call.Error(DiagnosticCode.TypeMismatch,
            $"argument '{argument}' of {call.Name}() must be a {names}, got a {type.Describe()}", argument);
        return false;
    }

    private static bool Require(BuiltinCall call, string argument, DataType expected, string what)
    {
        var type = call.Type(argument);
        if (type is null || type.DataType == DataType.Unknown || type.DataType == expected)
        {
            return true;
        }
        call.Error(DiagnosticCode.TypeMismatch,
            $"argument '{argument}' of {call.Name}() must be {what}, got a {type.Describe()}", argument);
        return false;
    }

    /// <summary>Cell-wise math on a matrix or scalar: same shape, double cells.</summary>
    public static BuiltinResultRule Cellwise(string argument = "x") => One(call =>
    {
        var x = call.TypeOrUnknown(argument);
        return x.DataType switch
        {
            DataType.Matrix => TypeInfo.Matrix(x.Rows, x.Columns),
            DataType.Scalar => TypeInfo.Double,
            DataType.Unknown => TypeInfo.Unknown,
            _ => Fail(call, argument, "a matrix or scalar"),
        };
    });

    /// <summary>A full aggregate of a matrix: a double scalar.</summary>
    public static BuiltinResultRule FullAggregate(string argument = "x") => One(call =>
    {
        RequireMatrix(call, argument);
        return TypeInfo.Double;
    });

    /// <summary>A row-wise aggregate: <c>rows x 1</c>.</summary>
    public static BuiltinResultRule RowAggregate(string argument = "x") => One(call =>
    {
        RequireMatrix(call, argument);
        return TypeInfo.Matrix(call.TypeOrUnknown(argument).Rows, 1);
    });

    /// <summary>A column-wise aggregate: <c>1 x cols</c>.</summary>
    public static BuiltinResultRule ColumnAggregate(string argument = "x") => One(call =>
    {
        RequireMatrix(call, argument);
        return TypeInfo.Matrix(1, call.TypeOrUnknown(argument).Columns);
    });

    /// <summary>A result of the same shape as a matrix argument.</summary>
    public static BuiltinResultRule SameShape(string argument = "x") => One(call =>
    {
        RequireMatrix(call, argument);
        var x = call.TypeOrUnknown(argument);
        return TypeInfo.Matrix(x.Rows, x.Columns);
    });

    /// <summary>Reports a data-type error and yields an unknown type.</summary>
    public static TypeInfo Fail(BuiltinCall call, string argument, string expected)
    {
        call.Error(DiagnosticCode.TypeMismatch,
            $"argument '{argument}' of {call.Name}() must be {expected}, got a {call.TypeOrUnknown(argument).Describe()}", argument);
        return TypeInfo.Unknown;
    }

    /// <summary>A dimension for messages: the number, or "?" when unknown.</summary>
    public static string Show(long dimension) =>
        dimension < 0 ? "?" : dimension.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A constant for messages: the number, or "?" when not constant.</summary>
    public static string Show(long? value) => value is { } v ? Show(v) : "?";

    /// <summary>
    /// Reports an error at the call unless a variadic argument (1-based <paramref name="position"/>),
    /// when its type is known, is one of the data types given.
    /// </summary>
    public static bool RequireOneOf(BuiltinCall call, TypeInfo type, int position, params DataType[] allowed)
    {
        if (type.DataType == DataType.Unknown || allowed.Contains(type.DataType))
        {
            return true;
        }
        var names = string.Join(" or ", allowed.Select(a => a.ToString().ToLowerInvariant()));
        call.Error(DiagnosticCode.TypeMismatch,
            $"argument {position} of {call.Name}() must be a {names}, got a {type.Describe()}");
        return false;
    }

    /// <summary>Reports an error unless two given matrices of known shape have the same shape.</summary>
    public static bool RequireSameShape(BuiltinCall call, string first, string second)
    {
        var a = call.TypeOrUnknown(first);
        var b = call.TypeOrUnknown(second);
        if (!a.IsMatrix || !b.IsMatrix || !a.HasKnownShape || !b.HasKnownShape || (a.Rows == b.Rows && a.Columns == b.Columns))
        {
            return true;
        }
        call.Error(DiagnosticCode.ShapeRequirement,
            $"{call.Name}() needs '{second}' of the same shape as '{first}': {a.Rows} x {a.Columns} vs {b.Rows} x {b.Columns}", second);
        return false;
    }

    /// <summary>
    /// True unless both shapes are known and <paramref name="right"/> neither equals <paramref name="left"/>
    /// nor is a matching column vector, row vector or 1 x 1 (the broadcasts DML allows on the right).
    /// </summary>
    public static bool Broadcasts(TypeInfo left, TypeInfo right) =>
        !left.HasKnownShape || !right.HasKnownShape
        || (right.Rows == left.Rows && right.Columns == left.Columns)
        || (right.Columns == 1 && right.Rows == left.Rows)
        || (right.Rows == 1 && right.Columns == left.Columns)
        || (right.Rows == 1 && right.Columns == 1);

    /// <summary>
    /// The result of a cell-wise operation over <paramref name="operands"/>: a matrix shaped like the
    /// first matrix operand when any is a matrix, else a scalar of <paramref name="scalar"/> (unknown
    /// when an operand's data type is). Reports operands that are neither matrix nor scalar, and
    /// known matrix shapes that do not broadcast against the first matrix.
    /// </summary>
    public static TypeInfo CellwiseOf(BuiltinCall call, IReadOnlyList<TypeInfo> operands, ValueType scalar)
    {
        TypeInfo? first = null;
        var unknown = false;
        for (var i = 0; i < operands.Count; i++)
        {
            var operand = operands[i];
            switch (operand.DataType)
            {
                case DataType.Matrix when first is null:
                    first = operand;
                    break;
                case DataType.Matrix when !Broadcasts(first, operand):
                    call.Error(DiagnosticCode.ElementwiseShape,
                        $"{call.Name}() cannot combine a {first.Rows} x {first.Columns} matrix with a {operand.Rows} x {operand.Columns} matrix (argument {i + 1})");
                    break;
                case DataType.Matrix or DataType.Scalar:
                    break;
                case DataType.Unknown:
                    unknown = true;
                    break;
                default:
                    call.Error(DiagnosticCode.TypeMismatch,
                        $"argument {i + 1} of {call.Name}() must be a matrix or scalar, got a {operand.Describe()}");
                    return TypeInfo.Unknown;
            }
        }
        if (first is not null)
        {
            return TypeInfo.Matrix(first.Rows, first.Columns);
        }
        return unknown ? TypeInfo.Unknown : new TypeInfo(DataType.Scalar, scalar);
    }

    /// <summary>The dimension given by a constant argument, -1 when unknown; reports negative values.</summary>
    public static long Dimension(BuiltinCall call, string argument)
    {
        var value = call.ConstantLong(argument);
        if (value is < 0)
        {
            call.Error(DiagnosticCode.InvalidArgumentValue,
                $"argument '{argument}' of {call.Name}() must not be negative, got {value}", argument);
            return -1;
        }
        return value ?? -1;
    }
}

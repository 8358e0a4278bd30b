using DmlNet.Diagnostics;
using static DmlNet.Semantics.Builtins.BuiltinRules;

namespace DmlNet.Semantics.Builtins;

/// <summary>Cell-wise math, ifelse, logical and bit operations, NA tests (reference §7.5).</summary>
internal static class MathBuiltins
{
    /// <summary>Adds this category's entries.</summary>
    public static void Register(List<BuiltinFunction> entries)
    {
        entries.Add(Unary("abs", "The absolute value (an int scalar stays int).", Abs));
        entries.Add(Unary("exp", "e raised to the value.", Fold(x => Math.Exp(x))));
        entries.Add(Unary("sqrt", "The square root.", Fold(x => Math.Sqrt(x))));
        entries.Add(Unary("floor", "The largest integral value not above the value (double).", Fold(x => Math.Floor(x))));
        entries.Add(Unary("ceil", "The smallest integral value not below the value (double).", Fold(x => Math.Ceiling(x)), "ceiling"));
        entries.Add(Unary("round", "Rounded half up like Java Math.round (double).",
            Fold(x => Math.Abs(x) < 4.5E15 ? Math.Floor(x) + (x - Math.Floor(x) >= 0.5 ? 1 : 0) + 0.0 : null)));
        entries.Add(Unary("sign", "-1, 0 or 1 by the sign of the value (double).", Fold(x => double.IsNaN(x) ? null : Math.Sign(x))));
        foreach (var (name, what) in new[]
        {
            ("sin", "sine"), ("cos", "cosine"), ("tan", "tangent"), ("asin", "arc sine"), ("acos", "arc cosine"),
            ("atan", "arc tangent"), ("sinh", "hyperbolic sine"), ("cosh", "hyperbolic cosine"), ("tanh", "hyperbolic tangent"),
        })
        {
            entries.Add(Unary(name, $"The {what} (radians).", null));
        }
        entries.Add(new BuiltinFunction("log", "x, base=?", One(call =>
        {
            var x = call.TypeOrUnknown("x");
            if (!call.Has("base"))
            {
                return Numeric(call, x, ValueType.Double);
            }
            return CellwiseOf(call, [x, call.TypeOrUnknown("base")], ValueType.Double);
        }), "The natural logarithm, or the logarithm to the given base."));
        entries.Add(new BuiltinFunction("ifelse", "test, yes, no", One(IfElse),
            "Per cell: yes where test is non-zero, no elsewhere (matrices and scalars mixed)."));
        entries.Add(Binary("xor", ValueType.Boolean, "Logical exclusive or of x != 0 and y != 0."));
        entries.Add(Bitwise("bitwAnd", "Bit-wise and of integers."));
        entries.Add(Bitwise("bitwOr", "Bit-wise or of integers."));
        entries.Add(Bitwise("bitwXor", "Bit-wise exclusive or of integers."));
        entries.Add(Bitwise("bitwShiftL", "x shifted left by y bits."));
        entries.Add(Bitwise("bitwShiftR", "x shifted right by y bits."));
        entries.Add(Indicator("is.na", "isNA", "1 where the value is NA (NaN), 0 elsewhere."));
        entries.Add(Indicator("is.nan", "isNaN", "1 where the value is NaN, 0 elsewhere."));
        entries.Add(Indicator("is.infinite", "isInf", "1 where the value is +/-Infinity, 0 elsewhere."));
        entries.Add(new BuiltinFunction("sigmoid", "x", Cellwise(), "The logistic function 1 / (1 + exp(-x))."));
        entries.Add(new BuiltinFunction("ppred", "x, y, op", One(call =>
        {
            call.Error(DiagnosticCode.UndefinedFunction,
                "ppred() has been removed from DML; use the comparison operator directly, e.g. X < Y");
            return TypeInfo.Unknown;
        }), "Deprecated cell-wise comparison; rejected in favour of the operators."));
    }

    /// <summary>A one-argument cell-wise function; int/double scalar constants are folded by <paramref name="fold"/> when given.</summary>
    private static BuiltinFunction Unary(string name, string description, Func<object, object?>? fold, params string[] aliases) =>
        new(name, "x", One(call =>
        {
            var x = call.TypeOrUnknown("x");
            var result = Numeric(call, x, name == "abs" && x.ValueType == ValueType.Int ? ValueType.Int : ValueType.Double);
            var folded = result.IsScalar && fold is not null && x.Constant is long or double ? fold(x.Constant) : null;
            return folded is null ? result : TypeInfo.Of(folded);
        }), description) { Aliases = aliases };

    /// <summary>A folding function over the constant as a double, giving a double (or null: do not fold).</summary>
    private static Func<object, object?> Fold(Func<double, double?> function) =>
        value => function(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>abs, keeping longs as longs (except <see cref="long.MinValue"/>, which has no positive long).</summary>
    private static object? Abs(object value) => value switch
    {
        long l when l != long.MinValue => Math.Abs(l),
        double d => Math.Abs(d),
        _ => null,
    };

    /// <summary>
    /// The type of a one-operand cell-wise operation: a same-shape matrix, or a scalar of
    /// <paramref name="scalar"/>; reports strings, frames and lists.
    /// </summary>
    private static TypeInfo Numeric(BuiltinCall call, TypeInfo x, ValueType scalar)
    {
        if (x.IsScalar && x.ValueType == ValueType.String)
        {
            return Fail(call, "x", "a number or matrix");
        }
        return x.DataType switch
        {
            DataType.Matrix => TypeInfo.Matrix(x.Rows, x.Columns),
            DataType.Scalar => new TypeInfo(DataType.Scalar, scalar),
            DataType.Unknown => TypeInfo.Unknown,
            _ => Fail(call, "x", "a number or matrix"),
        };
    }

    /// <summary>A two-argument cell-wise function whose scalar result has the value type <paramref name="scalar"/>.</summary>
    private static BuiltinFunction Binary(string name, ValueType scalar, string description) =>
        new(name, "x, y", One(call => CellwiseOf(call, [call.TypeOrUnknown("x"), call.TypeOrUnknown("y")], scalar)), description);

    /// <summary>A bit-wise function: an int scalar for two ints, a double otherwise (SystemDS's value-type rule for binary ops).</summary>
    private static BuiltinFunction Bitwise(string name, string description) =>
        new(name, "x, y", One(call =>
        {
            var (x, y) = (call.TypeOrUnknown("x"), call.TypeOrUnknown("y"));
            var scalar = x.ValueType == ValueType.Int && y.ValueType == ValueType.Int ? ValueType.Int
                : x.ValueType == ValueType.Unknown || y.ValueType == ValueType.Unknown ? ValueType.Unknown
                : ValueType.Double;
            return CellwiseOf(call, [x, y], scalar);
        }), description);

    /// <summary>is.na and friends: 0/1 cells of the same shape; a scalar keeps its value type (as SystemDS types it).</summary>
    private static BuiltinFunction Indicator(string name, string alias, string description) =>
        new(name, "x", One(call =>
        {
            var x = call.TypeOrUnknown("x");
            return Numeric(call, x, x.ValueType == ValueType.Unknown ? ValueType.Double : x.ValueType);
        }), description) { Aliases = [alias] };

    /// <summary>ifelse: cell-wise over all three; scalars merge the branch value types and fold a constant test.</summary>
    private static TypeInfo IfElse(BuiltinCall call)
    {
        var test = call.TypeOrUnknown("test");
        var yes = call.TypeOrUnknown("yes");
        var no = call.TypeOrUnknown("no");
        var scalar = yes.ValueType == no.ValueType ? yes.ValueType
            : yes.ValueType is ValueType.Int or ValueType.Double && no.ValueType is ValueType.Int or ValueType.Double ? ValueType.Double
            : ValueType.Unknown;
        var result = CellwiseOf(call, [test, yes, no], scalar);
        if (!result.IsScalar || test.Constant is null || test.Constant is string)
        {
            return result;
        }
        var chosen = test.ConstantDouble != 0 ? yes.Constant : no.Constant;
        return chosen switch
        {
            long l when scalar == ValueType.Double => TypeInfo.Of((double)l),
            null => result,
            _ when scalar != ValueType.Unknown => TypeInfo.Of(chosen),
            _ => result,
        };
    }
}

using DmlNet.Runtime.Data;
using DmlNet.Runtime.Formatting;
using DmlNet.Runtime.Kernels;
using ValueType = DmlNet.Semantics.ValueType;

namespace DmlNet.Runtime.Operations;

/// <summary>
/// DML's operators on two scalars: string concatenation with <c>+</c>, exact 64-bit integer
/// arithmetic for int operands (overflow is an error), doubles otherwise, comparisons of strings
/// as text, booleans as 0/1.
/// </summary>
public static class ScalarArithmetic
{
    /// <summary>Applies a binary operator.</summary>
    public static ScalarValue Binary(BinaryOp op, ScalarValue a, ScalarValue b)
    {
        var anyString = a.ValueType == ValueType.String || b.ValueType == ValueType.String;
        if (anyString)
        {
            return StringOperation(op, a, b);
        }
        if (op is BinaryOp.And or BinaryOp.Or or BinaryOp.Xor)
        {
            return ScalarValue.Of(CellOps.Apply(op, a.AsDouble(), b.AsDouble()) != 0);
        }
        if (a.ValueType == ValueType.Int && b.ValueType == ValueType.Int && IntegerResult(op))
        {
            return ScalarValue.Of(Integer(op, a.Long, b.Long));
        }
        var (x, y) = (a.AsDouble(), b.AsDouble());
        return op switch
        {
            BinaryOp.Add => ScalarValue.Of(x + y),
            BinaryOp.Subtract => ScalarValue.Of(x - y),
            BinaryOp.Multiply => ScalarValue.Of(x * y),
            BinaryOp.Divide => ScalarValue.Of(x / y),
            BinaryOp.Less => ScalarValue.Of(x < y),
            BinaryOp.LessOrEqual => ScalarValue.Of(x <= y),
            BinaryOp.Greater => ScalarValue.Of(x > y),
            BinaryOp.GreaterOrEqual => ScalarValue.Of(x >= y),
            BinaryOp.Equal => ScalarValue.Of(x == y),
            BinaryOp.NotEqual => ScalarValue.Of(x != y),
            _ => ScalarValue.Of(CellOps.Apply(op, x, y)),
        };
    }

    /// <summary>Applies a unary operator (<c>-</c>, <c>!</c> and the math functions).</summary>
    public static ScalarValue Unary(UnaryOp op, ScalarValue a)
    {
        if (a.ValueType == ValueType.String)
        {
            throw new DmlRuntimeException($"cannot apply {op.ToString().ToLowerInvariant()} to the string \"{a.Text}\"");
        }
        return op switch
        {
            UnaryOp.Not => ScalarValue.Of(!a.AsBoolean()),
            UnaryOp.Negate or UnaryOp.Abs when a.ValueType == ValueType.Int && a.Long == long.MinValue =>
                throw new DmlRuntimeException($"integer overflow in {op.ToString().ToLowerInvariant()}({a.Long})"),
            UnaryOp.Negate when a.ValueType == ValueType.Int => ScalarValue.Of(-a.Long),
            UnaryOp.Abs when a.ValueType == ValueType.Int => ScalarValue.Of(Math.Abs(a.Long)),
            UnaryOp.IsNA or UnaryOp.IsNaN or UnaryOp.IsInfinite => ScalarValue.Of(CellOps.Apply(op, a.AsDouble()) != 0),
            _ => ScalarValue.Of(CellOps.Apply(op, a.AsDouble())),
        };
    }

    /// <summary>True for the comparison operators (boolean results).</summary>
    public static bool IsComparison(BinaryOp op) =>
        op is BinaryOp.Less or BinaryOp.LessOrEqual or BinaryOp.Greater or BinaryOp.GreaterOrEqual or BinaryOp.Equal or BinaryOp.NotEqual;

    private static bool IntegerResult(BinaryOp op) =>
        op is BinaryOp.Add or BinaryOp.Subtract or BinaryOp.Multiply or BinaryOp.Modulus or BinaryOp.IntegerDivide
            or BinaryOp.Min or BinaryOp.Max or BinaryOp.BitwAnd or BinaryOp.BitwOr or BinaryOp.BitwXor
            or BinaryOp.BitwShiftL or BinaryOp.BitwShiftR;

    private static long Integer(BinaryOp op, long a, long b)
    {
        try
        {
            return op switch
            {
                BinaryOp.Add => checked(a + b),
                BinaryOp.Subtract => checked(a - b),
                BinaryOp.Multiply => checked(a * b),
                BinaryOp.Min => Math.Min(a, b),
                BinaryOp.Max => Math.Max(a, b),
                BinaryOp.IntegerDivide when b == 0 => throw new DmlRuntimeException($"integer division by zero: {a} %/% 0"),
                BinaryOp.IntegerDivide => a / b,
                BinaryOp.Modulus when b == 0 => 0,
                BinaryOp.Modulus => a % b,
                BinaryOp.BitwAnd or BinaryOp.BitwOr or BinaryOp.BitwXor or BinaryOp.BitwShiftL or BinaryOp.BitwShiftR => Bitwise(op, a, b),
                _ => throw new InvalidOperationException($"{op} is not an integer operation"),
            };
        }
        catch (OverflowException)
        {
            throw new DmlRuntimeException($"integer overflow in {a} {op.ToString().ToLowerInvariant()} {b}");
        }
    }

    /// <summary>The bit operations on two ints; shifts use the low 6 bits, as Java's long shifts do.</summary>
    private static long Bitwise(BinaryOp op, long a, long b) => op switch
    {
        BinaryOp.BitwAnd => a & b,
        BinaryOp.BitwOr => a | b,
        BinaryOp.BitwXor => a ^ b,
        BinaryOp.BitwShiftL => a << (int)(b & 63),
        _ => a >> (int)(b & 63),
    };

    private static ScalarValue StringOperation(BinaryOp op, ScalarValue a, ScalarValue b)
    {
        var left = ScalarFormat.ToString(a);
        var right = ScalarFormat.ToString(b);
        var order = string.CompareOrdinal(left, right);
        return op switch
        {
            BinaryOp.Add => ScalarValue.Of(left + right),
            BinaryOp.Equal => ScalarValue.Of(order == 0),
            BinaryOp.NotEqual => ScalarValue.Of(order != 0),
            BinaryOp.Less => ScalarValue.Of(order < 0),
            BinaryOp.LessOrEqual => ScalarValue.Of(order <= 0),
            BinaryOp.Greater => ScalarValue.Of(order > 0),
            BinaryOp.GreaterOrEqual => ScalarValue.Of(order >= 0),
            _ => throw new DmlRuntimeException($"operator {op.ToString().ToLowerInvariant()} cannot be applied to the strings \"{left}\" and \"{right}\""),
        };
    }
}

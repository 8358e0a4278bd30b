using DmlNet.Runtime.Kernels;

namespace DmlNet.Tests.Kernels.Support;

/// <summary>
/// The meaning of every cell operator, written down independently of the kernels (no call into
/// DmlNet): IEEE arithmetic, and where Java and .NET differ, Java's rule, because SystemDS runs
/// on Java (Math.pow, Math.round, Math.signum, the long conversion of %/%).
/// </summary>
public static class ReferenceCells
{
    /// <summary>2^63 as a double: doubles at or beyond it convert to the largest long.</summary>
    private const double TwoTo63 = 9223372036854775808.0;

    /// <summary>The value of <c>a op b</c>.</summary>
    public static double Binary(BinaryOp op, double a, double b) => op switch
    {
        BinaryOp.Add => a + b,
        BinaryOp.Subtract => a - b,
        BinaryOp.Multiply => a * b,
        BinaryOp.Divide => a / b,
        BinaryOp.Power => JavaPow(a, b),
        BinaryOp.IntegerDivide => IntegerDivide(a, b),
        BinaryOp.Modulus => b == 0 ? double.NaN : a - IntegerDivide(a, b) * b,
        BinaryOp.Less => Bool(a < b),
        BinaryOp.LessOrEqual => Bool(a <= b),
        BinaryOp.Greater => Bool(a > b),
        BinaryOp.GreaterOrEqual => Bool(a >= b),
        BinaryOp.Equal => Bool(a == b),
        BinaryOp.NotEqual => Bool(a != b),
        BinaryOp.And => Bool(a != 0 && b != 0),
        BinaryOp.Or => Bool(a != 0 || b != 0),
        BinaryOp.Xor => Bool((a != 0) ^ (b != 0)),
        BinaryOp.Min => JavaMin(a, b),
        BinaryOp.Max => JavaMax(a, b),
        BinaryOp.Log => Math.Log(a) / Math.Log(b),
        BinaryOp.BitwAnd => ToLong(a) & ToLong(b),
        BinaryOp.BitwOr => ToLong(a) | ToLong(b),
        BinaryOp.BitwXor => ToLong(a) ^ ToLong(b),
        // Java's long shifts use the low six bits of the count.
        BinaryOp.BitwShiftL => ToLong(a) << (int)(ToLong(b) & 63),
        BinaryOp.BitwShiftR => ToLong(a) >> (int)(ToLong(b) & 63),
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, null),
    };

    /// <summary>The value of a unary operator.</summary>
    public static double Unary(UnaryOp op, double a) => op switch
    {
        UnaryOp.Negate => -a,
        UnaryOp.Not => Bool(a == 0),
        UnaryOp.Abs => Math.Abs(a),
        UnaryOp.Exp => Math.Exp(a),
        UnaryOp.Log => Math.Log(a),
        UnaryOp.Sqrt => Math.Sqrt(a),
        UnaryOp.Floor => Math.Floor(a),
        UnaryOp.Ceil => Math.Ceiling(a),
        UnaryOp.Round => JavaRound(a),
        // Java's Math.signum: NaN and both zeros come back unchanged.
        UnaryOp.Sign => double.IsNaN(a) || a == 0 ? a : a > 0 ? 1 : -1,
        UnaryOp.Sin => Math.Sin(a),
        UnaryOp.Cos => Math.Cos(a),
        UnaryOp.Tan => Math.Tan(a),
        UnaryOp.Asin => Math.Asin(a),
        UnaryOp.Acos => Math.Acos(a),
        UnaryOp.Atan => Math.Atan(a),
        UnaryOp.Sinh => Math.Sinh(a),
        UnaryOp.Cosh => Math.Cosh(a),
        UnaryOp.Tanh => Math.Tanh(a),
        UnaryOp.IsNA or UnaryOp.IsNaN => Bool(double.IsNaN(a)),
        UnaryOp.IsInfinite => Bool(double.IsInfinity(a)),
        UnaryOp.Sigmoid => 1 / (1 + Math.Exp(-a)),
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, null),
    };

    /// <summary>
    /// DML's double-to-int rule <c>sign(v) * floor(abs(v) + 2^-53)</c> as a Java long: NaN is 0,
    /// values beyond the long range saturate.
    /// </summary>
    public static long ToLong(double v)
    {
        if (double.IsNaN(v))
        {
            return 0;
        }
        var magnitude = Math.Floor(Math.Abs(v) + Math.Pow(2, -53));
        if (magnitude >= TwoTo63)
        {
            return v > 0 ? long.MaxValue : long.MinValue;
        }
        var truncated = (long)magnitude;
        return v < 0 ? -truncated : truncated;
    }

    /// <summary>
    /// SystemDS's <c>%/%</c>: the double quotient, kept when NaN or infinite, else converted to a
    /// long (so a quotient in (-1, 0) gives +0.0, not -0.0, and huge quotients saturate).
    /// </summary>
    public static double IntegerDivide(double a, double b)
    {
        var q = a / b;
        return double.IsNaN(q) || double.IsInfinity(q) ? q : ToLong(q);
    }

    /// <summary>
    /// Java's <c>Math.pow</c>. It differs from IEEE/.NET in two places: a NaN exponent always gives
    /// NaN (so <c>1 ^ NaN</c> is NaN), and <c>(+-1) ^ (+-Infinity)</c> is NaN.
    /// </summary>
    public static double JavaPow(double a, double b)
    {
        if (b == 0)
        {
            return 1;
        }
        if (double.IsNaN(b) || (Math.Abs(a) == 1 && double.IsInfinity(b)))
        {
            return double.NaN;
        }
        return Math.Pow(a, b);
    }

    /// <summary>
    /// Java's <c>Math.round</c> widened back to double: the nearest long with halves toward
    /// +Infinity, NaN as 0, saturating at the long range (so the result is never -0.0).
    /// </summary>
    public static double JavaRound(double a)
    {
        if (double.IsNaN(a))
        {
            return 0;
        }
        if (a >= TwoTo63)
        {
            return long.MaxValue;
        }
        if (a < -TwoTo63)
        {
            return long.MinValue;
        }
        // Every double of magnitude 2^52 or more is an integer already.
        if (Math.Abs(a) >= 4503599627370496.0)
        {
            return (long)a;
        }
        var truncated = Math.Truncate(a);
        var fraction = a - truncated;
        long result;
        if (Math.Abs(fraction) == 0.5)
        {
            result = (long)Math.Ceiling(a);
        }
        else
        {
            result = (long)Math.Round(a, MidpointRounding.AwayFromZero);
        }
        return result;
    }

    /// <summary>Java's <c>Math.min</c>: NaN wins, and -0.0 is smaller than 0.0.</summary>
    public static double JavaMin(double a, double b)
    {
        if (double.IsNaN(a) || double.IsNaN(b))
        {
            return double.NaN;
        }
        if (a == 0 && b == 0)
        {
            return double.IsNegative(a) ? a : b;
        }
        return a < b ? a : b;
    }

    /// <summary>Java's <c>Math.max</c>: NaN wins, and 0.0 is larger than -0.0.</summary>
    public static double JavaMax(double a, double b)
    {
        if (double.IsNaN(a) || double.IsNaN(b))
        {
            return double.NaN;
        }
        if (a == 0 && b == 0)
        {
            return double.IsNegative(a) ? b : a;
        }
        return a > b ? a : b;
    }

    private static double Bool(bool value) => value ? 1 : 0;
}

using System.Numerics;

namespace DmlNet.Runtime.Kernels;

/// <summary>
/// A binary cell function as a struct type, so generic loops over spans are specialized and
/// inlined by the JIT; <see cref="IsVectorized"/> functions also have a SIMD form.
/// </summary>
internal interface IBinaryCell
{
    /// <summary>The function on one pair of cells.</summary>
    static abstract double Apply(double a, double b);

    /// <summary>True when <see cref="ApplyVector"/> is implemented.</summary>
    static virtual bool IsVectorized => false;

    /// <summary>The function on a vector of cells (only when <see cref="IsVectorized"/>).</summary>
    static virtual Vector<double> ApplyVector(Vector<double> a, Vector<double> b) => throw new NotSupportedException();
}

/// <summary>A unary cell function as a struct type (see <see cref="IBinaryCell"/>).</summary>
internal interface IUnaryCell
{
    /// <summary>The function on one cell.</summary>
    static abstract double Apply(double a);
}

/// <summary>The binary cell functions, one struct each.</summary>
internal static class BinaryCells
{
    /// <summary>1 in the lanes of a comparison mask that are all ones (true), 0 in those that are all zeros.</summary>
    private static Vector<double> Indicator(Vector<double> mask) => mask & Vector<double>.One;

    internal readonly struct Add : IBinaryCell
    {
        public static double Apply(double a, double b) => a + b;
        public static bool IsVectorized => true;
        public static Vector<double> ApplyVector(Vector<double> a, Vector<double> b) => a + b;
    }

    internal readonly struct Subtract : IBinaryCell
    {
        public static double Apply(double a, double b) => a - b;
        public static bool IsVectorized => true;
        public static Vector<double> ApplyVector(Vector<double> a, Vector<double> b) => a - b;
    }

    internal readonly struct Multiply : IBinaryCell
    {
        public static double Apply(double a, double b) => a * b;
        public static bool IsVectorized => true;
        public static Vector<double> ApplyVector(Vector<double> a, Vector<double> b) => a * b;
    }

    internal readonly struct Divide : IBinaryCell
    {
        public static double Apply(double a, double b) => a / b;
        public static bool IsVectorized => true;
        public static Vector<double> ApplyVector(Vector<double> a, Vector<double> b) => a / b;
    }

    /// <summary>Java's <c>Math.pow</c>: unlike .NET, a NaN exponent, and 1 or -1 to an infinite power, give NaN.</summary>
    internal readonly struct Power : IBinaryCell
    {
        public static double Apply(double a, double b) =>
            b == 2 ? a * a
            : double.IsNaN(b) || (double.IsInfinity(b) && Math.Abs(a) == 1) ? double.NaN
            : Math.Pow(a, b);
    }

    internal readonly struct IntegerDivide : IBinaryCell
    {
        public static double Apply(double a, double b) => TowardZero(a / b);
    }

    internal readonly struct Modulus : IBinaryCell
    {
        public static double Apply(double a, double b) => b == 0 ? double.NaN : a - TowardZero(a / b) * b;
    }

    internal readonly struct Less : IBinaryCell
    {
        public static double Apply(double a, double b) => a < b ? 1 : 0;
        public static bool IsVectorized => true;
        public static Vector<double> ApplyVector(Vector<double> a, Vector<double> b) => Indicator(Vector.LessThan<double>(a, b));
    }

    internal readonly struct LessOrEqual : IBinaryCell
    {
        public static double Apply(double a, double b) => a <= b ? 1 : 0;
        public static bool IsVectorized => true;
        public static Vector<double> ApplyVector(Vector<double> a, Vector<double> b) => Indicator(Vector.LessThanOrEqual<double>(a, b));
    }

    internal readonly struct Greater : IBinaryCell
    {
        public static double Apply(double a, double b) => a > b ? 1 : 0;
        public static bool IsVectorized => true;
        public static Vector<double> ApplyVector(Vector<double> a, Vector<double> b) => Indicator(Vector.GreaterThan<double>(a, b));
    }

    internal readonly struct GreaterOrEqual : IBinaryCell
    {
        public static double Apply(double a, double b) => a >= b ? 1 : 0;
        public static bool IsVectorized => true;
        public static Vector<double> ApplyVector(Vector<double> a, Vector<double> b) => Indicator(Vector.GreaterThanOrEqual<double>(a, b));
    }

    internal readonly struct Equal : IBinaryCell
    {
        public static double Apply(double a, double b) => a == b ? 1 : 0;
        public static bool IsVectorized => true;
        public static Vector<double> ApplyVector(Vector<double> a, Vector<double> b) => Indicator(Vector.Equals<double>(a, b));
    }

    internal readonly struct NotEqual : IBinaryCell
    {
        public static double Apply(double a, double b) => a != b ? 1 : 0;
        public static bool IsVectorized => true;
        public static Vector<double> ApplyVector(Vector<double> a, Vector<double> b) => Indicator(~Vector.Equals<double>(a, b));
    }

    internal readonly struct And : IBinaryCell
    {
        public static double Apply(double a, double b) => a != 0 && b != 0 ? 1 : 0;
    }

    internal readonly struct Or : IBinaryCell
    {
        public static double Apply(double a, double b) => a != 0 || b != 0 ? 1 : 0;
    }

    internal readonly struct Xor : IBinaryCell
    {
        public static double Apply(double a, double b) => (a != 0) != (b != 0) ? 1 : 0;
    }

    internal readonly struct Min : IBinaryCell
    {
        public static double Apply(double a, double b) => Math.Min(a, b);
    }

    internal readonly struct Max : IBinaryCell
    {
        public static double Apply(double a, double b) => Math.Max(a, b);
    }

    internal readonly struct Log : IBinaryCell
    {
        public static double Apply(double a, double b) => Math.Log(a) / Math.Log(b);
    }

    internal readonly struct BitwAnd : IBinaryCell
    {
        public static double Apply(double a, double b) => Data.ScalarValue.ToLong(a) & Data.ScalarValue.ToLong(b);
    }

    internal readonly struct BitwOr : IBinaryCell
    {
        public static double Apply(double a, double b) => Data.ScalarValue.ToLong(a) | Data.ScalarValue.ToLong(b);
    }

    internal readonly struct BitwXor : IBinaryCell
    {
        public static double Apply(double a, double b) => Data.ScalarValue.ToLong(a) ^ Data.ScalarValue.ToLong(b);
    }

    internal readonly struct BitwShiftL : IBinaryCell
    {
        public static double Apply(double a, double b) => Data.ScalarValue.ToLong(a) << (int)Data.ScalarValue.ToLong(b);
    }

    internal readonly struct BitwShiftR : IBinaryCell
    {
        public static double Apply(double a, double b) => Data.ScalarValue.ToLong(a) >> (int)Data.ScalarValue.ToLong(b);
    }

    /// <summary>
    /// DML's rounding of a quotient toward zero, <c>sign(v) * floor(abs(v) + 2^-53)</c>, converted to a
    /// long as SystemDS does (so a quotient in (-1, 0) gives +0.0 and huge ones saturate, .NET's
    /// conversion saturating like Java's); infinities and NaN unchanged.
    /// </summary>
    public static double TowardZero(double value) =>
        double.IsFinite(value) ? (long)Math.CopySign(Math.Floor(Math.Abs(value) + 1.1102230246251565E-16), value) : value;
}

/// <summary>The unary cell functions, one struct each.</summary>
internal static class UnaryCells
{
    internal readonly struct Negate : IUnaryCell
    {
        public static double Apply(double a) => -a;
    }

    internal readonly struct Not : IUnaryCell
    {
        public static double Apply(double a) => a == 0 ? 1 : 0;
    }

    internal readonly struct Abs : IUnaryCell
    {
        public static double Apply(double a) => Math.Abs(a);
    }

    internal readonly struct Exp : IUnaryCell
    {
        public static double Apply(double a) => Math.Exp(a);
    }

    internal readonly struct Log : IUnaryCell
    {
        public static double Apply(double a) => Math.Log(a);
    }

    internal readonly struct Sqrt : IUnaryCell
    {
        public static double Apply(double a) => Math.Sqrt(a);
    }

    internal readonly struct Floor : IUnaryCell
    {
        public static double Apply(double a) => Math.Floor(a);
    }

    internal readonly struct Ceil : IUnaryCell
    {
        public static double Apply(double a) => Math.Ceiling(a);
    }

    /// <summary>
    /// Java's <c>Math.round</c> as a double: halves go toward +Infinity, NaN becomes 0, the result is
    /// a long, so -0.0 gives 0.0 and values beyond the long range (and infinities) saturate at +-2^63.
    /// </summary>
    internal readonly struct Round : IUnaryCell
    {
        private const double LongLimit = 9.2233720368547758E18;

        public static double Apply(double a)
        {
            if (double.IsNaN(a))
            {
                return 0;
            }
            if (a >= LongLimit || a <= -LongLimit)
            {
                return a > 0 ? LongLimit : -LongLimit;
            }
            var floor = Math.Floor(a);
            return (a - floor >= 0.5 ? floor + 1 : floor) + 0.0;
        }
    }

    /// <summary>Java's <c>Math.signum</c>: keeps NaN and signed zeros.</summary>
    internal readonly struct Sign : IUnaryCell
    {
        public static double Apply(double a) => a > 0 ? 1 : a < 0 ? -1 : a;
    }

    internal readonly struct Sin : IUnaryCell
    {
        public static double Apply(double a) => Math.Sin(a);
    }

    internal readonly struct Cos : IUnaryCell
    {
        public static double Apply(double a) => Math.Cos(a);
    }

    internal readonly struct Tan : IUnaryCell
    {
        public static double Apply(double a) => Math.Tan(a);
    }

    internal readonly struct Asin : IUnaryCell
    {
        public static double Apply(double a) => Math.Asin(a);
    }

    internal readonly struct Acos : IUnaryCell
    {
        public static double Apply(double a) => Math.Acos(a);
    }

    internal readonly struct Atan : IUnaryCell
    {
        public static double Apply(double a) => Math.Atan(a);
    }

    internal readonly struct Sinh : IUnaryCell
    {
        public static double Apply(double a) => Math.Sinh(a);
    }

    internal readonly struct Cosh : IUnaryCell
    {
        public static double Apply(double a) => Math.Cosh(a);
    }

    internal readonly struct Tanh : IUnaryCell
    {
        public static double Apply(double a) => Math.Tanh(a);
    }

    internal readonly struct IsNaN : IUnaryCell
    {
        public static double Apply(double a) => double.IsNaN(a) ? 1 : 0;
    }

    internal readonly struct IsInfinite : IUnaryCell
    {
        public static double Apply(double a) => double.IsInfinity(a) ? 1 : 0;
    }

    internal readonly struct Sigmoid : IUnaryCell
    {
        public static double Apply(double a) => 1 / (1 + Math.Exp(-a));
    }
}

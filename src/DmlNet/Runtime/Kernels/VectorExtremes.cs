using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace DmlNet.Runtime.Kernels;

/// <summary>
/// Maximum and minimum of a span, vectorized. <see cref="Vector256.Max{T}"/> and <see cref="Math.Max(double, double)"/>
/// agree (NaN wins, +0 is above -0) and the operation is associative, so the result is the one of a sequential loop.
/// </summary>
internal static class VectorExtremes
{
    /// <summary>The largest value (-Infinity for none).</summary>
    public static double Max(ReadOnlySpan<double> values) => Reduce<Larger>(values);

    /// <summary>The smallest value (+Infinity for none).</summary>
    public static double Min(ReadOnlySpan<double> values) => Reduce<Smaller>(values);

    /// <summary>Which of two values (or vectors of values) an extreme keeps, and its value for no input.</summary>
    private interface IExtreme
    {
        static abstract double Empty { get; }

        static abstract double Pick(double a, double b);

        static abstract Vector256<double> Pick(Vector256<double> a, Vector256<double> b);
    }

    private readonly struct Larger : IExtreme
    {
        public static double Empty => double.NegativeInfinity;

        public static double Pick(double a, double b) => Math.Max(a, b);

        public static Vector256<double> Pick(Vector256<double> a, Vector256<double> b) => Vector256.Max(a, b);
    }

    private readonly struct Smaller : IExtreme
    {
        public static double Empty => double.PositiveInfinity;

        public static double Pick(double a, double b) => Math.Min(a, b);

        public static Vector256<double> Pick(Vector256<double> a, Vector256<double> b) => Vector256.Min(a, b);
    }

    /// <summary>The extreme of the values: four vector accumulators, then the lanes, then the tail.</summary>
    private static double Reduce<T>(ReadOnlySpan<double> values) where T : struct, IExtreme
    {
        var result = T.Empty;
        var i = 0;
        if (Vector256.IsHardwareAccelerated && values.Length >= 16)
        {
            var vectors = MemoryMarshal.Cast<double, Vector256<double>>(values);
            Vector256<double> m0 = vectors[0], m1 = vectors[1], m2 = vectors[2], m3 = vectors[3];
            var k = 4;
            for (; k + 4 <= vectors.Length; k += 4)
            {
                m0 = T.Pick(m0, vectors[k]);
                m1 = T.Pick(m1, vectors[k + 1]);
                m2 = T.Pick(m2, vectors[k + 2]);
                m3 = T.Pick(m3, vectors[k + 3]);
            }
            for (; k < vectors.Length; k++)
            {
                m0 = T.Pick(m0, vectors[k]);
            }
            var m = T.Pick(T.Pick(m0, m1), T.Pick(m2, m3));
            for (var lane = 0; lane < Vector256<double>.Count; lane++)
            {
                result = T.Pick(result, m[lane]);
            }
            i = vectors.Length * Vector256<double>.Count;
        }
        for (; i < values.Length; i++)
        {
            result = T.Pick(result, values[i]);
        }
        return result;
    }
}

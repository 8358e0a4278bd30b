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
    public static double Max(ReadOnlySpan<double> values)
    {
        var result = double.NegativeInfinity;
        var i = 0;
        if (Vector256.IsHardwareAccelerated && values.Length >= 16)
        {
            var vectors = MemoryMarshal.Cast<double, Vector256<double>>(values);
            Vector256<double> m0 = vectors[0], m1 = vectors[1], m2 = vectors[2], m3 = vectors[3];
            var k = 4;
            for (; k + 4 <= vectors.Length; k += 4)
            {
                m0 = Vector256.Max(m0, vectors[k]);
                m1 = Vector256.Max(m1, vectors[k + 1]);
                m2 = Vector256.Max(m2, vectors[k + 2]);
                m3 = Vector256.Max(m3, vectors[k + 3]);
            }
            for (; k < vectors.Length; k++)
            {
                m0 = Vector256.Max(m0, vectors[k]);
            }
            var m = Vector256.Max(Vector256.Max(m0, m1), Vector256.Max(m2, m3));
            for (var lane = 0; lane < Vector256<double>.Count; lane++)
            {
                result = Math.Max(result, m[lane]);
            }
            i = vectors.Length * Vector256<double>.Count;
        }
        for (; i < values.Length; i++)
        {
            result = Math.Max(result, values[i]);
        }
        return result;
    }

    /// <summary>The smallest value (+Infinity for none).</summary>
    public static double Min(ReadOnlySpan<double> values)
    {
        var result = double.PositiveInfinity;
        var i = 0;
        if (Vector256.IsHardwareAccelerated && values.Length >= 16)
        {
            var vectors = MemoryMarshal.Cast<double, Vector256<double>>(values);
            Vector256<double> m0 = vectors[0], m1 = vectors[1], m2 = vectors[2], m3 = vectors[3];
            var k = 4;
            for (; k + 4 <= vectors.Length; k += 4)
            {
                m0 = Vector256.Min(m0, vectors[k]);
                m1 = Vector256.Min(m1, vectors[k + 1]);
                m2 = Vector256.Min(m2, vectors[k + 2]);
                m3 = Vector256.Min(m3, vectors[k + 3]);
            }
            for (; k < vectors.Length; k++)
            {
                m0 = Vector256.Min(m0, vectors[k]);
            }
            var m = Vector256.Min(Vector256.Min(m0, m1), Vector256.Min(m2, m3));
            for (var lane = 0; lane < Vector256<double>.Count; lane++)
            {
                result = Math.Min(result, m[lane]);
            }
            i = vectors.Length * Vector256<double>.Count;
        }
        for (; i < values.Length; i++)
        {
            result = Math.Min(result, values[i]);
        }
        return result;
    }
}

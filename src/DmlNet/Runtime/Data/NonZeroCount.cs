using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace DmlNet.Runtime.Data;

/// <summary>Counting the non-zero cells of dense values (NaN counts as non-zero, -0 as zero), vectorized.</summary>
internal static class NonZeroCount
{
    /// <summary>The cells checked between two looks at the stopping count.</summary>
    private const int Stride = 4096;

    /// <summary>The number of non-zeros in <paramref name="values"/>, or some number of at least <paramref name="stopAt"/> once that many are found.</summary>
    public static long Of(ReadOnlySpan<double> values, long stopAt = long.MaxValue)
    {
        long count = 0;
        for (var start = 0; start < values.Length && count < stopAt; start += Stride)
        {
            count += Block(values.Slice(start, Math.Min(Stride, values.Length - start)));
        }
        return count;
    }

    private static int Block(ReadOnlySpan<double> values)
    {
        var count = 0;
        var i = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            var vectors = MemoryMarshal.Cast<double, Vector512<double>>(values);
            foreach (var v in vectors)
            {
                count += Vector512<double>.Count - BitOperations.PopCount(Vector512.Equals(v, Vector512<double>.Zero).ExtractMostSignificantBits());
            }
            i = vectors.Length * Vector512<double>.Count;
        }
        else if (Vector256.IsHardwareAccelerated)
        {
            var vectors = MemoryMarshal.Cast<double, Vector256<double>>(values);
            foreach (var v in vectors)
            {
                count += Vector256<double>.Count - BitOperations.PopCount(Vector256.Equals(v, Vector256<double>.Zero).ExtractMostSignificantBits());
            }
            i = vectors.Length * Vector256<double>.Count;
        }
        for (; i < values.Length; i++)
        {
            if (values[i] != 0)
            {
                count++;
            }
        }
        return count;
    }
}

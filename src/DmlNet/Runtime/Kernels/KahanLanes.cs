using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace DmlNet.Runtime.Kernels;

/// <summary>
/// Kahan summation in <see cref="Lanes"/> interleaved lanes (value i goes to lane i mod 32), so that
/// the adds of one lane do not wait for the previous value of another. Each lane keeps its own sum and
/// compensation; <see cref="AggregateKernels"/> folds the lanes into one Kahan sum in lane order. The
/// lane layout does not depend on the vector width, so results are the same on every machine.
/// </summary>
internal static class KahanLanes
{
    /// <summary>The number of lanes.</summary>
    public const int Lanes = 32;

    /// <summary>Values summed into one set of lanes before the lanes are folded (long rows and full sums go block by block).</summary>
    public const int BlockLength = 1 << 14;

    /// <summary>
    /// Sums <paramref name="values"/> (at most <see cref="BlockLength"/>) into 32 lane sums and compensations.
    /// False when a lane sum is not finite (an infinite or NaN value, or an overflow): the caller then sums sequentially.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool Sum(ReadOnlySpan<double> values, Span<double> sums, Span<double> compensations)
    {
        sums[..Lanes].Clear();
        compensations[..Lanes].Clear();
        var full = values.Length / Lanes * Lanes;
        if (Vector256.IsHardwareAccelerated && full > 0)
        {
            VectorSum(values[..full], sums, compensations);
        }
        else
        {
            full = 0;
        }
        for (var i = full; i < values.Length; i++)
        {
            var lane = i % Lanes;
            var corrected = values[i] - compensations[lane];
            var total = sums[lane] + corrected;
            compensations[lane] = (total - sums[lane]) - corrected;
            sums[lane] = total;
        }
        var finite = true;
        for (var lane = 0; lane < Lanes; lane++)
        {
            finite &= double.IsFinite(sums[lane]) && double.IsFinite(compensations[lane]);
        }
        return finite;
    }

    /// <summary>The lanes as 8 vectors of 4: vector v holds lanes 4v..4v+3.</summary>
    private static void VectorSum(ReadOnlySpan<double> values, Span<double> sums, Span<double> compensations)
    {
        Vector256<double> s0 = default, s1 = default, s2 = default, s3 = default, s4 = default, s5 = default, s6 = default, s7 = default;
        Vector256<double> c0 = default, c1 = default, c2 = default, c3 = default, c4 = default, c5 = default, c6 = default, c7 = default;
        ref var start = ref MemoryMarshal.GetReference(values);
        for (var i = 0; i < values.Length; i += Lanes)
        {
            ref var row = ref Unsafe.Add(ref start, i);
            Step(ref s0, ref c0, Vector256.LoadUnsafe(ref row));
            Step(ref s1, ref c1, Vector256.LoadUnsafe(ref row, 4));
            Step(ref s2, ref c2, Vector256.LoadUnsafe(ref row, 8));
            Step(ref s3, ref c3, Vector256.LoadUnsafe(ref row, 12));
            Step(ref s4, ref c4, Vector256.LoadUnsafe(ref row, 16));
            Step(ref s5, ref c5, Vector256.LoadUnsafe(ref row, 20));
            Step(ref s6, ref c6, Vector256.LoadUnsafe(ref row, 24));
            Step(ref s7, ref c7, Vector256.LoadUnsafe(ref row, 28));
        }
        Store(sums, s0, s1, s2, s3, s4, s5, s6, s7);
        Store(compensations, c0, c1, c2, c3, c4, c5, c6, c7);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Step(ref Vector256<double> sum, ref Vector256<double> compensation, Vector256<double> value)
    {
        var corrected = value - compensation;
        var total = sum + corrected;
        compensation = (total - sum) - corrected;
        sum = total;
    }

    private static void Store(Span<double> target, Vector256<double> v0, Vector256<double> v1, Vector256<double> v2, Vector256<double> v3,
        Vector256<double> v4, Vector256<double> v5, Vector256<double> v6, Vector256<double> v7)
    {
        v0.CopyTo(target);
        v1.CopyTo(target[4..]);
        v2.CopyTo(target[8..]);
        v3.CopyTo(target[12..]);
        v4.CopyTo(target[16..]);
        v5.CopyTo(target[20..]);
        v6.CopyTo(target[24..]);
        v7.CopyTo(target[28..]);
    }
}

using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace DmlNet.Runtime.Kernels;

/// <summary>
/// Tight loops applying a cell function over spans (vectorized where the function allows). Each
/// returns the number of non-zero results (NaN counts, -0 does not), counted while the values are
/// in registers, so that choosing the result's format needs no second pass over it.
/// </summary>
internal static class CellLoops
{
    /// <summary><c>r[i] = f(a[i], b[i])</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static long Binary<TCell>(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> r) where TCell : struct, IBinaryCell
    {
        var i = 0;
        long count = 0;
        if (TCell.IsVectorized && Vector.IsHardwareAccelerated)
        {
            var va = MemoryMarshal.Cast<double, Vector<double>>(a[..r.Length]);
            var vb = MemoryMarshal.Cast<double, Vector<double>>(b[..r.Length]);
            var vr = MemoryMarshal.Cast<double, Vector<double>>(r);
            for (var k = 0; k < vr.Length; k++)
            {
                var v = TCell.ApplyVector(va[k], vb[k]);
                vr[k] = v;
                count += NonZeros(v);
            }
            i = vr.Length * Vector<double>.Count;
        }
        for (; i < r.Length; i++)
        {
            var v = TCell.Apply(a[i], b[i]);
            r[i] = v;
            count += v != 0 ? 1 : 0;
        }
        return count;
    }

    /// <summary><c>r[i] = f(a[i], b)</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static long BinaryScalarRight<TCell>(ReadOnlySpan<double> a, double b, Span<double> r) where TCell : struct, IBinaryCell
    {
        var i = 0;
        long count = 0;
        if (TCell.IsVectorized && Vector.IsHardwareAccelerated)
        {
            var va = MemoryMarshal.Cast<double, Vector<double>>(a[..r.Length]);
            var vr = MemoryMarshal.Cast<double, Vector<double>>(r);
            var vb = new Vector<double>(b);
            for (var k = 0; k < vr.Length; k++)
            {
                var v = TCell.ApplyVector(va[k], vb);
                vr[k] = v;
                count += NonZeros(v);
            }
            i = vr.Length * Vector<double>.Count;
        }
        for (; i < r.Length; i++)
        {
            var v = TCell.Apply(a[i], b);
            r[i] = v;
            count += v != 0 ? 1 : 0;
        }
        return count;
    }

    /// <summary><c>r[i] = f(a, b[i])</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static long BinaryScalarLeft<TCell>(double a, ReadOnlySpan<double> b, Span<double> r) where TCell : struct, IBinaryCell
    {
        var i = 0;
        long count = 0;
        if (TCell.IsVectorized && Vector.IsHardwareAccelerated)
        {
            var vb = MemoryMarshal.Cast<double, Vector<double>>(b[..r.Length]);
            var vr = MemoryMarshal.Cast<double, Vector<double>>(r);
            var va = new Vector<double>(a);
            for (var k = 0; k < vr.Length; k++)
            {
                var v = TCell.ApplyVector(va, vb[k]);
                vr[k] = v;
                count += NonZeros(v);
            }
            i = vr.Length * Vector<double>.Count;
        }
        for (; i < r.Length; i++)
        {
            var v = TCell.Apply(a, b[i]);
            r[i] = v;
            count += v != 0 ? 1 : 0;
        }
        return count;
    }

    /// <summary><c>r[i] = f(a[i])</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static long Unary<TCell>(ReadOnlySpan<double> a, Span<double> r) where TCell : struct, IUnaryCell
    {
        long count = 0;
        a = a[..r.Length];
        for (var i = 0; i < r.Length; i++)
        {
            var v = TCell.Apply(a[i]);
            r[i] = v;
            count += v != 0 ? 1 : 0;
        }
        return count;
    }

    /// <summary>The lanes of <paramref name="v"/> that are not zero (a lane equal to zero compares as -1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long NonZeros(Vector<double> v) => Vector<double>.Count + Vector.Sum(Vector.Equals(v, Vector<double>.Zero));
}

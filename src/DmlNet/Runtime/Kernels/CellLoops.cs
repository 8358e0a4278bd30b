using System.Numerics;
using System.Runtime.InteropServices;

namespace DmlNet.Runtime.Kernels;

/// <summary>Tight loops applying a cell function over spans (vectorized where the function allows).</summary>
internal static class CellLoops
{
    /// <summary><c>r[i] = f(a[i], b[i])</c>.</summary>
    public static void Binary<TCell>(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> r) where TCell : struct, IBinaryCell
    {
        var i = 0;
        if (TCell.IsVectorized && Vector.IsHardwareAccelerated)
        {
            var va = MemoryMarshal.Cast<double, Vector<double>>(a);
            var vb = MemoryMarshal.Cast<double, Vector<double>>(b);
            var vr = MemoryMarshal.Cast<double, Vector<double>>(r);
            for (var k = 0; k < vr.Length && k < va.Length; k++)
            {
                vr[k] = TCell.ApplyVector(va[k], vb[k]);
            }
            i = Math.Min(vr.Length, va.Length) * Vector<double>.Count;
        }
        for (; i < r.Length; i++)
        {
            r[i] = TCell.Apply(a[i], b[i]);
        }
    }

    /// <summary><c>r[i] = f(a[i], b)</c>.</summary>
    public static void BinaryScalarRight<TCell>(ReadOnlySpan<double> a, double b, Span<double> r) where TCell : struct, IBinaryCell
    {
        var i = 0;
        if (TCell.IsVectorized && Vector.IsHardwareAccelerated)
        {
            var va = MemoryMarshal.Cast<double, Vector<double>>(a);
            var vr = MemoryMarshal.Cast<double, Vector<double>>(r);
            var vb = new Vector<double>(b);
            for (var k = 0; k < vr.Length && k < va.Length; k++)
            {
                vr[k] = TCell.ApplyVector(va[k], vb);
            }
            i = Math.Min(vr.Length, va.Length) * Vector<double>.Count;
        }
        for (; i < r.Length; i++)
        {
            r[i] = TCell.Apply(a[i], b);
        }
    }

    /// <summary><c>r[i] = f(a, b[i])</c>.</summary>
    public static void BinaryScalarLeft<TCell>(double a, ReadOnlySpan<double> b, Span<double> r) where TCell : struct, IBinaryCell
    {
        var i = 0;
        if (TCell.IsVectorized && Vector.IsHardwareAccelerated)
        {
            var vb = MemoryMarshal.Cast<double, Vector<double>>(b);
            var vr = MemoryMarshal.Cast<double, Vector<double>>(r);
            var va = new Vector<double>(a);
            for (var k = 0; k < vr.Length && k < vb.Length; k++)
            {
                vr[k] = TCell.ApplyVector(va, vb[k]);
            }
            i = Math.Min(vr.Length, vb.Length) * Vector<double>.Count;
        }
        for (; i < r.Length; i++)
        {
            r[i] = TCell.Apply(a, b[i]);
        }
    }

    /// <summary><c>r[i] = f(a[i])</c>.</summary>
    public static void Unary<TCell>(ReadOnlySpan<double> a, Span<double> r) where TCell : struct, IUnaryCell
    {
        for (var i = 0; i < r.Length; i++)
        {
            r[i] = TCell.Apply(a[i]);
        }
    }
}

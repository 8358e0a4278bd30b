using System.Buffers;
using System.Runtime.Intrinsics;

namespace DmlNet.Runtime.Kernels;

/// <summary>
/// Dense <c>C += A * B</c> on row-major arrays in the GotoBLAS style. C is split in one equal part
/// per thread (rows, or columns for few rows); for its part, a thread packs B in panels of NR columns per block of
/// <see cref="KC"/> x <see cref="NC"/>, A in panels of MR rows per block of <see cref="MC"/> x KC, and
/// updates MR x NR register tiles (<see cref="IGemmKernel"/>) with fused multiply-adds: 8 x 24 with
/// AVX-512, 4 x 3 vectors otherwise. (Sharing one packed B between the threads needs a barrier per
/// block; on the 2-core machine that measured 20-30% slower than packing B twice.)
/// </summary>
internal static unsafe class DenseGemm
{
    /// <summary>Depth of a packed block (A panel 8 x KC, B panel KC x 24 doubles).</summary>
    private const int KC = 384;

    /// <summary>Rows of a packed A block (stays in the L2 cache).</summary>
    private const int MC = 192;

    /// <summary>Columns of a packed B block (KC x NC doubles, 4.7 MB, per thread).</summary>
    private const int NC = 1536;

    /// <summary>Buffers are aligned to cache lines inside their arrays.</summary>
    private const int Alignment = 64;

    /// <summary>C (m x k times k x n) must be zeroed or hold values to add to.</summary>
    public static void Multiply(double[] a, double[] b, double[] c, int m, int k, int n)
    {
        if (Vector512.IsHardwareAccelerated)
        {
            Multiply<Avx512Kernel>(a, b, c, m, k, n);
        }
        else
        {
            Multiply<VectorKernel>(a, b, c, m, k, n);
        }
    }

    /// <summary>C += A * B with the register tile <typeparamref name="TKernel"/> (both tiles are tested on any machine).</summary>
    internal static void Multiply<TKernel>(double[] a, double[] b, double[] c, int m, int k, int n) where TKernel : struct, IGemmKernel
    {
        var (mr, nr) = (TKernel.Rows, TKernel.Columns);
        var threads = (long)m * n * k >= Parallelism.MinimumParallelWork ? Parallelism.Threads : 1;
        // One part of C per thread, each multiplied independently: no synchronization until the end.
        // Split by rows, every thread packs all of B (k x n) and its share of A; split by columns, all
        // of A (m x k) and its share of B. So rows when m >= n (less to pack, e.g. a 64-row batch times
        // a 784 x 512 weight packs B once instead of per thread), and whenever there are too few
        // columns or too many for few rows to give every thread several tiles.
        var rowsFit = m >= 4 * threads * mr;
        var columnsFit = n >= 4 * threads * nr;
        var byRows = !columnsFit || (rowsFit && m >= n);
        var (extent, unit) = byRows ? (m, mr) : (n, nr);
        var perPart = RoundUp((extent + threads - 1) / threads, unit);
        var parts = (extent + perPart - 1) / perPart;
        fixed (double* pa = a, pb = b, pc = c)
        {
            var (aAddress, bAddress, cAddress) = ((nint)pa, (nint)pb, (nint)pc);
            ForEach(threads, parts, part =>
            {
                var (first, end) = (part * perPart, Math.Min(extent, (part + 1) * perPart));
                MultiplyBlock<TKernel>((double*)aAddress, (double*)bAddress, (double*)cAddress, k, n,
                    byRows ? (first, end) : (0, m), byRows ? (0, n) : (first, end));
            });
        }
    }

    /// <summary>The block <paramref name="rows"/> x <paramref name="columns"/> (start, end) of C.</summary>
    private static void MultiplyBlock<TKernel>(double* a, double* b, double* c, int k, int n, (int Start, int End) rows,
        (int Start, int End) columns) where TKernel : struct, IGemmKernel
    {
        var (mr, nr) = (TKernel.Rows, TKernel.Columns);
        var kcMax = Math.Min(KC, k);
        var bLength = kcMax * RoundUp(Math.Min(NC, columns.End - columns.Start), nr);
        var aLength = RoundUp(Math.Min(MC, rows.End - rows.Start), mr) * kcMax;
        var buffer = ArrayPool<double>.Shared.Rent(bLength + aLength + mr * nr + 3 * Alignment / sizeof(double));
        try
        {
            fixed (double* pointer = buffer)
            {
                var packedB = Align(pointer);
                var packedA = Align(packedB + bLength);
                var tile = Align(packedA + aLength);
                for (var jc = columns.Start; jc < columns.End; jc += NC)
                {
                    var nc = Math.Min(NC, columns.End - jc);
                    for (var p0 = 0; p0 < k; p0 += KC)
                    {
                        var kc = Math.Min(KC, k - p0);
                        PackB(b + (long)p0 * n + jc, n, kc, nc, nr, packedB);
                        for (var ic = rows.Start; ic < rows.End; ic += MC)
                        {
                            var mc = Math.Min(MC, rows.End - ic);
                            PackA(a + (long)ic * k + p0, k, mc, kc, mr, packedA);
                            Macro<TKernel>(packedA, packedB, tile, c + (long)ic * n + jc, n, mc, nc, kc);
                        }
                    }
                }
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(buffer);
        }
    }

    /// <summary>Runs <paramref name="body"/> for 0..count-1, on up to <paramref name="threads"/> threads.</summary>
    private static void ForEach(int threads, int count, Action<int> body)
    {
        if (threads == 1 || count == 1)
        {
            for (var i = 0; i < count; i++)
            {
                body(i);
            }
            return;
        }
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = threads }, body);
    }

    private static int RoundUp(int value, int multiple) => (value + multiple - 1) / multiple * multiple;

    private static double* Align(double* pointer) => (double*)(((nint)pointer + Alignment - 1) & ~(nint)(Alignment - 1));

    /// <summary>All register tiles of one packed A block against one packed B block; edge tiles go through a scratch tile.</summary>
    private static void Macro<TKernel>(double* packedA, double* packedB, double* tile, double* c, int ldc, int mc, int nc, int kc)
        where TKernel : struct, IGemmKernel
    {
        var (mr, nr) = (TKernel.Rows, TKernel.Columns);
        for (var jr = 0; jr < nc; jr += nr)
        {
            var width = Math.Min(nr, nc - jr);
            var panelB = packedB + (long)jr * kc;
            for (var ir = 0; ir < mc; ir += mr)
            {
                var height = Math.Min(mr, mc - ir);
                var panelA = packedA + (long)ir * kc;
                var target = c + (long)ir * ldc + jr;
                if (height == mr && width == nr)
                {
                    TKernel.Run(kc, panelA, panelB, target, ldc);
                    continue;
                }
                new Span<double>(tile, mr * nr).Clear();
                TKernel.Run(kc, panelA, panelB, tile, nr);
                for (var r = 0; r < height; r++)
                {
                    for (var q = 0; q < width; q++)
                    {
                        target[(long)r * ldc + q] += tile[r * nr + q];
                    }
                }
            }
        }
    }

    /// <summary>Packs B[0..kc, 0..nc) (leading dimension ldb) as panels of nr columns, each row-major over k, zero-padded.</summary>
    private static void PackB(double* b, int ldb, int kc, int nc, int nr, double* packed)
    {
        for (var j0 = 0; j0 < nc; j0 += nr)
        {
            var width = Math.Min(nr, nc - j0);
            var target = packed + (long)j0 * kc;
            for (var p = 0; p < kc; p++)
            {
                new ReadOnlySpan<double>(b + (long)p * ldb + j0, width).CopyTo(new Span<double>(target, width));
                if (width < nr)
                {
                    new Span<double>(target + width, nr - width).Clear();
                }
                target += nr;
            }
        }
    }

    /// <summary>Packs A[0..mc, 0..kc) (leading dimension lda) as panels of mr rows, each column-major over k, zero-padded.</summary>
    private static void PackA(double* a, int lda, int mc, int kc, int mr, double* packed)
    {
        for (var i0 = 0; i0 < mc; i0 += mr)
        {
            var height = Math.Min(mr, mc - i0);
            var panel = packed + (long)i0 * kc;
            for (var r = 0; r < mr; r++)
            {
                if (r >= height)
                {
                    for (var p = 0; p < kc; p++)
                    {
                        panel[p * mr + r] = 0;
                    }
                    continue;
                }
                var row = a + (long)(i0 + r) * lda;
                for (var p = 0; p < kc; p++)
                {
                    panel[p * mr + r] = row[p];
                }
            }
        }
    }
}

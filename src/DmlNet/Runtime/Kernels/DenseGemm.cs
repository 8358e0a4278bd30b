using System.Buffers;
using System.Runtime.Intrinsics;

namespace DmlNet.Runtime.Kernels;

/// <summary>
/// Dense <c>C += A * B</c> on row-major arrays in the GotoBLAS style. The rows of C are cut into
/// chunks that run in parallel, each with its own packing buffers. Within a chunk, B is packed in
/// panels of NR columns per block of <see cref="KC"/> x <see cref="NC"/>, A in panels of MR rows per
/// block of <see cref="MC"/> x KC, and an MR x NR register tile (<see cref="IGemmKernel"/>) is updated
/// with fused multiply-adds: 8 x 24 with AVX-512, 4 x 3 vectors otherwise.
/// </summary>
internal static unsafe class DenseGemm
{
    /// <summary>Depth of a packed block (A panel 8 x KC, B panel KC x 24 doubles).</summary>
    private const int KC = 384;

    /// <summary>Rows of a packed A block (stays in the L2 cache).</summary>
    private const int MC = 192;

    /// <summary>Columns of a packed B block.</summary>
    private const int NC = 3072;

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
        var parallel = (long)m * n * k >= Parallelism.MinimumParallelWork && Parallelism.Threads > 1;
        var kcMax = Math.Min(KC, k);
        var ncMax = RoundUp(Math.Min(NC, n), nr);
        // Row blocks of A: MC rows, or fewer so that every thread gets some when m is small.
        var mc = parallel ? Math.Min(MC, Math.Max(mr, RoundUp((m + Parallelism.Threads - 1) / Parallelism.Threads, mr))) : MC;
        var blocks = (m + mc - 1) / mc;
        var packedBBuffer = ArrayPool<double>.Shared.Rent(kcMax * ncMax + Alignment / sizeof(double));
        try
        {
            fixed (double* pa = a, pb = b, pc = c, pbuffer = packedBBuffer)
            {
                var (aAddress, cAddress, packedB) = ((nint)pa, (nint)pc, (nint)Align(pbuffer));
                for (var jc = 0; jc < n; jc += NC)
                {
                    var nc = Math.Min(NC, n - jc);
                    for (var p0 = 0; p0 < k; p0 += KC)
                    {
                        var kc = Math.Min(KC, k - p0);
                        // B's block is packed once and shared; each row block of A is packed by the thread that multiplies it.
                        PackB(pb + (long)p0 * n + jc, n, kc, nc, nr, (double*)packedB);
                        var (jcBlock, pBlock) = (jc, p0);
                        void RowBlock(int block, double* packedA, double* tile)
                        {
                            var ic = block * mc;
                            var rows = Math.Min(mc, m - ic);
                            PackA((double*)aAddress + (long)ic * k + pBlock, k, rows, kc, mr, packedA);
                            Macro<TKernel>(packedA, (double*)packedB, tile, (double*)cAddress + (long)ic * n + jcBlock, n, rows, nc, kc);
                        }
                        if (!parallel || blocks == 1)
                        {
                            WithAPanel<TKernel>(mc, kc, (packedA, tile) =>
                            {
                                for (var block = 0; block < blocks; block++)
                                {
                                    RowBlock(block, packedA, tile);
                                }
                            });
                            continue;
                        }
                        Parallel.For(0, blocks, new ParallelOptions { MaxDegreeOfParallelism = Parallelism.Threads },
                            block => WithAPanel<TKernel>(mc, kc, (packedA, tile) => RowBlock(block, packedA, tile)));
                    }
                }
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(packedBBuffer);
        }
    }

    private static int RoundUp(int value, int multiple) => (value + multiple - 1) / multiple * multiple;

    /// <summary>Runs <paramref name="body"/> with an aligned buffer for a packed A block (mc x kc) and a scratch register tile.</summary>
    private static void WithAPanel<TKernel>(int mc, int kc, PanelAction body) where TKernel : struct, IGemmKernel
    {
        var (mr, nr) = (TKernel.Rows, TKernel.Columns);
        var length = RoundUp(mc, mr) * kc;
        var buffer = ArrayPool<double>.Shared.Rent(length + mr * nr + 2 * Alignment / sizeof(double));
        try
        {
            fixed (double* pointer = buffer)
            {
                var packedA = Align(pointer);
                body(packedA, Align(packedA + length));
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(buffer);
        }
    }

    private delegate void PanelAction(double* packedA, double* tile);

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

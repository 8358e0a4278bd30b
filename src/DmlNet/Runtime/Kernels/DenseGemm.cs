using System.Numerics;
using System.Runtime.CompilerServices;

namespace DmlNet.Runtime.Kernels;

/// <summary>
/// Dense <c>C += A * B</c> on row-major arrays in the GotoBLAS style: B is packed in panels of
/// <see cref="NR"/> columns per block of <see cref="KC"/> rows, A in panels of <see cref="MR"/>
/// rows per block of <see cref="MC"/> rows, and a register tile of MR x NR accumulators is
/// updated with fused multiply-adds. Row blocks of A run in parallel.
/// </summary>
internal static unsafe class DenseGemm
{
    private const int MR = 4;
    private static readonly int Width = Vector<double>.Count;
    private static readonly int NR = 3 * Vector<double>.Count;
    private const int KC = 256;
    private const int MC = 96;
    private const int NC = 2040;

    /// <summary>C (m x n) = A (m x k) * B (k x n); C must be zeroed.</summary>
    public static void Multiply(double[] a, double[] b, double[] c, int m, int k, int n)
    {
        var packedB = new double[KC * RoundUp(Math.Min(n, NC), NR)];
        for (var jc = 0; jc < n; jc += NC)
        {
            var nc = Math.Min(NC, n - jc);
            for (var pc = 0; pc < k; pc += KC)
            {
                var kc = Math.Min(KC, k - pc);
                PackB(b, n, pc, kc, jc, nc, packedB);
                var blocks = (m + MC - 1) / MC;
                var (jcCopy, pcCopy) = (jc, pc);
                Parallelism.ForRows(blocks, (long)m * nc * kc, (startBlock, endBlock) =>
                {
                    var packedA = new double[MC * KC];
                    for (var block = startBlock; block < endBlock; block++)
                    {
                        var ic = block * MC;
                        var mc = Math.Min(MC, m - ic);
                        PackA(a, k, ic, mc, pcCopy, kc, packedA);
                        Macro(packedA, packedB, c, n, ic, mc, jcCopy, nc, kc);
                    }
                });
            }
        }
    }

    private static int RoundUp(int value, int multiple) => (value + multiple - 1) / multiple * multiple;

    /// <summary>Packs B[pc..pc+kc, jc..jc+nc] as panels of NR columns, each panel row-major over k, zero-padded.</summary>
    private static void PackB(double[] b, int n, int pc, int kc, int jc, int nc, double[] packed)
    {
        var position = 0;
        for (var j0 = 0; j0 < nc; j0 += NR)
        {
            var width = Math.Min(NR, nc - j0);
            for (var p = 0; p < kc; p++)
            {
                var source = (long)(pc + p) * n + jc + j0;
                Array.Copy(b, source, packed, position, width);
                if (width < NR)
                {
                    Array.Clear(packed, position + width, NR - width);
                }
                position += NR;
            }
        }
    }

    /// <summary>Packs A[ic..ic+mc, pc..pc+kc] as panels of MR rows, each panel column-major over k, zero-padded.</summary>
    private static void PackA(double[] a, int k, int ic, int mc, int pc, int kc, double[] packed)
    {
        var position = 0;
        for (var i0 = 0; i0 < mc; i0 += MR)
        {
            var height = Math.Min(MR, mc - i0);
            for (var p = 0; p < kc; p++)
            {
                for (var r = 0; r < MR; r++)
                {
                    packed[position++] = r < height ? a[(long)(ic + i0 + r) * k + pc + p] : 0;
                }
            }
        }
    }

    private static void Macro(double[] packedA, double[] packedB, double[] c, int n, int ic, int mc, int jc, int nc, int kc)
    {
        Span<double> tile = stackalloc double[MR * 3 * 8];
        fixed (double* pa = packedA, pb = packedB, pcc = c)
        {
            for (var j0 = 0; j0 < nc; j0 += NR)
            {
                var width = Math.Min(NR, nc - j0);
                var panelB = pb + (long)(j0 / NR) * kc * NR;
                for (var i0 = 0; i0 < mc; i0 += MR)
                {
                    var height = Math.Min(MR, mc - i0);
                    var panelA = pa + (long)(i0 / MR) * kc * MR;
                    var target = pcc + (long)(ic + i0) * n + jc + j0;
                    if (height == MR && width == NR)
                    {
                        Kernel(kc, panelA, panelB, target, n);
                    }
                    else
                    {
                        fixed (double* t = tile)
                        {
                            new Span<double>(t, MR * NR).Clear();
                            Kernel(kc, panelA, panelB, t, NR);
                            for (var r = 0; r < height; r++)
                            {
                                for (var q = 0; q < width; q++)
                                {
                                    target[(long)r * n + q] += t[r * NR + q];
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// <summary>The MR x NR register tile: C[r, 0..NR) += sum over p of A[r, p] * B[p, 0..NR).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Kernel(int kc, double* a, double* b, double* c, int ldc)
    {
        var w = Width;
        Vector<double> c00 = default, c01 = default, c02 = default;
        Vector<double> c10 = default, c11 = default, c12 = default;
        Vector<double> c20 = default, c21 = default, c22 = default;
        Vector<double> c30 = default, c31 = default, c32 = default;
        for (var p = 0; p < kc; p++)
        {
            var b0 = Unsafe.ReadUnaligned<Vector<double>>(b);
            var b1 = Unsafe.ReadUnaligned<Vector<double>>(b + w);
            var b2 = Unsafe.ReadUnaligned<Vector<double>>(b + 2 * w);
            var a0 = new Vector<double>(a[0]);
            c00 = Vector.FusedMultiplyAdd(a0, b0, c00);
            c01 = Vector.FusedMultiplyAdd(a0, b1, c01);
            c02 = Vector.FusedMultiplyAdd(a0, b2, c02);
            var a1 = new Vector<double>(a[1]);
            c10 = Vector.FusedMultiplyAdd(a1, b0, c10);
            c11 = Vector.FusedMultiplyAdd(a1, b1, c11);
            c12 = Vector.FusedMultiplyAdd(a1, b2, c12);
            var a2 = new Vector<double>(a[2]);
            c20 = Vector.FusedMultiplyAdd(a2, b0, c20);
            c21 = Vector.FusedMultiplyAdd(a2, b1, c21);
            c22 = Vector.FusedMultiplyAdd(a2, b2, c22);
            var a3 = new Vector<double>(a[3]);
            c30 = Vector.FusedMultiplyAdd(a3, b0, c30);
            c31 = Vector.FusedMultiplyAdd(a3, b1, c31);
            c32 = Vector.FusedMultiplyAdd(a3, b2, c32);
            a += MR;
            b += 3 * w;
        }
        Accumulate(c, w, c00, c01, c02);
        Accumulate(c + ldc, w, c10, c11, c12);
        Accumulate(c + 2 * ldc, w, c20, c21, c22);
        Accumulate(c + 3 * ldc, w, c30, c31, c32);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Accumulate(double* row, int w, Vector<double> v0, Vector<double> v1, Vector<double> v2)
    {
        Unsafe.WriteUnaligned(row, Unsafe.ReadUnaligned<Vector<double>>(row) + v0);
        Unsafe.WriteUnaligned(row + w, Unsafe.ReadUnaligned<Vector<double>>(row + w) + v1);
        Unsafe.WriteUnaligned(row + 2 * w, Unsafe.ReadUnaligned<Vector<double>>(row + 2 * w) + v2);
    }
}

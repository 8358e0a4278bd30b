using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace DmlNet.Runtime.Kernels;

/// <summary>
/// A register-tile kernel of <see cref="DenseGemm"/>: <c>C[0..Rows, 0..Columns) += A * B</c> over
/// <c>kc</c> steps, where A is a packed panel (Rows values per step) and B a packed panel (Columns
/// values per step); C is row-major with leading dimension <c>ldc</c>.
/// </summary>
internal unsafe interface IGemmKernel
{
    /// <summary>Rows of the register tile (MR).</summary>
    static abstract int Rows { get; }

    /// <summary>Columns of the register tile (NR).</summary>
    static abstract int Columns { get; }

    /// <summary>Runs the tile over <paramref name="kc"/> steps.</summary>
    static abstract void Run(int kc, double* a, double* b, double* c, long ldc);
}

/// <summary>The AVX-512 tile: 8 rows x 24 columns in 24 zmm accumulators (3 loads of B and 8 broadcasts of A per 24 FMAs).</summary>
internal readonly unsafe struct Avx512Kernel : IGemmKernel
{
    /// <inheritdoc />
    public static int Rows => 8;

    /// <inheritdoc />
    public static int Columns => 24;

    /// <inheritdoc />
    // Not inlined: inside a caller with more live values the JIT would spill the accumulators.
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static void Run(int kc, double* a, double* b, double* c, long ldc)
    {
        Vector512<double> c00 = default, c01 = default, c02 = default, c10 = default, c11 = default, c12 = default;
        Vector512<double> c20 = default, c21 = default, c22 = default, c30 = default, c31 = default, c32 = default;
        Vector512<double> c40 = default, c41 = default, c42 = default, c50 = default, c51 = default, c52 = default;
        Vector512<double> c60 = default, c61 = default, c62 = default, c70 = default, c71 = default, c72 = default;
        for (var p = 0; p < kc; p++)
        {
            var b0 = Vector512.Load(b);
            var b1 = Vector512.Load(b + 8);
            var b2 = Vector512.Load(b + 16);
            var x = Vector512.Create(a[0]);
            c00 = Vector512.FusedMultiplyAdd(x, b0, c00);
            c01 = Vector512.FusedMultiplyAdd(x, b1, c01);
            c02 = Vector512.FusedMultiplyAdd(x, b2, c02);
            x = Vector512.Create(a[1]);
            c10 = Vector512.FusedMultiplyAdd(x, b0, c10);
            c11 = Vector512.FusedMultiplyAdd(x, b1, c11);
            c12 = Vector512.FusedMultiplyAdd(x, b2, c12);
            x = Vector512.Create(a[2]);
            c20 = Vector512.FusedMultiplyAdd(x, b0, c20);
            c21 = Vector512.FusedMultiplyAdd(x, b1, c21);
            c22 = Vector512.FusedMultiplyAdd(x, b2, c22);
            x = Vector512.Create(a[3]);
            c30 = Vector512.FusedMultiplyAdd(x, b0, c30);
            c31 = Vector512.FusedMultiplyAdd(x, b1, c31);
            c32 = Vector512.FusedMultiplyAdd(x, b2, c32);
            x = Vector512.Create(a[4]);
            c40 = Vector512.FusedMultiplyAdd(x, b0, c40);
            c41 = Vector512.FusedMultiplyAdd(x, b1, c41);
            c42 = Vector512.FusedMultiplyAdd(x, b2, c42);
            x = Vector512.Create(a[5]);
            c50 = Vector512.FusedMultiplyAdd(x, b0, c50);
            c51 = Vector512.FusedMultiplyAdd(x, b1, c51);
            c52 = Vector512.FusedMultiplyAdd(x, b2, c52);
            x = Vector512.Create(a[6]);
            c60 = Vector512.FusedMultiplyAdd(x, b0, c60);
            c61 = Vector512.FusedMultiplyAdd(x, b1, c61);
            c62 = Vector512.FusedMultiplyAdd(x, b2, c62);
            x = Vector512.Create(a[7]);
            c70 = Vector512.FusedMultiplyAdd(x, b0, c70);
            c71 = Vector512.FusedMultiplyAdd(x, b1, c71);
            c72 = Vector512.FusedMultiplyAdd(x, b2, c72);
            a += 8;
            b += 24;
        }
        Accumulate(c, c00, c01, c02);
        Accumulate(c + ldc, c10, c11, c12);
        Accumulate(c + 2 * ldc, c20, c21, c22);
        Accumulate(c + 3 * ldc, c30, c31, c32);
        Accumulate(c + 4 * ldc, c40, c41, c42);
        Accumulate(c + 5 * ldc, c50, c51, c52);
        Accumulate(c + 6 * ldc, c60, c61, c62);
        Accumulate(c + 7 * ldc, c70, c71, c72);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Accumulate(double* row, Vector512<double> v0, Vector512<double> v1, Vector512<double> v2)
    {
        Vector512.Store(Vector512.Load(row) + v0, row);
        Vector512.Store(Vector512.Load(row + 8) + v1, row + 8);
        Vector512.Store(Vector512.Load(row + 16) + v2, row + 16);
    }
}

/// <summary>The portable tile: 4 rows x 3 vectors of <see cref="Vector{T}"/> (AVX2: 4 x 12), for machines without AVX-512.</summary>
internal readonly unsafe struct VectorKernel : IGemmKernel
{
    /// <inheritdoc />
    public static int Rows => 4;

    /// <inheritdoc />
    public static int Columns => 3 * Vector<double>.Count;

    /// <inheritdoc />
    // Not inlined: inside a caller with more live values the JIT would spill the accumulators.
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static void Run(int kc, double* a, double* b, double* c, long ldc)
    {
        var w = Vector<double>.Count;
        Vector<double> c00 = default, c01 = default, c02 = default, c10 = default, c11 = default, c12 = default;
        Vector<double> c20 = default, c21 = default, c22 = default, c30 = default, c31 = default, c32 = default;
        for (var p = 0; p < kc; p++)
        {
            var b0 = Unsafe.ReadUnaligned<Vector<double>>(b);
            var b1 = Unsafe.ReadUnaligned<Vector<double>>(b + w);
            var b2 = Unsafe.ReadUnaligned<Vector<double>>(b + 2 * w);
            var x = new Vector<double>(a[0]);
            c00 = Vector.FusedMultiplyAdd(x, b0, c00);
            c01 = Vector.FusedMultiplyAdd(x, b1, c01);
            c02 = Vector.FusedMultiplyAdd(x, b2, c02);
            x = new Vector<double>(a[1]);
            c10 = Vector.FusedMultiplyAdd(x, b0, c10);
            c11 = Vector.FusedMultiplyAdd(x, b1, c11);
            c12 = Vector.FusedMultiplyAdd(x, b2, c12);
            x = new Vector<double>(a[2]);
            c20 = Vector.FusedMultiplyAdd(x, b0, c20);
            c21 = Vector.FusedMultiplyAdd(x, b1, c21);
            c22 = Vector.FusedMultiplyAdd(x, b2, c22);
            x = new Vector<double>(a[3]);
            c30 = Vector.FusedMultiplyAdd(x, b0, c30);
            c31 = Vector.FusedMultiplyAdd(x, b1, c31);
            c32 = Vector.FusedMultiplyAdd(x, b2, c32);
            a += 4;
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

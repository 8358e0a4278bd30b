using System.Numerics;
using DmlNet.Runtime.Data;

namespace DmlNet.Runtime.Kernels;

/// <summary>
/// <c>A %*% B</c> for dense and sparse blocks. Dense products use a packed, cache-blocked kernel
/// with a SIMD register tile (<see cref="DenseGemm"/>), split over the cores by row blocks;
/// sparse operands are multiplied row by row without densifying them.
/// </summary>
public static class MatrixMultiply
{
    /// <summary>The matrix product.</summary>
    public static MatrixBlock Multiply(MatrixBlock a, MatrixBlock b)
    {
        if (a.Columns != b.Rows)
        {
            throw new DmlRuntimeException(
                $"matrix multiplication needs ncol(A) == nrow(B), got {a.Rows} x {a.Columns} %*% {b.Rows} x {b.Columns}");
        }
        var (m, n) = (a.Rows, b.Columns);
        if (m == 0 || n == 0 || a.Columns == 0)
        {
            return MatrixBlock.Filled(m, n, 0);
        }
        var anyEmpty = IsAllZero(a) || IsAllZero(b);
        // Skipping zeros (an all-zero operand, the sparse kernels) is exact only without NaN and infinities: 0 * NaN is NaN.
        var skipsZeros = anyEmpty || a.IsSparse || b.IsSparse;
        var formEveryProduct = skipsZeros && !(FiniteValues.All(a) && FiniteValues.All(b));
        if (anyEmpty && !formEveryProduct)
        {
            return MatrixBlock.Filled(m, n, 0);
        }
        // The kernels add into the result, reading each cell before writing it. Memory fresh from the OS
        // read first maps the shared zero page, and the first write then faults again and flushes the TLB
        // of every core the process runs on (a costly IPI in a VM): zeroing it first is one write fault.
        var result = ResultArrays.Uninitialized((long)m * n);
        Array.Clear(result);
        if (formEveryProduct)
        {
            DenseProduct(a.DenseValues(), b.DenseValues(), m, a.Columns, n, result);
        }
        else if (a.Sparse is { } sa)
        {
            if (b.Sparse is { } sb)
            {
                SparseSparse(sa, sb, n, result);
            }
            else
            {
                SparseDense(sa, b.Dense!, n, result);
            }
        }
        else if (b.Sparse is { } sb)
        {
            DenseSparse(a.Dense!, a.Columns, sb, m, n, result);
        }
        else
        {
            DenseProduct(a.Dense!, b.Dense!, m, a.Columns, n, result);
        }
        return MatrixBlock.FromDense(m, n, result).WithBestFormat();
    }

    /// <summary>Dense C = A B, every product formed (no zero is skipped).</summary>
    private static void DenseProduct(double[] a, double[] b, int m, int k, int n, double[] c)
    {
        if (n == 1)
        {
            MatrixVector(a, m, k, b, c);
        }
        else
        {
            DenseGemm.Multiply(a, b, c, m, k, n);
        }
    }

    /// <summary>True when the block has no non-zero (a dense block is scanned only up to its first non-zero).</summary>
    private static bool IsAllZero(MatrixBlock block) => (block.Sparse?.NonZeroCount ?? NonZeroCount.Of(block.Dense!, stopAt: 1)) == 0;

    private static void MatrixVector(double[] a, int m, int k, double[] x, double[] y)
    {
        Parallelism.ForRows(m, (long)m * k, (start, end) =>
        {
            var xs = x.AsSpan(0, k);
            for (var i = start; i < end; i++)
            {
                y[i] = Dot(a.AsSpan(i * k, k), xs);
            }
        });
    }

    /// <summary>The dot product of two spans of equal length, vectorized.</summary>
    public static double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        var i = 0;
        var sum = 0.0;
        if (Vector.IsHardwareAccelerated && x.Length >= 2 * Vector<double>.Count)
        {
            var s0 = Vector<double>.Zero;
            var s1 = Vector<double>.Zero;
            var width = Vector<double>.Count;
            for (; i + 2 * width <= x.Length; i += 2 * width)
            {
                s0 = Vector.FusedMultiplyAdd(new Vector<double>(x[i..]), new Vector<double>(y[i..]), s0);
                s1 = Vector.FusedMultiplyAdd(new Vector<double>(x[(i + width)..]), new Vector<double>(y[(i + width)..]), s1);
            }
            sum = Vector.Sum(s0 + s1);
        }
        for (; i < x.Length; i++)
        {
            sum += x[i] * y[i];
        }
        return sum;
    }

    /// <summary><c>y += alpha * x</c>, vectorized.</summary>
    public static void Axpy(double alpha, ReadOnlySpan<double> x, Span<double> y)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var width = Vector<double>.Count;
            var va = new Vector<double>(alpha);
            for (; i + width <= x.Length; i += width)
            {
                Vector.FusedMultiplyAdd(va, new Vector<double>(x[i..]), new Vector<double>(y[i..])).CopyTo(y[i..]);
            }
        }
        for (; i < x.Length; i++)
        {
            y[i] += alpha * x[i];
        }
    }

    private static void SparseDense(SparseRows a, double[] b, int n, double[] c)
    {
        Parallelism.ForRows(a.RowCount, (long)a.NonZeroCount * n, (start, end) =>
        {
            for (var i = start; i < end; i++)
            {
                var row = c.AsSpan(i * n, n);
                var (p, last) = (a.RowStart[i], a.RowStart[i + 1]);
                for (; p + 4 <= last; p += 4)
                {
                    Axpy4(a.Values.AsSpan(p, 4), a.ColumnIndexes.AsSpan(p, 4), b, n, row);
                }
                for (; p < last; p++)
                {
                    Axpy(a.Values[p], b.AsSpan(a.ColumnIndexes[p] * n, n), row);
                }
            }
        });
    }

    /// <summary>
    /// Four <see cref="Axpy"/> calls (<c>y += alpha[q] * B[row[q], :]</c>, q = 0..3) in one pass over y, with the
    /// same operations in the same order per cell (so the same result) but a quarter of the loads and stores of y.
    /// </summary>
    private static void Axpy4(ReadOnlySpan<double> alpha, ReadOnlySpan<int> rows, double[] b, int n, Span<double> y)
    {
        var x0 = b.AsSpan(rows[0] * n, n);
        var x1 = b.AsSpan(rows[1] * n, n);
        var x2 = b.AsSpan(rows[2] * n, n);
        var x3 = b.AsSpan(rows[3] * n, n);
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var width = Vector<double>.Count;
            var (a0, a1, a2, a3) = (new Vector<double>(alpha[0]), new Vector<double>(alpha[1]), new Vector<double>(alpha[2]), new Vector<double>(alpha[3]));
            for (; i + width <= n; i += width)
            {
                var sum = Vector.FusedMultiplyAdd(a0, new Vector<double>(x0[i..]), new Vector<double>(y[i..]));
                sum = Vector.FusedMultiplyAdd(a1, new Vector<double>(x1[i..]), sum);
                sum = Vector.FusedMultiplyAdd(a2, new Vector<double>(x2[i..]), sum);
                Vector.FusedMultiplyAdd(a3, new Vector<double>(x3[i..]), sum).CopyTo(y[i..]);
            }
        }
        for (; i < n; i++)
        {
            var sum = y[i] + alpha[0] * x0[i];
            sum += alpha[1] * x1[i];
            sum += alpha[2] * x2[i];
            y[i] = sum + alpha[3] * x3[i];
        }
    }

    private static void DenseSparse(double[] a, int k, SparseRows b, int m, int n, double[] c)
    {
        Parallelism.ForRows(m, (long)m * b.NonZeroCount, (start, end) =>
        {
            for (var i = start; i < end; i++)
            {
                var offset = i * n;
                for (var kk = 0; kk < k; kk++)
                {
                    var v = a[i * k + kk];
                    if (v == 0)
                    {
                        continue;
                    }
                    for (var p = b.RowStart[kk]; p < b.RowStart[kk + 1]; p++)
                    {
                        c[offset + b.ColumnIndexes[p]] += v * b.Values[p];
                    }
                }
            }
        });
    }

    private static void SparseSparse(SparseRows a, SparseRows b, int n, double[] c)
    {
        Parallelism.ForRows(a.RowCount, (long)a.NonZeroCount * Math.Max(1, b.NonZeroCount / Math.Max(1, b.RowCount)), (start, end) =>
        {
            for (var i = start; i < end; i++)
            {
                var offset = i * n;
                for (var p = a.RowStart[i]; p < a.RowStart[i + 1]; p++)
                {
                    var v = a.Values[p];
                    var kk = a.ColumnIndexes[p];
                    for (var q = b.RowStart[kk]; q < b.RowStart[kk + 1]; q++)
                    {
                        c[offset + b.ColumnIndexes[q]] += v * b.Values[q];
                    }
                }
            }
        });
    }
}

using System.Numerics;
using DmlNet.Runtime.Data;

namespace DmlNet.Runtime.Kernels;

/// <summary>
/// Column aggregates (colSums, colMeans, colMaxs, ...) in one pass over the rows, keeping one
/// running state per column, so no transposed copy is made. The per-column arithmetic is the
/// same as the row and full aggregates: Kahan-compensated sums, Welford variances, implicit zeros
/// of sparse blocks included, NaN propagating through sums, products, minimums and maximums.
/// </summary>
internal static class ColumnAggregates
{
    /// <summary>Columns per parallel chunk below which a chunk is not worth its own thread.</summary>
    private const int MinimumChunkColumns = 64;

    /// <summary>The aggregate of each column of <paramref name="block"/>.</summary>
    public static double[] Compute(AggregateOp op, MatrixBlock block)
    {
        var result = new double[block.Columns];
        if (block.Sparse is { } sparse)
        {
            Sparse(op, sparse, block.Rows, result);
            return result;
        }
        var dense = block.Dense!;
        var (rows, columns) = (block.Rows, block.Columns);
        var chunks = (columns + MinimumChunkColumns - 1) / MinimumChunkColumns;
        Parallelism.ForRows(chunks, block.CellCount, (firstChunk, endChunk) =>
        {
            var from = firstChunk * MinimumChunkColumns;
            var to = Math.Min(columns, endChunk * MinimumChunkColumns);
            Dense(op, dense, rows, columns, from, to, result);
        });
        return result;
    }

    /// <summary>Aggregates columns [from, to) of a dense row-major block into <paramref name="result"/>.</summary>
    private static void Dense(AggregateOp op, double[] values, int rows, int columns, int from, int to, double[] result)
    {
        var width = to - from;
        var output = result.AsSpan(from, width);
        switch (op)
        {
            case AggregateOp.Sum or AggregateOp.Mean:
                var compensation = new double[width];
                for (var i = 0; i < rows; i++)
                {
                    KahanAddRow(output, compensation, values.AsSpan(i * columns + from, width));
                }
                if (op == AggregateOp.Mean)
                {
                    for (var j = 0; j < width; j++)
                    {
                        output[j] /= rows;
                    }
                }
                break;
            case AggregateOp.Product:
                output.Fill(1);
                for (var i = 0; i < rows; i++)
                {
                    var row = values.AsSpan(i * columns + from, width);
                    for (var j = 0; j < width; j++)
                    {
                        output[j] *= row[j];
                    }
                }
                break;
            case AggregateOp.Max or AggregateOp.Min:
                var max = op == AggregateOp.Max;
                output.Fill(max ? double.NegativeInfinity : double.PositiveInfinity);
                for (var i = 0; i < rows; i++)
                {
                    var row = values.AsSpan(i * columns + from, width);
                    for (var j = 0; j < width; j++)
                    {
                        output[j] = max ? Math.Max(output[j], row[j]) : Math.Min(output[j], row[j]);
                    }
                }
                break;
            case AggregateOp.Variance or AggregateOp.StdDev:
                var mean = new double[width];
                for (var i = 0; i < rows; i++)
                {
                    var row = values.AsSpan(i * columns + from, width);
                    for (var j = 0; j < width; j++)
                    {
                        var delta = row[j] - mean[j];
                        mean[j] += delta / (i + 1);
                        output[j] += delta * (row[j] - mean[j]);
                    }
                }
                for (var j = 0; j < width; j++)
                {
                    output[j] = AggregateKernels.SampleVariance(op, output[j], rows);
                }
                break;
            default:
                throw new ArgumentException("index aggregates are row-wise only", nameof(op));
        }
    }

    /// <summary>Kahan-adds one row slice to per-column sums, vectorized; an infinite or NaN partial sum falls back to plain addition.</summary>
    private static void KahanAddRow(Span<double> sums, Span<double> compensation, ReadOnlySpan<double> row)
    {
        var j = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; j <= row.Length - Vector<double>.Count; j += Vector<double>.Count)
            {
                var v = new Vector<double>(row[j..]);
                var s = new Vector<double>(sums[j..]);
                var corrected = v - new Vector<double>(compensation[j..]);
                var total = s + corrected;
                ((total - s) - corrected).CopyTo(compensation[j..]);
                var finite = Vector.Equals(total - total, Vector<double>.Zero);
                Vector.ConditionalSelect(finite, total, s + v).CopyTo(sums[j..]);
            }
        }
        for (; j < row.Length; j++)
        {
            var corrected = row[j] - compensation[j];
            var total = sums[j] + corrected;
            compensation[j] = (total - sums[j]) - corrected;
            sums[j] = double.IsFinite(total) ? total : sums[j] + row[j];
        }
    }

    /// <summary>Aggregates every column of a CSR block: its non-zeros first, then its implicit zeros.</summary>
    private static void Sparse(AggregateOp op, SparseRows sparse, int rows, double[] result)
    {
        var columns = result.Length;
        var counts = new long[columns];
        var nnz = sparse.NonZeroCount;
        for (var p = 0; p < nnz; p++)
        {
            counts[sparse.ColumnIndexes[p]]++;
        }
        switch (op)
        {
            case AggregateOp.Sum or AggregateOp.Mean:
                var compensation = new double[columns];
                for (var p = 0; p < nnz; p++)
                {
                    var j = sparse.ColumnIndexes[p];
                    var v = sparse.Values[p];
                    var corrected = v - compensation[j];
                    var total = result[j] + corrected;
                    compensation[j] = (total - result[j]) - corrected;
                    result[j] = double.IsFinite(total) ? total : result[j] + v;
                }
                if (op == AggregateOp.Mean)
                {
                    for (var j = 0; j < columns; j++)
                    {
                        result[j] /= rows;
                    }
                }
                break;
            case AggregateOp.Product:
                Array.Fill(result, 1);
                for (var p = 0; p < nnz; p++)
                {
                    result[sparse.ColumnIndexes[p]] *= sparse.Values[p];
                }
                for (var j = 0; j < columns; j++)
                {
                    result[j] *= counts[j] < rows ? 0 : 1;
                }
                break;
            case AggregateOp.Max or AggregateOp.Min:
                var max = op == AggregateOp.Max;
                Array.Fill(result, max ? double.NegativeInfinity : double.PositiveInfinity);
                for (var p = 0; p < nnz; p++)
                {
                    var j = sparse.ColumnIndexes[p];
                    result[j] = max ? Math.Max(result[j], sparse.Values[p]) : Math.Min(result[j], sparse.Values[p]);
                }
                for (var j = 0; j < columns; j++)
                {
                    if (counts[j] < rows)
                    {
                        result[j] = max ? Math.Max(result[j], 0) : Math.Min(result[j], 0);
                    }
                }
                break;
            case AggregateOp.Variance or AggregateOp.StdDev:
                SparseVariance(op, sparse, rows, counts, result);
                break;
            default:
                throw new ArgumentException("index aggregates are row-wise only", nameof(op));
        }
    }

    /// <summary>Welford over each column's non-zeros, then the column's zeros merged in as one group (Chan et al.).</summary>
    private static void SparseVariance(AggregateOp op, SparseRows sparse, int rows, long[] counts, double[] result)
    {
        var columns = result.Length;
        var mean = new double[columns];
        var seen = new long[columns];
        for (var p = 0; p < sparse.NonZeroCount; p++)
        {
            var j = sparse.ColumnIndexes[p];
            var v = sparse.Values[p];
            seen[j]++;
            var delta = v - mean[j];
            mean[j] += delta / seen[j];
            result[j] += delta * (v - mean[j]);
        }
        for (var j = 0; j < columns; j++)
        {
            var zeros = rows - counts[j];
            if (zeros > 0 && counts[j] > 0)
            {
                result[j] += mean[j] * mean[j] * counts[j] * zeros / rows;
            }
            result[j] = AggregateKernels.SampleVariance(op, result[j], rows);
        }
    }
}

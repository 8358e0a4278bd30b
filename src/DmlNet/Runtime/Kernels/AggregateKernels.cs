using DmlNet.Runtime.Data;

namespace DmlNet.Runtime.Kernels;

/// <summary>
/// Aggregates over all cells, each row (m x 1 result) or each column (1 x n result). Implicit
/// zeros of sparse blocks take part like stored cells (so the max of a sparse matrix with only
/// negative non-zeros is 0). Sums use Kahan compensation, as SystemDS does.
/// </summary>
public static class AggregateKernels
{
    /// <summary>The aggregate of every cell of the block.</summary>
    public static double Full(AggregateOp op, MatrixBlock block)
    {
        var accumulator = Accumulator.Start(op);
        if (block.Sparse is { } sparse)
        {
            accumulator.AddRange(sparse.Values.AsSpan(0, sparse.NonZeroCount), 0);
            accumulator.AddZeros(block.CellCount - sparse.NonZeroCount);
        }
        else if (op is AggregateOp.Sum or AggregateOp.Mean && block.Dense!.LongLength >= Parallelism.MinimumParallelWork)
        {
            accumulator.AddSumsInParallel(block.Dense);
        }
        else
        {
            accumulator.AddRange(block.Dense!, 0);
        }
        return accumulator.Result();
    }

    /// <summary>The aggregate of each row, as a column vector.</summary>
    public static MatrixBlock Rows(AggregateOp op, MatrixBlock block)
    {
        var result = new double[block.Rows];
        var columns = block.Columns;
        Parallelism.ForRows(block.Rows, block.CellCount, (start, end) =>
        {
            for (var i = start; i < end; i++)
            {
                var accumulator = Accumulator.Start(op);
                if (block.Sparse is { } sparse)
                {
                    RowOfSparse(ref accumulator, sparse, i, columns);
                }
                else
                {
                    accumulator.AddRange(block.Dense.AsSpan(i * columns, columns), 0);
                }
                result[i] = accumulator.Result();
            }
        });
        return MatrixBlock.FromDense(block.Rows, 1, result).WithBestFormat();
    }

    /// <summary>The aggregate of each column, as a row vector.</summary>
    public static MatrixBlock Columns(AggregateOp op, MatrixBlock block)
    {
        if (op is AggregateOp.IndexOfMax or AggregateOp.IndexOfMin)
        {
            throw new ArgumentException("index aggregates are row-wise only", nameof(op));
        }
        return MatrixBlock.FromDense(1, block.Columns, ColumnAggregates.Compute(op, block)).WithBestFormat();
    }

    /// <summary>
    /// The sample variance (or standard deviation) from a sum of squared deviations <paramref name="m2"/>
    /// over <paramref name="count"/> values: divides by n - 1; one value gives 0 whatever it is (SystemDS's
    /// CM_COV_Object checks the weight before using the moments); no values give NaN.
    /// </summary>
    internal static double SampleVariance(AggregateOp op, double m2, long count)
    {
        var variance = count switch
        {
            0 => double.NaN,
            1 => 0,
            _ => m2 / (count - 1),
        };
        return op == AggregateOp.StdDev ? Math.Sqrt(variance) : variance;
    }

    /// <summary><c>trace(X)</c>: the Kahan-compensated sum of the diagonal of a square matrix (0 for 0 x 0).</summary>
    public static double Trace(MatrixBlock block)
    {
        LinearAlgebraKernels.RequireSquare(block, "trace()", "x");
        var sum = new KahanSum();
        for (var i = 0; i < block.Rows; i++)
        {
            sum.Add(block.Get(i, i));
        }
        return sum.Value;
    }

    /// <summary>Feeds row i of a sparse block, implicit zeros included, in column order (for index aggregates).</summary>
    private static void RowOfSparse(ref Accumulator accumulator, SparseRows sparse, int i, int columns)
    {
        var start = sparse.RowStart[i];
        var end = sparse.RowStart[i + 1];
        if (!accumulator.NeedsPositions)
        {
            accumulator.AddRange(sparse.Values.AsSpan(start, end - start), 0);
            accumulator.AddZeros(columns - (end - start));
            return;
        }
        var next = 0;
        for (var p = start; p < end; p++)
        {
            var j = sparse.ColumnIndexes[p];
            for (; next < j; next++)
            {
                accumulator.Add(0, next);
            }
            accumulator.Add(sparse.Values[p], j);
            next = j + 1;
        }
        for (; next < columns; next++)
        {
            accumulator.Add(0, next);
        }
    }

    /// <summary>The running state of one aggregate.</summary>
    private struct Accumulator
    {
        private AggregateOp op;
        private long count;
        private double sum;
        private double compensation;
        private double mean;
        private double m2;
        private double extreme;
        private int index;

        public static Accumulator Start(AggregateOp op) => new()
        {
            op = op,
            sum = op == AggregateOp.Product ? 1 : 0,
            extreme = op switch
            {
                AggregateOp.Max or AggregateOp.IndexOfMax => double.NegativeInfinity,
                AggregateOp.Min or AggregateOp.IndexOfMin => double.PositiveInfinity,
                _ => 0,
            },
        };

        /// <summary>True for the index aggregates, which need every cell with its column.</summary>
        public readonly bool NeedsPositions => op is AggregateOp.IndexOfMax or AggregateOp.IndexOfMin;

        public void AddRange(ReadOnlySpan<double> values, int firstColumn)
        {
            switch (op)
            {
                case AggregateOp.Sum or AggregateOp.Mean:
                    AddSums(values);
                    count += values.Length;
                    break;
                case AggregateOp.Product:
                    foreach (var v in values)
                    {
                        sum *= v;
                    }
                    count += values.Length;
                    break;
                case AggregateOp.Max:
                    extreme = Math.Max(extreme, VectorExtremes.Max(values));
                    count += values.Length;
                    break;
                case AggregateOp.Min:
                    extreme = Math.Min(extreme, VectorExtremes.Min(values));
                    count += values.Length;
                    break;
                default:
                    for (var k = 0; k < values.Length; k++)
                    {
                        Add(values[k], firstColumn + k);
                    }
                    break;
            }
        }

        public void AddZeros(long zeros)
        {
            if (zeros <= 0)
            {
                return;
            }
            switch (op)
            {
                case AggregateOp.Sum or AggregateOp.Mean:
                    count += zeros;
                    break;
                case AggregateOp.Product:
                    sum *= 0;
                    count += zeros;
                    break;
                case AggregateOp.Max or AggregateOp.Min:
                    extreme = op == AggregateOp.Max ? Math.Max(extreme, 0) : Math.Min(extreme, 0);
                    count += zeros;
                    break;
                case AggregateOp.Variance or AggregateOp.StdDev:
                    var total = count + zeros;
                    var delta = -mean;
                    m2 += delta * delta * count * zeros / total;
                    mean += delta * zeros / total;
                    count = total;
                    break;
                default:
                    throw new InvalidOperationException("index aggregates need positions");
            }
        }

        public void Add(double v, int column)
        {
            switch (op)
            {
                case AggregateOp.Variance or AggregateOp.StdDev:
                    count++;
                    var delta = v - mean;
                    mean += delta / count;
                    m2 += delta * (v - mean);
                    break;
                case AggregateOp.IndexOfMax:
                    if (v >= extreme)
                    {
                        extreme = v;
                        index = column;
                    }
                    break;
                case AggregateOp.IndexOfMin:
                    if (v <= extreme)
                    {
                        extreme = v;
                        index = column;
                    }
                    break;
                default:
                    AddRange([v], column);
                    break;
            }
        }

        /// <summary>
        /// Adds values to a sum: a few values one by one, longer runs block by block in Kahan lanes
        /// (<see cref="KahanLanes"/>); from a block with an infinite or NaN value on, one by one again.
        /// </summary>
        private void AddSums(ReadOnlySpan<double> values)
        {
            if (values.Length <= KahanLanes.Lanes)
            {
                foreach (var v in values)
                {
                    KahanAdd(v);
                }
                return;
            }
            Span<double> sums = stackalloc double[KahanLanes.Lanes];
            Span<double> compensations = stackalloc double[KahanLanes.Lanes];
            for (var start = 0; start < values.Length; start += KahanLanes.BlockLength)
            {
                if (!KahanLanes.Sum(values.Slice(start, Math.Min(KahanLanes.BlockLength, values.Length - start)), sums, compensations))
                {
                    AddOneByOne(values[start..]);
                    return;
                }
                AddLanes(sums, compensations);
            }
        }

        /// <summary>The same sum as <see cref="AddSums"/> (same blocks, folded in the same order), the blocks computed in parallel.</summary>
        public void AddSumsInParallel(double[] values)
        {
            var blocks = (int)((values.LongLength + KahanLanes.BlockLength - 1) / KahanLanes.BlockLength);
            var sums = new double[(long)blocks * KahanLanes.Lanes];
            var compensations = new double[sums.LongLength];
            var finite = new bool[blocks];
            Parallelism.ForRows(blocks, values.LongLength, (first, end) =>
            {
                for (var b = first; b < end; b++)
                {
                    var start = (long)b * KahanLanes.BlockLength;
                    var length = (int)Math.Min(KahanLanes.BlockLength, values.LongLength - start);
                    finite[b] = KahanLanes.Sum(values.AsSpan((int)start, length), sums.AsSpan(b * KahanLanes.Lanes, KahanLanes.Lanes),
                        compensations.AsSpan(b * KahanLanes.Lanes, KahanLanes.Lanes));
                }
            });
            for (var b = 0; b < blocks; b++)
            {
                if (!finite[b])
                {
                    AddOneByOne(values.AsSpan(b * KahanLanes.BlockLength));
                    break;
                }
                AddLanes(sums.AsSpan(b * KahanLanes.Lanes, KahanLanes.Lanes), compensations.AsSpan(b * KahanLanes.Lanes, KahanLanes.Lanes));
            }
            count += values.LongLength;
        }

        private void AddOneByOne(ReadOnlySpan<double> values)
        {
            foreach (var v in values)
            {
                KahanAdd(v);
            }
        }

        /// <summary>Folds lane sums in lane order, then what the lanes' compensations say they lost.</summary>
        private void AddLanes(ReadOnlySpan<double> sums, ReadOnlySpan<double> compensations)
        {
            var lost = 0.0;
            for (var lane = 0; lane < KahanLanes.Lanes; lane++)
            {
                KahanAdd(sums[lane]);
                lost += compensations[lane];
            }
            if (lost != 0)
            {
                KahanAdd(-lost);
            }
        }

        private void KahanAdd(double v)
        {
            var corrected = v - compensation;
            var total = sum + corrected;
            compensation = (total - sum) - corrected;
            sum = double.IsFinite(total) ? total : sum + v;
        }

        public readonly double Result() => op switch
        {
            AggregateOp.Sum or AggregateOp.Product => sum,
            AggregateOp.Mean => sum / count,
            AggregateOp.Variance or AggregateOp.StdDev => SampleVariance(op, m2, count),
            AggregateOp.Max or AggregateOp.Min => extreme,
            AggregateOp.IndexOfMax or AggregateOp.IndexOfMin => index + 1,
            _ => throw new InvalidOperationException(op.ToString()),
        };
    }
}

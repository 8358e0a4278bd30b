using DmlNet.Runtime.Data;

namespace DmlNet.Runtime.Kernels;

/// <summary>The column-wise prefix aggregates cumsum, cumprod, cummin, cummax and the recurrence cumsumprod.</summary>
public static class CumulativeKernels
{
    /// <summary>The running aggregate of each column, down the rows; same shape as the input. NaN propagates.</summary>
    /// <remarks>Sums are Kahan-compensated per column (SystemDS's cumk+); min and max use Java's NaN-propagating rules.</remarks>
    public static MatrixBlock Prefix(CumulativeOp op, MatrixBlock block)
    {
        var (rows, columns) = (block.Rows, block.Columns);
        var result = block.IsSparse ? block.DenseValues() : (double[])block.Dense!.Clone();
        if (rows > 0)
        {
            switch (op)
            {
                case CumulativeOp.Sum:
                    var sums = new double[columns];
                    var compensation = new double[columns];
                    for (var i = 0; i < rows; i++)
                    {
                        var row = result.AsSpan(i * columns, columns);
                        for (var j = 0; j < columns; j++)
                        {
                            var corrected = row[j] - compensation[j];
                            var total = sums[j] + corrected;
                            compensation[j] = (total - sums[j]) - corrected;
                            sums[j] = double.IsFinite(total) ? total : sums[j] + row[j];
                            row[j] = sums[j];
                        }
                    }
                    break;
                default:
                    for (var i = 1; i < rows; i++)
                    {
                        var previous = result.AsSpan((i - 1) * columns, columns);
                        var row = result.AsSpan(i * columns, columns);
                        for (var j = 0; j < columns; j++)
                        {
                            row[j] = op switch
                            {
                                CumulativeOp.Product => previous[j] * row[j],
                                CumulativeOp.Min => Math.Min(previous[j], row[j]),
                                _ => Math.Max(previous[j], row[j]),
                            };
                        }
                    }
                    break;
            }
        }
        return MatrixBlock.FromDense(rows, columns, result).WithBestFormat();
    }

    /// <summary><c>cumsumprod(X)</c> of an n x 2 matrix: the n x 1 vector with <c>c[i] = X[i,1] + X[i,2] * c[i-1]</c>, <c>c[0] = 0</c>.</summary>
    public static MatrixBlock SumProduct(MatrixBlock block)
    {
        if (block.Columns != 2)
        {
            throw new DmlRuntimeException($"cumsumprod() needs an n x 2 matrix, got {block.Rows} x {block.Columns}");
        }
        var values = block.DenseValues();
        var result = new double[block.Rows];
        var previous = 0.0;
        for (var i = 0; i < block.Rows; i++)
        {
            previous = values[2 * i] + values[2 * i + 1] * previous;
            result[i] = previous;
        }
        return MatrixBlock.FromDense(block.Rows, 1, result).WithBestFormat();
    }
}

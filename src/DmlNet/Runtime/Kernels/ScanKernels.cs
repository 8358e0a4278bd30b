using DmlNet.Runtime.Data;

namespace DmlNet.Runtime.Kernels;

/// <summary>The prefix scans of the reorganization builtins: <c>rowcumsum</c> and <c>cumsumprod</c>.</summary>
public static class ScanKernels
{
    /// <summary><c>rowcumsum(X)</c>: each row's running sums from left to right.</summary>
    public static MatrixBlock RowCumSum(MatrixBlock block)
    {
        var result = (double[])block.DenseValues().Clone();
        for (var i = 0; i < block.Rows; i++)
        {
            var offset = (long)i * block.Columns;
            for (var j = 1; j < block.Columns; j++)
            {
                result[offset + j] += result[offset + j - 1];
            }
        }
        return MatrixBlock.FromDense(block.Rows, block.Columns, result).WithBestFormat();
    }

    /// <summary><c>cumsumprod(X)</c> of an n x 2 matrix: <c>c[i] = X[i,1] + X[i,2] * c[i-1]</c> with <c>c[0] = 0</c>, as an n x 1 vector.</summary>
    public static MatrixBlock CumSumProd(MatrixBlock block)
    {
        if (block.Columns != 2)
        {
            throw new DmlRuntimeException($"cumsumprod() needs an n x 2 matrix, got {block.Rows} x {block.Columns}");
        }
        var result = new double[block.Rows];
        var previous = 0.0;
        for (var i = 0; i < block.Rows; i++)
        {
            previous = block.Get(i, 0) + block.Get(i, 1) * previous;
            result[i] = previous;
        }
        return MatrixBlock.FromDense(block.Rows, 1, result).WithBestFormat();
    }
}

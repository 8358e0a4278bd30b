using DmlNet.Runtime.Data;

namespace DmlNet.Runtime.Kernels;

/// <summary>Right indexing (slicing) and left indexing (a copy with a range replaced); bounds are 0-based and inclusive.</summary>
public static class IndexingKernels
{
    /// <summary><c>X[rl:ru, cl:cu]</c>.</summary>
    public static MatrixBlock Slice(MatrixBlock block, int rl, int ru, int cl, int cu)
    {
        Check(block, rl, ru, cl, cu);
        var rows = ru - rl + 1;
        var columns = cu - cl + 1;
        if (block.Sparse is { } sparse)
        {
            var rowStart = new int[rows + 1];
            var indexes = new List<int>();
            var values = new List<double>();
            for (var i = 0; i < rows; i++)
            {
                for (var p = sparse.RowStart[rl + i]; p < sparse.RowStart[rl + i + 1]; p++)
                {
                    var j = sparse.ColumnIndexes[p];
                    if (j >= cl && j <= cu)
                    {
                        indexes.Add(j - cl);
                        values.Add(sparse.Values[p]);
                    }
                }
                rowStart[i + 1] = indexes.Count;
            }
            return MatrixBlock.FromSparse(rows, columns, new SparseRows(rowStart, [.. indexes], [.. values])).WithBestFormat();
        }
        var source = block.Dense!;
        if (rows == 1 && columns == 1)
        {
            return MatrixBlock.FromDense(1, 1, [source[(long)rl * block.Columns + cl]]);
        }
        var result = new double[(long)rows * columns];
        for (var i = 0; i < rows; i++)
        {
            Array.Copy(source, (long)(rl + i) * block.Columns + cl, result, (long)i * columns, columns);
        }
        return MatrixBlock.FromDense(rows, columns, result).WithBestFormat();
    }

    /// <summary><c>X[rl:ru, cl:cu] = v</c> for a single cell (rl == ru, cl == cu).</summary>
    public static MatrixBlock LeftIndex(MatrixBlock block, int rl, int ru, int cl, int cu, double value)
    {
        Check(block, rl, ru, cl, cu);
        var result = (double[])block.DenseValues().Clone();
        for (var i = rl; i <= ru; i++)
        {
            for (var j = cl; j <= cu; j++)
            {
                result[(long)i * block.Columns + j] = value;
            }
        }
        return Finish(block, result);
    }

    /// <summary><c>X[rl:ru, cl:cu] = Y</c>; <paramref name="value"/> must have the selected shape.</summary>
    public static MatrixBlock LeftIndex(MatrixBlock block, int rl, int ru, int cl, int cu, MatrixBlock value)
    {
        Check(block, rl, ru, cl, cu);
        var rows = ru - rl + 1;
        var columns = cu - cl + 1;
        if (value.Rows != rows || value.Columns != columns)
        {
            throw new DmlRuntimeException(
                $"left indexing selects {rows} x {columns} cells but the assigned matrix is {value.Rows} x {value.Columns}");
        }
        var result = (double[])block.DenseValues().Clone();
        var source = value.DenseValues();
        for (var i = 0; i < rows; i++)
        {
            Array.Copy(source, (long)i * columns, result, (long)(rl + i) * block.Columns + cl, columns);
        }
        return Finish(block, result);
    }

    private static MatrixBlock Finish(MatrixBlock original, double[] values)
    {
        var block = MatrixBlock.FromDense(original.Rows, original.Columns, values);
        return original.IsSparse ? block.WithBestFormat() : block;
    }

    private static void Check(MatrixBlock block, int rl, int ru, int cl, int cu)
    {
        if (rl < 0 || ru >= block.Rows || rl > ru || cl < 0 || cu >= block.Columns || cl > cu)
        {
            throw new DmlRuntimeException(
                $"index range [{rl + 1}:{ru + 1}, {cl + 1}:{cu + 1}] is out of bounds for a {block.Rows} x {block.Columns} matrix");
        }
    }
}

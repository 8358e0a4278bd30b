using DmlNet.Runtime.Data;

namespace DmlNet.Runtime.Kernels;

/// <summary>Reorganizations: transpose, reshape (row-major by default), cbind/rbind.</summary>
public static class ReorgKernels
{
    private const int TileSize = 32;

    /// <summary><c>t(X)</c>.</summary>
    public static MatrixBlock Transpose(MatrixBlock block)
    {
        var (rows, columns) = (block.Rows, block.Columns);
        if (block.Sparse is { } sparse)
        {
            return MatrixBlock.FromSparse(columns, rows, TransposeSparse(sparse, rows, columns));
        }
        var source = block.Dense!;
        var result = ResultArrays.Uninitialized(source.LongLength);
        if (rows == 1 || columns == 1)
        {
            Array.Copy(source, result, source.LongLength);
            return MatrixBlock.FromDense(columns, rows, result);
        }
        var rowTiles = (rows + TileSize - 1) / TileSize;
        Parallelism.ForRows(rowTiles, block.CellCount, (startTile, endTile) =>
        {
            for (var i0 = startTile * TileSize; i0 < Math.Min(rows, endTile * TileSize); i0 += TileSize)
            {
                var iEnd = Math.Min(rows, i0 + TileSize);
                for (var j0 = 0; j0 < columns; j0 += TileSize)
                {
                    var jEnd = Math.Min(columns, j0 + TileSize);
                    for (var i = i0; i < iEnd; i++)
                    {
                        var offset = (long)i * columns;
                        for (var j = j0; j < jEnd; j++)
                        {
                            result[(long)j * rows + i] = source[offset + j];
                        }
                    }
                }
            }
        });
        return MatrixBlock.FromDense(columns, rows, result);
    }

    private static SparseRows TransposeSparse(SparseRows sparse, int rows, int columns)
    {
        var nnz = sparse.NonZeroCount;
        var rowStart = new int[columns + 1];
        for (var p = 0; p < nnz; p++)
        {
            rowStart[sparse.ColumnIndexes[p] + 1]++;
        }
        for (var j = 0; j < columns; j++)
        {
            rowStart[j + 1] += rowStart[j];
        }
        var next = (int[])rowStart.Clone();
        var indexes = new int[nnz];
        var values = new double[nnz];
        for (var i = 0; i < rows; i++)
        {
            for (var p = sparse.RowStart[i]; p < sparse.RowStart[i + 1]; p++)
            {
                var position = next[sparse.ColumnIndexes[p]]++;
                indexes[position] = i;
                values[position] = sparse.Values[p];
            }
        }
        return new SparseRows(rowStart, indexes, values);
    }

    /// <summary><c>matrix(X, rows, cols, byrow)</c>: the same cells in a new shape, read and written row-major (or column-major).</summary>
    public static MatrixBlock Reshape(MatrixBlock block, int rows, int columns, bool byRow)
    {
        if ((long)rows * columns != block.CellCount)
        {
            throw new DmlRuntimeException(
                $"cannot reshape a {block.Rows} x {block.Columns} matrix ({block.CellCount} cells) into {rows} x {columns}");
        }
        if (rows == block.Rows && columns == block.Columns)
        {
            return block;
        }
        if (byRow)
        {
            if (block.Sparse is { } sparse)
            {
                return ReshapeSparseByRow(block, sparse, rows, columns);
            }
            return MatrixBlock.FromDense(rows, columns, (double[])block.Dense!.Clone());
        }
        var source = block.DenseValues();
        var result = new double[source.LongLength];
        for (long c = 0; c < source.LongLength; c++)
        {
            var (sourceColumn, sourceRow) = Math.DivRem(c, block.Rows);
            var (targetColumn, targetRow) = Math.DivRem(c, rows);
            result[targetRow * columns + targetColumn] = source[sourceRow * block.Columns + sourceColumn];
        }
        return MatrixBlock.FromDense(rows, columns, result).WithBestFormat();
    }

    private static MatrixBlock ReshapeSparseByRow(MatrixBlock block, SparseRows sparse, int rows, int columns)
    {
        var nnz = sparse.NonZeroCount;
        var rowStart = new int[rows + 1];
        var indexes = new int[nnz];
        var values = new double[nnz];
        var k = 0;
        for (var i = 0; i < block.Rows; i++)
        {
            for (var p = sparse.RowStart[i]; p < sparse.RowStart[i + 1]; p++)
            {
                var cell = (long)i * block.Columns + sparse.ColumnIndexes[p];
                var (row, column) = Math.DivRem(cell, columns);
                rowStart[row + 1]++;
                indexes[k] = (int)column;
                values[k++] = sparse.Values[p];
            }
        }
        for (var i = 0; i < rows; i++)
        {
            rowStart[i + 1] += rowStart[i];
        }
        return MatrixBlock.FromSparse(rows, columns, new SparseRows(rowStart, indexes, values));
    }

    /// <summary><c>cbind</c> (horizontal) or <c>rbind</c> of blocks with matching rows or columns.</summary>
    public static MatrixBlock Bind(IReadOnlyList<MatrixBlock> blocks, bool horizontal)
    {
        var first = blocks[0];
        foreach (var block in blocks)
        {
            if (horizontal ? block.Rows != first.Rows : block.Columns != first.Columns)
            {
                throw new DmlRuntimeException(horizontal
                    ? $"cbind() needs the same number of rows, got {first.Rows} and {block.Rows}"
                    : $"rbind() needs the same number of columns, got {first.Columns} and {block.Columns}");
            }
        }
        var rows = horizontal ? first.Rows : blocks.Sum(b => b.Rows);
        var columns = horizontal ? blocks.Sum(b => b.Columns) : first.Columns;
        var nonZeros = blocks.Sum(b => b.NonZeros);
        if (blocks.Any(b => b.IsSparse) && nonZeros < MatrixBlock.SparsityThreshold * rows * columns)
        {
            return BindSparse(blocks, horizontal, rows, columns, nonZeros);
        }
        var result = new double[(long)rows * columns];
        var offset = 0;
        foreach (var block in blocks)
        {
            var values = block.DenseValues();
            if (horizontal)
            {
                for (var i = 0; i < rows; i++)
                {
                    Array.Copy(values, (long)i * block.Columns, result, (long)i * columns + offset, block.Columns);
                }
                offset += block.Columns;
            }
            else
            {
                Array.Copy(values, 0, result, (long)offset * columns, values.LongLength);
                offset += block.Rows;
            }
        }
        return MatrixBlock.FromDense(rows, columns, result).WithBestFormat();
    }

    /// <summary>cbind/rbind into CSR rows, for sparse inputs whose result stays sparse.</summary>
    private static MatrixBlock BindSparse(IReadOnlyList<MatrixBlock> blocks, bool horizontal, int rows, int columns, long nonZeros)
    {
        var builder = new SparseRowsBuilder(rows, (int)Math.Min(int.MaxValue, nonZeros));
        if (horizontal)
        {
            for (var i = 0; i < rows; i++)
            {
                var offset = 0;
                foreach (var block in blocks)
                {
                    builder.AddRow(block, i, offset);
                    offset += block.Columns;
                }
                builder.EndRow();
            }
        }
        else
        {
            foreach (var block in blocks)
            {
                for (var i = 0; i < block.Rows; i++)
                {
                    builder.AddRow(block, i);
                    builder.EndRow();
                }
            }
        }
        return builder.Build(columns);
    }

    /// <summary><c>diag(x)</c>: an n x 1 vector becomes an n x n diagonal matrix; a square matrix gives its diagonal as n x 1.</summary>
    public static MatrixBlock Diag(MatrixBlock block)
    {
        if (block.Columns == 1)
        {
            var n = block.Rows;
            var rowStart = new int[n + 1];
            var indexes = new List<int>(n);
            var values = new List<double>(n);
            for (var i = 0; i < n; i++)
            {
                var v = block.Get(i, 0);
                if (v != 0)
                {
                    indexes.Add(i);
                    values.Add(v);
                }
                rowStart[i + 1] = indexes.Count;
            }
            return MatrixBlock.FromSparse(n, n, new SparseRows(rowStart, [.. indexes], [.. values])).WithBestFormat();
        }
        if (block.Rows != block.Columns)
        {
            throw new DmlRuntimeException($"diag() needs a column vector or a square matrix, got {block.Rows} x {block.Columns}");
        }
        var diagonal = new double[block.Rows];
        for (var i = 0; i < diagonal.Length; i++)
        {
            diagonal[i] = block.Get(i, i);
        }
        return MatrixBlock.FromDense(block.Rows, 1, diagonal).WithBestFormat();
    }
}

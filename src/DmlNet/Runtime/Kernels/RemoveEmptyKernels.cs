using DmlNet.Runtime.Data;

namespace DmlNet.Runtime.Kernels;

/// <summary>
/// <c>removeEmpty(target, margin, select, empty.return)</c>: keeps the rows (or columns) that have a
/// non-zero cell (NaN counts as non-zero), or, with a select vector, those whose select entry is
/// non-zero. When nothing is kept the result is one row (column) of zeros, or with
/// <c>empty.return=FALSE</c> a matrix with 0 rows (columns).
/// </summary>
public static class RemoveEmptyKernels
{
    /// <summary>Removes empty or unselected rows (<paramref name="rows"/>) or columns.</summary>
    public static MatrixBlock RemoveEmpty(MatrixBlock block, bool rows, MatrixBlock? select, bool emptyReturn)
    {
        var keep = select is null ? NonEmpty(block, rows) : Selected(select, rows ? block.Rows : block.Columns, rows);
        var kept = new List<int>();
        for (var k = 0; k < keep.Length; k++)
        {
            if (keep[k])
            {
                kept.Add(k);
            }
        }
        if (kept.Count == 0)
        {
            var size = emptyReturn ? 1 : 0;
            return rows ? MatrixBlock.Filled(size, block.Columns, 0) : MatrixBlock.Filled(block.Rows, size, 0);
        }
        if (kept.Count == keep.Length)
        {
            return block;
        }
        return rows ? RowOrderKernels.Gather(block, kept) : Columns(block, kept);
    }

    private static bool[] NonEmpty(MatrixBlock block, bool rows)
    {
        var keep = new bool[rows ? block.Rows : block.Columns];
        if (block.Sparse is { } sparse)
        {
            for (var i = 0; i < block.Rows; i++)
            {
                for (var p = sparse.RowStart[i]; p < sparse.RowStart[i + 1]; p++)
                {
                    keep[rows ? i : sparse.ColumnIndexes[p]] = true;
                }
            }
            return keep;
        }
        var dense = block.Dense!;
        for (var i = 0; i < block.Rows; i++)
        {
            var offset = (long)i * block.Columns;
            for (var j = 0; j < block.Columns; j++)
            {
                if (dense[offset + j] != 0)
                {
                    keep[rows ? i : j] = true;
                }
            }
        }
        return keep;
    }

    /// <summary>The non-zero entries of a select vector (either orientation) of the given length.</summary>
    private static bool[] Selected(MatrixBlock select, int length, bool rows)
    {
        if (select.CellCount != length || (select.Rows != 1 && select.Columns != 1))
        {
            throw new DmlRuntimeException(
                $"removeEmpty(): select must be a vector with one entry per {(rows ? "row" : "column")} ({length}), " +
                $"got {select.Rows} x {select.Columns}");
        }
        var values = select.DenseValues();
        return values.Select(v => v != 0).ToArray();
    }

    private static MatrixBlock Columns(MatrixBlock block, List<int> kept)
    {
        var position = new int[block.Columns];
        Array.Fill(position, -1);
        for (var k = 0; k < kept.Count; k++)
        {
            position[kept[k]] = k;
        }
        var builder = new SparseRowsBuilder(block.Rows, (int)Math.Min(int.MaxValue, block.NonZeros));
        for (var i = 0; i < block.Rows; i++)
        {
            if (block.Sparse is { } sparse)
            {
                for (var p = sparse.RowStart[i]; p < sparse.RowStart[i + 1]; p++)
                {
                    if (position[sparse.ColumnIndexes[p]] >= 0)
                    {
                        builder.Add(position[sparse.ColumnIndexes[p]], sparse.Values[p]);
                    }
                }
            }
            else
            {
                foreach (var j in kept)
                {
                    builder.Add(position[j], block.Dense![(long)i * block.Columns + j]);
                }
            }
            builder.EndRow();
        }
        return builder.Build(kept.Count);
    }
}

using DmlNet.Runtime.Data;

namespace DmlNet.Runtime.Kernels;

/// <summary>Builds CSR rows in order, one entry at a time; zeros are skipped so the result has no explicit zeros.</summary>
internal sealed class SparseRowsBuilder(int rows, int capacity = 16)
{
    private readonly int[] rowStart = new int[rows + 1];
    private int[] indexes = new int[Math.Clamp(capacity, 4, 1 << 20)];
    private double[] values = new double[Math.Clamp(capacity, 4, 1 << 20)];
    private int count;
    private int row;

    /// <summary>Adds cell (current row, <paramref name="column"/>); columns must increase within a row.</summary>
    public void Add(int column, double value)
    {
        if (value == 0)
        {
            return;
        }
        if (count == indexes.Length)
        {
            Array.Resize(ref indexes, count * 2);
            Array.Resize(ref values, count * 2);
        }
        indexes[count] = column;
        values[count++] = value;
    }

    /// <summary>Adds the non-zeros of row <paramref name="i"/> of <paramref name="block"/>, column indexes shifted by <paramref name="offset"/>.</summary>
    public void AddRow(MatrixBlock block, int i, int offset = 0)
    {
        if (block.Sparse is { } sparse)
        {
            for (var p = sparse.RowStart[i]; p < sparse.RowStart[i + 1]; p++)
            {
                Add(sparse.ColumnIndexes[p] + offset, sparse.Values[p]);
            }
            return;
        }
        var dense = block.Dense!;
        var start = (long)i * block.Columns;
        for (var j = 0; j < block.Columns; j++)
        {
            Add(j + offset, dense[start + j]);
        }
    }

    /// <summary>Closes the current row and starts the next one.</summary>
    public void EndRow() => rowStart[++row] = count;

    /// <summary>The finished block; rows not ended explicitly are empty.</summary>
    public MatrixBlock Build(int columns)
    {
        while (row < rows)
        {
            EndRow();
        }
        return MatrixBlock.FromSparse(rows, columns, new SparseRows(rowStart, indexes, values)).WithBestFormat();
    }
}

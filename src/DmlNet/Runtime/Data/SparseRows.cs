namespace DmlNet.Runtime.Data;

/// <summary>
/// Compressed sparse rows: the non-zeros of row i are at positions
/// <c>RowStart[i] .. RowStart[i+1]-1</c> of <see cref="ColumnIndexes"/> and <see cref="Values"/>,
/// with strictly increasing column indexes. Explicit zeros are not stored.
/// </summary>
public sealed class SparseRows
{
    /// <summary>Wraps CSR arrays (not copied; <paramref name="rowStart"/> has rows + 1 entries).</summary>
    public SparseRows(int[] rowStart, int[] columnIndexes, double[] values)
    {
        if (rowStart.Length == 0 || columnIndexes.Length < rowStart[^1] || values.Length < rowStart[^1])
        {
            throw new ArgumentException("inconsistent CSR arrays");
        }
        RowStart = rowStart;
        ColumnIndexes = columnIndexes;
        Values = values;
    }

    /// <summary>Offsets of each row's first entry; length rows + 1.</summary>
    public int[] RowStart { get; }

    /// <summary>Column index of each stored entry.</summary>
    public int[] ColumnIndexes { get; }

    /// <summary>Value of each stored entry.</summary>
    public double[] Values { get; }

    /// <summary>Number of rows.</summary>
    public int RowCount => RowStart.Length - 1;

    /// <summary>Number of stored (non-zero) entries.</summary>
    public int NonZeroCount => RowStart[^1];

    /// <summary>A sparse representation of an all-zero matrix.</summary>
    public static SparseRows Empty(int rows) => new(new int[rows + 1], [], []);

    /// <summary>The value at (i, j) by binary search in row i.</summary>
    public double Get(int i, int j)
    {
        var position = Array.BinarySearch(ColumnIndexes, RowStart[i], RowStart[i + 1] - RowStart[i], j);
        return position >= 0 ? Values[position] : 0;
    }

    /// <summary>Writes the values into a zeroed row-major array with <paramref name="columns"/> columns.</summary>
    public void CopyTo(double[] dense, int columns)
    {
        for (var i = 0; i < RowCount; i++)
        {
            var offset = (long)i * columns;
            for (var k = RowStart[i]; k < RowStart[i + 1]; k++)
            {
                dense[offset + ColumnIndexes[k]] = Values[k];
            }
        }
    }

    /// <summary>The CSR form of a row-major dense array.</summary>
    public static SparseRows FromDense(double[] dense, int rows, int columns)
    {
        var count = 0;
        foreach (var v in dense)
        {
            if (v != 0)
            {
                count++;
            }
        }
        var rowStart = new int[rows + 1];
        var indexes = new int[count];
        var values = new double[count];
        var k = 0;
        for (var i = 0; i < rows; i++)
        {
            var offset = (long)i * columns;
            for (var j = 0; j < columns; j++)
            {
                var v = dense[offset + j];
                if (v != 0)
                {
                    indexes[k] = j;
                    values[k++] = v;
                }
            }
            rowStart[i + 1] = k;
        }
        return new SparseRows(rowStart, indexes, values);
    }
}

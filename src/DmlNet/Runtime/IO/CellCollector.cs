using DmlNet.Runtime.Data;

namespace DmlNet.Runtime.IO;

/// <summary>
/// Collects the cells of a coordinate file (text, Matrix Market, libsvm) in any order and builds
/// the block. A cell given twice keeps the value given last; zeros are not stored.
/// </summary>
public sealed class CellCollector
{
    private long[] keys = new long[64];
    private double[] values = new double[64];

    /// <summary>The number of cells added so far (zeros and repeated cells included).</summary>
    public int Count { get; private set; }

    /// <summary>The largest 0-based column added so far, or -1.</summary>
    public int MaxColumn { get; private set; } = -1;

    /// <summary>The largest 0-based row added so far, or -1.</summary>
    public int MaxRow { get; private set; } = -1;

    /// <summary>Adds cell (row, column), 0-based, already checked against the dimensions.</summary>
    public void Add(int row, int column, double value)
    {
        if (Count == keys.Length)
        {
            if (Count == Array.MaxLength)
            {
                throw new DmlRuntimeException($"more than {Array.MaxLength} cells in one file");
            }
            var grown = (int)Math.Min((long)Count * 2, Array.MaxLength);
            Array.Resize(ref keys, grown);
            Array.Resize(ref values, grown);
        }
        keys[Count] = ((long)row << 32) | (uint)column;
        values[Count++] = value;
        MaxRow = Math.Max(MaxRow, row);
        MaxColumn = Math.Max(MaxColumn, column);
    }

    /// <summary>The block of the collected cells (dense or sparse by its number of non-zeros).</summary>
    public MatrixBlock ToBlock(int rows, int columns)
    {
        var count = Count;
        if (!IsStrictlyIncreasing(keys, count))
        {
            count = SortKeepingLast(count);
        }
        var rowStart = new int[rows + 1];
        var stored = 0;
        for (var k = 0; k < count; k++)
        {
            if (values[k] != 0)
            {
                rowStart[(int)(keys[k] >> 32) + 1]++;
                stored++;
            }
        }
        for (var i = 0; i < rows; i++)
        {
            rowStart[i + 1] += rowStart[i];
        }
        var indexes = new int[stored];
        var cells = new double[stored];
        var next = 0;
        for (var k = 0; k < count; k++)
        {
            if (values[k] != 0)
            {
                indexes[next] = (int)(keys[k] & 0xFFFFFFFF);
                cells[next++] = values[k];
            }
        }
        return MatrixBlock.FromSparse(rows, columns, new SparseRows(rowStart, indexes, cells)).WithBestFormat();
    }

    private static bool IsStrictlyIncreasing(long[] keys, int count)
    {
        for (var k = 1; k < count; k++)
        {
            if (keys[k] <= keys[k - 1])
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Sorts the cells by (row, column), keeping only the last-added value of a repeated cell; returns the new count.</summary>
    private int SortKeepingLast(int count)
    {
        var order = new int[count];
        for (var k = 0; k < count; k++)
        {
            order[k] = k;
        }
        var sortedKeys = keys.AsSpan(0, count).ToArray();
        Array.Sort(sortedKeys, order);
        var sortedValues = new double[count];
        var unique = 0;
        for (var k = 0; k < count;)
        {
            var last = order[k];
            var end = k + 1;
            while (end < count && sortedKeys[end] == sortedKeys[k])
            {
                last = Math.Max(last, order[end++]);
            }
            sortedKeys[unique] = sortedKeys[k];
            sortedValues[unique++] = values[last];
            k = end;
        }
        keys = sortedKeys;
        values = sortedValues;
        Count = unique;
        return unique;
    }
}

using DmlNet.Runtime.Data;

namespace DmlNet.Runtime.Kernels;

/// <summary>Helpers for results that keep a sparse input's pattern of non-zeros.</summary>
internal static class SparsePattern
{
    /// <summary>A block with the non-zero positions of sparse <paramref name="pattern"/> and new values (new zeros dropped).</summary>
    public static MatrixBlock WithValues(MatrixBlock pattern, double[] values)
    {
        var source = pattern.Sparse!;
        var hasZero = false;
        foreach (var v in values)
        {
            if (v == 0)
            {
                hasZero = true;
                break;
            }
        }
        if (!hasZero)
        {
            return MatrixBlock.FromSparse(pattern.Rows, pattern.Columns,
                new SparseRows((int[])source.RowStart.Clone(), source.ColumnIndexes, values)).WithBestFormat();
        }
        var rowStart = new int[pattern.Rows + 1];
        var indexes = new int[values.Length];
        var kept = new double[values.Length];
        var k = 0;
        for (var i = 0; i < pattern.Rows; i++)
        {
            for (var p = source.RowStart[i]; p < source.RowStart[i + 1]; p++)
            {
                if (values[p] != 0)
                {
                    indexes[k] = source.ColumnIndexes[p];
                    kept[k++] = values[p];
                }
            }
            rowStart[i + 1] = k;
        }
        return MatrixBlock.FromSparse(pattern.Rows, pattern.Columns, new SparseRows(rowStart, indexes, kept)).WithBestFormat();
    }
}

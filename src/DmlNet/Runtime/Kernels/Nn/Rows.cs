using DmlNet.Runtime.Data;

namespace DmlNet.Runtime.Kernels.Nn;

/// <summary>Row access for the neural-network kernels: one row of a dense or sparse block as dense values.</summary>
internal static class Rows
{
    /// <summary>
    /// Row <paramref name="i"/> of <paramref name="block"/> as a dense span: a slice of the values when dense,
    /// else the row scattered into <paramref name="buffer"/> (at least ncol long).
    /// </summary>
    public static ReadOnlySpan<double> Dense(MatrixBlock block, int i, double[] buffer)
    {
        var columns = block.Columns;
        if (block.Dense is { } dense)
        {
            return dense.AsSpan((int)((long)i * columns), columns);
        }
        var sparse = block.Sparse!;
        var row = buffer.AsSpan(0, columns);
        row.Clear();
        for (var p = sparse.RowStart[i]; p < sparse.RowStart[i + 1]; p++)
        {
            row[sparse.ColumnIndexes[p]] = sparse.Values[p];
        }
        return row;
    }
}

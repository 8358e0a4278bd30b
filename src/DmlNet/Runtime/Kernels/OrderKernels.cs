using DmlNet.Runtime.Data;

namespace DmlNet.Runtime.Kernels;

/// <summary>
/// <c>order(target, by, decreasing, index.return)</c>: a stable sort of the rows by one or more key
/// columns (the first key decides, later keys break its ties). Ties keep their input order in
/// both directions, as in SystemDS. NaN sorts after every number ascending and before every
/// number descending (Java's <c>Arrays.sort</c> order, reversed for descending); -0.0 equals 0.0.
/// </summary>
public static class OrderKernels
{
    /// <summary>The 0-based input row of each output row.</summary>
    public static int[] Permutation(MatrixBlock block, IReadOnlyList<int> byColumns, bool decreasing)
    {
        foreach (var column in byColumns)
        {
            if (column < 0 || column >= block.Columns)
            {
                throw new DmlRuntimeException(
                    $"order(): by={column + 1} is not a column of the {block.Rows} x {block.Columns} target");
            }
        }
        var keys = byColumns.Select(c => Column(block, c)).ToArray();
        var order = Enumerable.Range(0, block.Rows).ToArray();
        var sign = decreasing ? -1 : 1;
        Array.Sort(order, (a, b) =>
        {
            foreach (var key in keys)
            {
                var comparison = Compare(key[a], key[b]);
                if (comparison != 0)
                {
                    return sign * comparison;
                }
            }
            return a.CompareTo(b);
        });
        return order;
    }

    /// <summary>The sorted rows, or with <paramref name="indexReturn"/> the n x 1 vector of 1-based input row numbers.</summary>
    public static MatrixBlock Order(MatrixBlock block, IReadOnlyList<int> byColumns, bool decreasing, bool indexReturn)
    {
        var order = Permutation(block, byColumns, decreasing);
        if (!indexReturn)
        {
            return RowOrderKernels.Gather(block, order);
        }
        var indexes = new double[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            indexes[i] = order[i] + 1;
        }
        return MatrixBlock.FromDense(order.Length, 1, indexes);
    }

    /// <summary>Numeric order with NaN after everything (and equal to NaN).</summary>
    private static int Compare(double a, double b)
    {
        if (a < b)
        {
            return -1;
        }
        if (a > b)
        {
            return 1;
        }
        return double.IsNaN(a).CompareTo(double.IsNaN(b));
    }

    private static double[] Column(MatrixBlock block, int column)
    {
        var values = new double[block.Rows];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = block.Get(i, column);
        }
        return values;
    }
}

using DmlNet.Runtime.Data;

namespace DmlNet.Runtime.Kernels;

/// <summary>Reorganizations that rebuild a matrix from its rows in another order: <c>rev</c>, <c>roll</c> and row selection.</summary>
public static class RowOrderKernels
{
    /// <summary>The rows <paramref name="order"/>[0], <paramref name="order"/>[1], ... (0-based) of <paramref name="block"/>, sparse or dense like the input.</summary>
    public static MatrixBlock Gather(MatrixBlock block, IReadOnlyList<int> order)
    {
        var columns = block.Columns;
        if (block.IsSparse)
        {
            var builder = new SparseRowsBuilder(order.Count, (int)Math.Min(int.MaxValue, block.NonZeros));
            foreach (var i in order)
            {
                builder.AddRow(block, i);
                builder.EndRow();
            }
            return builder.Build(columns);
        }
        var source = block.Dense!;
        var result = new double[(long)order.Count * columns];
        for (var k = 0; k < order.Count; k++)
        {
            Array.Copy(source, (long)order[k] * columns, result, (long)k * columns, columns);
        }
        return MatrixBlock.FromDense(order.Count, columns, result).WithBestFormat();
    }

    /// <summary><c>rev(X)</c>: the rows in reverse order.</summary>
    public static MatrixBlock Reverse(MatrixBlock block) =>
        Gather(block, Enumerable.Range(0, block.Rows).Select(i => block.Rows - 1 - i).ToArray());

    /// <summary>
    /// <c>roll(X, shift)</c>: row i moves to row (i + shift) mod n, so a positive shift moves rows down
    /// and the last rows wrap around to the top; a negative shift moves them up.
    /// </summary>
    public static MatrixBlock Roll(MatrixBlock block, long shift)
    {
        var n = block.Rows;
        if (n == 0)
        {
            return block;
        }
        var offset = (int)(((shift % n) + n) % n);
        return Gather(block, Enumerable.Range(0, n).Select(k => (k - offset + n) % n).ToArray());
    }
}

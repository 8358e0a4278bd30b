using DmlNet.Runtime.Data;

namespace DmlNet.Runtime.Kernels;

/// <summary>
/// <c>lower.tri</c> and <c>upper.tri</c>: the cells strictly below (above) the diagonal, plus the
/// diagonal with <c>diag=TRUE</c>, as 1s or with <c>values=TRUE</c> as the input's values; 0 elsewhere.
/// Any shape is accepted; the diagonal is the cells (i, i).
/// </summary>
public static class TriangleKernels
{
    /// <summary>The lower (<paramref name="lower"/>) or upper triangle of <paramref name="block"/>.</summary>
    public static MatrixBlock Triangle(MatrixBlock block, bool lower, bool diagonal, bool values)
    {
        var builder = new SparseRowsBuilder(block.Rows, (int)Math.Min(int.MaxValue, block.CellCount / 2 + block.Rows));
        for (var i = 0; i < block.Rows; i++)
        {
            var (from, to) = lower ? (0, Math.Min(block.Columns, diagonal ? i + 1 : i)) : (diagonal ? i : i + 1, block.Columns);
            for (var j = from; j < to; j++)
            {
                builder.Add(j, values ? block.Get(i, j) : 1);
            }
            builder.EndRow();
        }
        return builder.Build(block.Columns);
    }
}

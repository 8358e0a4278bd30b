using DmlNet.Runtime.Data;

namespace DmlNet.Runtime.Kernels;

/// <summary><c>table(A, B, W, d1, d2)</c>: F[i, j] = sum of the weights of the rows with A = i and B = j.</summary>
public static class ContingencyTable
{
    /// <summary>
    /// Builds the table; <paramref name="a"/>, <paramref name="b"/>, <paramref name="weights"/> are column
    /// vectors (a 1 x 1 value is broadcast). Values are truncated to integers, NaN rows skipped, values
    /// below 1 are errors; with dimensions given, entries beyond them are dropped.
    /// </summary>
    public static MatrixBlock Build(MatrixBlock a, MatrixBlock b, MatrixBlock weights, int rows = -1, int columns = -1)
    {
        // A 1 x 1 operand is broadcast; an empty vector makes the table empty, even beside a 1 x 1 weight.
        var n = a.Rows == 0 || b.Rows == 0 || weights.Rows == 0 ? 0 : Math.Max(a.Rows, Math.Max(b.Rows, weights.Rows));
        foreach (var (block, name) in new[] { (a, "A"), (b, "B"), (weights, "W") })
        {
            if (block.Columns != 1 || (block.Rows != n && block.Rows != 1))
            {
                throw new DmlRuntimeException($"table(): {name} must be a column vector of {n} rows (or a scalar), got {block.Rows} x {block.Columns}");
            }
        }
        // Without dimensions a first pass finds the shape; the weights are then added in row order.
        var (r, c) = (rows, columns);
        if (rows < 0)
        {
            (r, c) = (0, 0);
            for (var k = 0; k < n; k++)
            {
                if (Cell(a, b, k) is { } cell)
                {
                    (r, c) = (Math.Max(r, cell.Row), Math.Max(c, cell.Column));
                }
            }
        }
        // At most n cells are non-zero: a table too large for that many to make it dense is built sparse.
        if (n < MatrixBlock.SparsityThreshold * ((long)r * c))
        {
            return BuildSparse(a, b, weights, n, r, c);
        }
        var values = new double[(long)r * c];
        for (var k = 0; k < n; k++)
        {
            if (Cell(a, b, k) is { } cell && cell.Row <= r && cell.Column <= c)
            {
                values[(long)(cell.Row - 1) * c + (cell.Column - 1)] += weights.Get(weights.Rows == 1 ? 0 : k, 0);
            }
        }
        return MatrixBlock.FromDense(r, c, values).WithBestFormat();
    }

    /// <summary>
    /// The table in compressed rows: the rows' cells sorted by position (ties in row order, so each
    /// cell's weights are added in the same order as in the dense table), cells summing to 0 left out.
    /// </summary>
    private static MatrixBlock BuildSparse(MatrixBlock a, MatrixBlock b, MatrixBlock weights, int n, int r, int c)
    {
        var entries = new List<(long Position, int Row)>(n);
        for (var k = 0; k < n; k++)
        {
            if (Cell(a, b, k) is { } cell && cell.Row <= r && cell.Column <= c)
            {
                entries.Add(((long)(cell.Row - 1) * c + (cell.Column - 1), k));
            }
        }
        entries.Sort();
        var rowStart = new int[r + 1];
        var indexes = new List<int>(entries.Count);
        var values = new List<double>(entries.Count);
        for (var e = 0; e < entries.Count;)
        {
            var position = entries[e].Position;
            var sum = 0.0;
            for (; e < entries.Count && entries[e].Position == position; e++)
            {
                sum += weights.Get(weights.Rows == 1 ? 0 : entries[e].Row, 0);
            }
            if (sum != 0)
            {
                rowStart[position / c + 1]++;
                indexes.Add((int)(position % c));
                values.Add(sum);
            }
        }
        for (var i = 0; i < r; i++)
        {
            rowStart[i + 1] += rowStart[i];
        }
        return MatrixBlock.FromSparse(r, c, new SparseRows(rowStart, [.. indexes], [.. values])).WithBestFormat();
    }

    /// <summary>The 1-based cell of row <paramref name="k"/> (values truncated), or null when A or B is NaN there.</summary>
    private static (int Row, int Column)? Cell(MatrixBlock a, MatrixBlock b, int k)
    {
        var (x, y) = (a.Get(a.Rows == 1 ? 0 : k, 0), b.Get(b.Rows == 1 ? 0 : k, 0));
        if (double.IsNaN(x) || double.IsNaN(y))
        {
            return null;
        }
        var (i, j) = ((int)Math.Truncate(x), (int)Math.Truncate(y));
        if (i < 1 || j < 1)
        {
            throw new DmlRuntimeException($"table(): values must be positive, found ({Format(x)}, {Format(y)}) in row {k + 1}");
        }
        return (i, j);
    }

    private static string Format(double value) => Formatting.ScalarFormat.FormatDouble(value);
}

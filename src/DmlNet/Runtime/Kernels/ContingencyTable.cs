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
        var cells = new Dictionary<(int, int), double>();
        var (maxRow, maxColumn) = (0, 0);
        for (var k = 0; k < n; k++)
        {
            var (x, y) = (a.Get(a.Rows == 1 ? 0 : k, 0), b.Get(b.Rows == 1 ? 0 : k, 0));
            if (double.IsNaN(x) || double.IsNaN(y))
            {
                continue;
            }
            var (i, j) = ((int)Math.Truncate(x), (int)Math.Truncate(y));
            if (i < 1 || j < 1)
            {
                throw new DmlRuntimeException($"table(): values must be positive, found ({Format(x)}, {Format(y)}) in row {k + 1}");
            }
            if (rows >= 0 && (i > rows || j > columns))
            {
                continue;
            }
            (maxRow, maxColumn) = (Math.Max(maxRow, i), Math.Max(maxColumn, j));
            cells[(i - 1, j - 1)] = cells.GetValueOrDefault((i - 1, j - 1)) + weights.Get(weights.Rows == 1 ? 0 : k, 0);
        }
        var (r, c) = rows >= 0 ? (rows, columns) : (maxRow, maxColumn);
        var values = new double[(long)r * c];
        foreach (var ((i, j), w) in cells)
        {
            values[(long)i * c + j] = w;
        }
        return MatrixBlock.FromDense(r, c, values).WithBestFormat();
    }

    private static string Format(double value) => Formatting.ScalarFormat.FormatDouble(value);
}

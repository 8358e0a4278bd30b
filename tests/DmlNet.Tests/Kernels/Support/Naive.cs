using DmlNet.Runtime.Kernels;

namespace DmlNet.Tests.Kernels.Support;

/// <summary>
/// Naive reference implementations of the kernels: plain nested loops over <c>double[,]</c>, the
/// cell semantics of <see cref="ReferenceCells"/>, no shortcuts for zeros or storage formats.
/// </summary>
public static class Naive
{
    /// <summary>
    /// <c>a op b</c> with DML's broadcasting: equal shapes, b a column vector (a.rows x 1), a row
    /// vector (1 x a.cols), 1 x 1, or the outer form (n x 1) op (1 x m).
    /// </summary>
    public static double[,] Binary(BinaryOp op, double[,] a, double[,] b)
    {
        var (ar, ac, br, bc) = (a.GetLength(0), a.GetLength(1), b.GetLength(0), b.GetLength(1));
        Func<int, int, double> right;
        int rows = ar, columns = ac;
        if (ar == br && ac == bc)
        {
            right = (i, j) => b[i, j];
        }
        else if (br == ar && bc == 1)
        {
            right = (i, _) => b[i, 0];
        }
        else if (br == 1 && bc == ac)
        {
            right = (_, j) => b[0, j];
        }
        else if (br == 1 && bc == 1)
        {
            right = (_, _) => b[0, 0];
        }
        else if (ac == 1 && br == 1)
        {
            columns = bc;
            right = (_, j) => b[0, j];
        }
        else
        {
            throw new ArgumentException($"shapes {ar} x {ac} and {br} x {bc} do not broadcast");
        }
        var result = new double[rows, columns];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                var left = ac == 1 ? a[i, 0] : a[i, j];
                result[i, j] = ReferenceCells.Binary(op, left, right(i, j));
            }
        }
        return result;
    }

    /// <summary><c>a op s</c> or, with <paramref name="scalarLeft"/>, <c>s op a</c>.</summary>
    public static double[,] Binary(BinaryOp op, double[,] a, double s, bool scalarLeft) =>
        Map(a, v => scalarLeft ? ReferenceCells.Binary(op, s, v) : ReferenceCells.Binary(op, v, s));

    /// <summary>A unary operator on every cell.</summary>
    public static double[,] Unary(UnaryOp op, double[,] a) => Map(a, v => ReferenceCells.Unary(op, v));

    /// <summary>A function of every cell.</summary>
    public static double[,] Map(double[,] a, Func<double, double> f)
    {
        var result = new double[a.GetLength(0), a.GetLength(1)];
        for (var i = 0; i < a.GetLength(0); i++)
        {
            for (var j = 0; j < a.GetLength(1); j++)
            {
                result[i, j] = f(a[i, j]);
            }
        }
        return result;
    }

    /// <summary>The cells of row i.</summary>
    public static double[] Row(double[,] a, int i) => Enumerable.Range(0, a.GetLength(1)).Select(j => a[i, j]).ToArray();

    /// <summary>The cells of column j.</summary>
    public static double[] Column(double[,] a, int j) => Enumerable.Range(0, a.GetLength(0)).Select(i => a[i, j]).ToArray();

    /// <summary>All cells in row-major order.</summary>
    public static double[] Cells(double[,] a) => a.Cast<double>().ToArray();

    /// <summary>
    /// An aggregate of a sequence of cells, in order. Sum and mean add left to right; variance is
    /// two-pass over the mean; min/max follow Java (NaN wins); the index aggregates return the
    /// 1-based position of the last extreme non-NaN value (1 when there is none).
    /// </summary>
    public static double Aggregate(AggregateOp op, double[] cells)
    {
        var n = cells.Length;
        switch (op)
        {
            case AggregateOp.Sum:
                return cells.Aggregate(0.0, (s, v) => s + v);
            case AggregateOp.Mean:
                return cells.Aggregate(0.0, (s, v) => s + v) / n;
            case AggregateOp.Product:
                return cells.Aggregate(1.0, (p, v) => p * v);
            case AggregateOp.Max:
                return cells.Aggregate(double.NegativeInfinity, ReferenceCells.JavaMax);
            case AggregateOp.Min:
                return cells.Aggregate(double.PositiveInfinity, ReferenceCells.JavaMin);
            case AggregateOp.Variance or AggregateOp.StdDev:
                if (n < 2)
                {
                    return n == 1 ? 0 : double.NaN;
                }
                var mean = cells.Sum() / n;
                var variance = cells.Sum(v => (v - mean) * (v - mean)) / (n - 1);
                return op == AggregateOp.Variance ? variance : Math.Sqrt(variance);
            case AggregateOp.IndexOfMax or AggregateOp.IndexOfMin:
                var best = 0;
                double? extreme = null;
                for (var k = 0; k < n; k++)
                {
                    var v = cells[k];
                    if (double.IsNaN(v))
                    {
                        continue;
                    }
                    if (extreme is null || (op == AggregateOp.IndexOfMax ? v >= extreme : v <= extreme))
                    {
                        extreme = v;
                        best = k;
                    }
                }
                return best + 1;
            default:
                throw new ArgumentOutOfRangeException(nameof(op), op, null);
        }
    }

    /// <summary>The matrix product by the textbook triple loop.</summary>
    public static double[,] Multiply(double[,] a, double[,] b)
    {
        var (m, k, n) = (a.GetLength(0), a.GetLength(1), b.GetLength(1));
        var result = new double[m, n];
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var sum = 0.0;
                for (var p = 0; p < k; p++)
                {
                    sum += a[i, p] * b[p, j];
                }
                result[i, j] = sum;
            }
        }
        return result;
    }

    /// <summary>For each cell of the product, the sum of |a_ip * b_pj| (the scale of its rounding error).</summary>
    public static double[,] AbsoluteProductSums(double[,] a, double[,] b)
    {
        var (m, k, n) = (a.GetLength(0), a.GetLength(1), b.GetLength(1));
        var result = new double[m, n];
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j < n; j++)
            {
                for (var p = 0; p < k; p++)
                {
                    result[i, j] += Math.Abs(a[i, p] * b[p, j]);
                }
            }
        }
        return result;
    }

    /// <summary>The transpose.</summary>
    public static double[,] Transpose(double[,] a)
    {
        var result = new double[a.GetLength(1), a.GetLength(0)];
        for (var i = 0; i < a.GetLength(0); i++)
        {
            for (var j = 0; j < a.GetLength(1); j++)
            {
                result[j, i] = a[i, j];
            }
        }
        return result;
    }

    /// <summary>
    /// The cells in a new shape: read row by row and written row by row (byrow), or read column by
    /// column and written column by column.
    /// </summary>
    public static double[,] Reshape(double[,] a, int rows, int columns, bool byRow)
    {
        var order = byRow ? Cells(a) : Cells(Transpose(a));
        var result = new double[rows, columns];
        for (var c = 0; c < order.Length; c++)
        {
            if (byRow)
            {
                result[c / columns, c % columns] = order[c];
            }
            else
            {
                result[c % rows, c / rows] = order[c];
            }
        }
        return result;
    }

    /// <summary>cbind (horizontal) or rbind of matrices.</summary>
    public static double[,] Bind(IReadOnlyList<double[,]> parts, bool horizontal)
    {
        var rows = horizontal ? parts[0].GetLength(0) : parts.Sum(p => p.GetLength(0));
        var columns = horizontal ? parts.Sum(p => p.GetLength(1)) : parts[0].GetLength(1);
        var result = new double[rows, columns];
        var offset = 0;
        foreach (var part in parts)
        {
            for (var i = 0; i < part.GetLength(0); i++)
            {
                for (var j = 0; j < part.GetLength(1); j++)
                {
                    if (horizontal)
                    {
                        result[i, offset + j] = part[i, j];
                    }
                    else
                    {
                        result[offset + i, j] = part[i, j];
                    }
                }
            }
            offset += horizontal ? part.GetLength(1) : part.GetLength(0);
        }
        return result;
    }

    /// <summary>The cells [rl..ru] x [cl..cu] (0-based, inclusive).</summary>
    public static double[,] Slice(double[,] a, int rl, int ru, int cl, int cu)
    {
        var result = new double[ru - rl + 1, cu - cl + 1];
        for (var i = rl; i <= ru; i++)
        {
            for (var j = cl; j <= cu; j++)
            {
                result[i - rl, j - cl] = a[i, j];
            }
        }
        return result;
    }

    /// <summary>A copy of a with the cells from (rl, cl) on replaced by those of v.</summary>
    public static double[,] LeftIndex(double[,] a, int rl, int cl, double[,] v)
    {
        var result = (double[,])a.Clone();
        for (var i = 0; i < v.GetLength(0); i++)
        {
            for (var j = 0; j < v.GetLength(1); j++)
            {
                result[rl + i, cl + j] = v[i, j];
            }
        }
        return result;
    }
}

using DmlNet.Runtime.Data;

namespace DmlNet.Runtime.Kernels;

/// <summary>
/// quantile, median, interQuartileMean and interQuantile of a vector with optional weights.
/// </summary>
/// <remarks>
/// Weights are non-negative integer multiplicities (SystemDS rejects fractional weights): a value
/// with weight 3 counts as three equal values, so all rules below refer to the sorted, expanded
/// sample y_1 &lt;= ... &lt;= y_W of total weight W (W = n without weights). NaN sorts after every
/// number, as in Java.
/// <para>quantile(p): with k = ceil(p W), y_k (y_1 when k = 0). Following current SystemDS
/// (reference §12.11) the result is the mean of y_k and y_(k+1) when W is even and k &lt; W, so
/// median = quantile(0.5) averages the two middle values for even W. A vector of probabilities
/// gives one such value per cell.</para>
/// <para>interQuartileMean: the mean of the values between the 0.25 W-th and 0.75 W-th positions,
/// with the values that straddle those boundaries counted by their fraction inside (SystemDS's
/// correction), i.e. 2/W times the integral of y over [0.25 W, 0.75 W].</para>
/// <para>interQuantile(p), p &lt;= 0.5: y_i for i from max(1, ceil(p W)) to ceil((1 - p) W), as a column.</para>
/// </remarks>
public static class OrderStatistics
{
    /// <summary><c>quantile(x[, weights], p)</c> for a scalar probability.</summary>
    public static double Quantile(MatrixBlock x, MatrixBlock? weights, double p) =>
        Quantile(SortedSample.Of(x, weights, "quantile()"), p, "quantile()");

    /// <summary><c>quantile(x[, weights], P)</c>: one quantile per cell of P, in P's shape.</summary>
    public static MatrixBlock Quantiles(MatrixBlock x, MatrixBlock? weights, MatrixBlock probabilities)
    {
        var sample = SortedSample.Of(x, weights, "quantile()");
        var result = probabilities.DenseValues().Select(p => Quantile(sample, p, "quantile()")).ToArray();
        return MatrixBlock.FromDense(probabilities.Rows, probabilities.Columns, result).WithBestFormat();
    }

    /// <summary><c>median(x[, weights])</c>: the 0.5 quantile (even W averages the two middle values).</summary>
    public static double Median(MatrixBlock x, MatrixBlock? weights) =>
        Quantile(SortedSample.Of(x, weights, "median()"), 0.5, "median()");

    /// <summary><c>interQuartileMean(x[, weights])</c>: the mean of the middle half of the sample.</summary>
    public static double InterQuartileMean(MatrixBlock x, MatrixBlock? weights)
    {
        var sample = SortedSample.Of(x, weights, "interQuartileMean()");
        var (low, high) = (0.25 * sample.Total, 0.75 * sample.Total);
        var sum = new KahanSum();
        var start = 0.0;
        for (var i = 0; i < sample.Count && start < high; i++)
        {
            var end = sample.CumulativeWeights[i];
            var inside = Math.Min(end, high) - Math.Max(start, low);
            if (inside > 0)
            {
                sum.Add(inside * sample.Values[i]);
            }
            start = end;
        }
        return sum.Value / (0.5 * sample.Total);
    }

    /// <summary><c>interQuantile(x[, weights], p)</c>: the sorted values from the p to the 1 - p quantile position, as a column.</summary>
    public static MatrixBlock InterQuantile(MatrixBlock x, MatrixBlock? weights, double p)
    {
        if (!(p is >= 0 and <= 0.5))
        {
            throw new DmlRuntimeException($"interQuantile() p must be in [0, 0.5], got {Formatting.ScalarFormat.ToString(ScalarValue.Of(p))}");
        }
        var sample = SortedSample.Of(x, weights, "interQuantile()");
        var first = Math.Max(1, (long)Math.Ceiling(p * sample.Total));
        var last = (long)Math.Ceiling((1 - p) * sample.Total);
        var result = new double[last - first + 1];
        for (var k = first; k <= last; k++)
        {
            result[k - first] = sample.OrderStatistic(k);
        }
        return MatrixBlock.FromDense(result.Length, 1, result).WithBestFormat();
    }

    private static double Quantile(SortedSample sample, double p, string function)
    {
        if (!(p is >= 0 and <= 1))
        {
            throw new DmlRuntimeException($"{function} p must be in [0, 1], got {Formatting.ScalarFormat.ToString(ScalarValue.Of(p))}");
        }
        var position = (long)Math.Ceiling(p * sample.Total);
        if (position == 0)
        {
            return sample.OrderStatistic(1);
        }
        var value = sample.OrderStatistic(position);
        if (sample.Total % 2 != 0 || position >= sample.Total)
        {
            return value;
        }
        var next = sample.OrderStatistic(position + 1);
        return value == next ? value : (value + next) / 2;
    }

    /// <summary>The distinct-position sorted values with positive weights and their running weight totals.</summary>
    private sealed class SortedSample
    {
        private SortedSample(double[] values, double[] cumulativeWeights)
        {
            Values = values;
            CumulativeWeights = cumulativeWeights;
        }

        /// <summary>The values in ascending order (NaN last).</summary>
        public double[] Values { get; }

        /// <summary>The total weight of Values[0..i].</summary>
        public double[] CumulativeWeights { get; }

        public int Count => Values.Length;

        public double Total => CumulativeWeights[^1];

        public static SortedSample Of(MatrixBlock x, MatrixBlock? weights, string function)
        {
            var values = VectorValues.Of(x, function, "x");
            var w = weights is null ? null : VectorValues.Matching(weights, values.Length, function, "weights");
            var order = Enumerable.Range(0, values.Length).Where(i => w is null || w[i] != 0).ToArray();
            if (w is not null)
            {
                foreach (var weight in w)
                {
                    if (!(weight >= 0) || Math.Floor(weight) != weight || double.IsInfinity(weight))
                    {
                        throw new DmlRuntimeException(
                            $"{function} weights must be non-negative integers, got {Formatting.ScalarFormat.ToString(ScalarValue.Of(weight))}");
                    }
                }
            }
            if (order.Length == 0)
            {
                throw new DmlRuntimeException($"{function} needs at least one value{(w is null ? "" : " with a non-zero weight")}");
            }
            Array.Sort(order, (a, b) => JavaCompare(values[a], values[b]));
            var sorted = new double[order.Length];
            var cumulative = new double[order.Length];
            var total = 0.0;
            for (var i = 0; i < order.Length; i++)
            {
                sorted[i] = values[order[i]];
                total += w?[order[i]] ?? 1;
                cumulative[i] = total;
            }
            return new SortedSample(sorted, cumulative);
        }

        /// <summary>y_k of the expanded sample, 1 &lt;= k &lt;= Total.</summary>
        public double OrderStatistic(long k)
        {
            var index = Array.BinarySearch(CumulativeWeights, (double)k);
            if (index < 0)
            {
                index = ~index;
            }
            while (index > 0 && CumulativeWeights[index - 1] >= k)
            {
                index--;
            }
            return Values[Math.Min(index, Count - 1)];
        }

        /// <summary>Java's Double.compare order on values: NaN above every number.</summary>
        private static int JavaCompare(double a, double b) => (double.IsNaN(a), double.IsNaN(b)) switch
        {
            (true, true) => 0,
            (true, false) => 1,
            (false, true) => -1,
            _ => a.CompareTo(b),
        };
    }
}

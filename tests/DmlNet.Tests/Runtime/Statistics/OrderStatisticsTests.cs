using DmlNet.Runtime;
using DmlNet.Runtime.Data;
using DmlNet.Runtime.Kernels;

namespace DmlNet.Tests.Runtime.Statistics;

/// <summary>quantile, median, interQuartileMean and interQuantile against the rules worked through by hand.</summary>
public class OrderStatisticsTests
{
    /// <summary>The rule of the doc comment on the sorted expanded sample y: y_k, averaged with y_(k+1) for even n and k &lt; n.</summary>
    private static double Reference(double[] sorted, double p)
    {
        var n = sorted.Length;
        var k = (int)Math.Ceiling(p * n);
        if (k == 0)
        {
            return sorted[0];
        }
        return n % 2 == 0 && k < n ? (sorted[k - 1] + sorted[k]) / 2 : sorted[k - 1];
    }

    [Theory]
    [InlineData(new[] { 5.0, 1, 4, 2, 3 })]
    [InlineData(new[] { 5.0, 1, 4, 2, 3, 6 })]
    [InlineData(new[] { 0.0, -3, 0, 7, 0, 0, 2, -1 })]
    [InlineData(new[] { 42.0 })]
    public void QuantilesFollowTheCeilRuleWithEvenAveraging(double[] values)
    {
        var sorted = values.Order().ToArray();
        foreach (var input in Blocks.BothFormats(Blocks.Column(values)))
        {
            foreach (var p in new[] { 0, 0.1, 0.25, 0.3, 0.5, 0.6, 0.75, 0.9, 1 })
            {
                Assert.Equal(Reference(sorted, p), OrderStatistics.Quantile(input, null, p));
            }
            Assert.Equal(Reference(sorted, 0.5), OrderStatistics.Median(input, null));
        }
    }

    [Fact]
    public void MedianHandWorked()
    {
        Assert.Equal(3, OrderStatistics.Median(Blocks.Column(5, 1, 3), null));
        Assert.Equal(2.5, OrderStatistics.Median(Blocks.Column(4, 1, 3, 2), null));
        Assert.Equal(7, OrderStatistics.Median(Blocks.Column(7, 7, 1, 9), null));
    }

    [Fact]
    public void IntegerWeightsActLikeRepeatedValues()
    {
        var x = Blocks.Column(3, 1, 2, 8);
        var w = Blocks.Column(2, 0, 3, 1);
        var expanded = Blocks.Column(3, 3, 2, 2, 2, 8);
        foreach (var p in new[] { 0, 0.2, 0.5, 0.7, 0.99, 1 })
        {
            Assert.Equal(OrderStatistics.Quantile(expanded, null, p), OrderStatistics.Quantile(x, w, p));
        }
        Assert.Equal(OrderStatistics.Median(expanded, null), OrderStatistics.Median(x, w));
        Assert.Equal(OrderStatistics.InterQuartileMean(expanded, null), OrderStatistics.InterQuartileMean(x, w), 14);
        Assert.Equal(OrderStatistics.InterQuantile(expanded, null, 0.2).DenseValues(), OrderStatistics.InterQuantile(x, w, 0.2).DenseValues());
    }

    [Fact]
    public void VectorsOfProbabilitiesKeepTheirShape()
    {
        var x = Blocks.Column(10, 20, 30, 40, 50);
        var result = OrderStatistics.Quantiles(x, null, Blocks.Column(0.2, 0.5, 1));
        Assert.Equal((3, 1), (result.Rows, result.Columns));
        Assert.Equal([10, 30, 50], result.DenseValues());
    }

    [Fact]
    public void InterQuartileMeanCountsStraddlingValuesByTheirFraction()
    {
        // n = 6, middle half covers positions (1.5, 4.5]: half of y2, y3, y4, half of y5
        Assert.Equal((0.5 * 2 + 3 + 4 + 0.5 * 5) / 3, OrderStatistics.InterQuartileMean(Blocks.Column(6, 5, 4, 3, 2, 1), null), 14);
        // n = 8: exactly y3..y6
        Assert.Equal((3 + 4 + 5 + 6) / 4.0, OrderStatistics.InterQuartileMean(Blocks.Column(8, 1, 7, 2, 6, 3, 5, 4), null), 14);
        Assert.Equal(9, OrderStatistics.InterQuartileMean(Blocks.Column(9), null));
    }

    [Fact]
    public void InterQuantileReturnsTheSortedMiddlePositions()
    {
        // n = 10, p = 0.25: positions ceil(2.5) = 3 to ceil(7.5) = 8
        var x = Blocks.Column(10, 9, 8, 7, 6, 5, 4, 3, 2, 1);
        var result = OrderStatistics.InterQuantile(x, null, 0.25);
        Assert.Equal((6, 1), (result.Rows, result.Columns));
        Assert.Equal([3, 4, 5, 6, 7, 8], result.DenseValues());
        Assert.Equal(Enumerable.Range(1, 10).Select(i => (double)i), OrderStatistics.InterQuantile(x, null, 0).DenseValues());
        Assert.Contains("0.5", Assert.Throws<DmlRuntimeException>(() => OrderStatistics.InterQuantile(x, null, 0.7)).Message);
    }

    [Fact]
    public void NaNSortsAboveEveryNumber()
    {
        var x = Blocks.Column(double.NaN, 1, 2);
        Assert.Equal(1, OrderStatistics.Quantile(x, null, 0.2));
        Assert.Equal(2, OrderStatistics.Median(x, null));
        Assert.True(double.IsNaN(OrderStatistics.Quantile(x, null, 1)));
    }

    [Fact]
    public void BadArgumentsAreClearErrors()
    {
        var x = Blocks.Column(1, 2, 3);
        Assert.Contains("[0, 1]", Assert.Throws<DmlRuntimeException>(() => OrderStatistics.Quantile(x, null, 1.5)).Message);
        Assert.Contains("integers", Assert.Throws<DmlRuntimeException>(() => OrderStatistics.Median(x, Blocks.Column(1, 0.5, 1))).Message);
        Assert.Contains("integers", Assert.Throws<DmlRuntimeException>(() => OrderStatistics.Median(x, Blocks.Column(1, -1, 1))).Message);
        Assert.Contains("at least one", Assert.Throws<DmlRuntimeException>(() => OrderStatistics.Median(MatrixBlock.Filled(0, 1, 0), null)).Message);
        Assert.Contains("non-zero weight", Assert.Throws<DmlRuntimeException>(() => OrderStatistics.Median(x, Blocks.Column(0, 0, 0))).Message);
        Assert.Contains("vector", Assert.Throws<DmlRuntimeException>(() => OrderStatistics.Median(MatrixBlock.Filled(2, 2, 1), null)).Message);
    }
}

using DmlNet.Runtime;
using DmlNet.Runtime.Kernels;

namespace DmlNet.Tests.Runtime.Statistics;

/// <summary>aggregate(): every fn against per-group values computed by hand or with LINQ.</summary>
public class GroupedAggregateTests
{
    private static readonly double[] Target = [4, 1, 7, 2, 2, 9, 5];
    private static readonly double[] Groups = [1, 2, 1, 3, 2, 1, 3.7];

    private static double[] Run(string fn, long? ngroups = null, long? order = null, double[]? weights = null) =>
        GroupedAggregate.Compute(Blocks.Column(Target), Blocks.Column(Groups), fn,
            weights is null ? null : Blocks.Column(weights), ngroups, order).DenseValues();

    [Fact]
    public void EachFunctionPerGroup()
    {
        // group 1: 4, 7, 9; group 2: 1, 2; group 3: 2, 5 (3.7 truncates to 3)
        Assert.Equal([20, 3, 7], Run("sum"));
        Assert.Equal([3, 2, 2], Run("count"));
        Assert.Equal([20 / 3.0, 1.5, 3.5], Run("mean"));
        Assert.Equal([(64 / 9.0 + 1 / 9.0 + 49 / 9.0) / 2, 0.5, 4.5], Run("variance"), new DoublePrecision(12));
        Assert.Equal([(-8.0 / 3 * 64 / 9 + 1.0 / 3 / 9 + 7.0 / 3 * 49 / 9) / 3, 0, 0], Run("centralmoment", order: 3), new DoublePrecision(12));
        Assert.Equal([4, 1, 2], Run("min"));
        Assert.Equal([9, 2, 5], Run("max"));
    }

    [Fact]
    public void WeightsAreMultiplicities()
    {
        double[] w = [2, 1, 0, 1, 3, 1, 1];
        // group 1: 4 (x2), 9; group 2: 1, 2 (x3); group 3: 2, 5
        Assert.Equal([17, 7, 7], Run("sum", weights: w));
        Assert.Equal([3, 4, 2], Run("count", weights: w));
        Assert.Equal([17 / 3.0, 7 / 4.0, 3.5], Run("mean", weights: w), new DoublePrecision(14));
        var expandedVariance = new[] { 4.0, 4, 9 }.Variance();
        Assert.Equal(expandedVariance, Run("variance", weights: w)[0], 12);
        Assert.Equal([4, 1, 2], Run("min", weights: w));
    }

    [Fact]
    public void NGroupsDropsLargerIdsAndPadsEmptyGroups()
    {
        Assert.Equal([20, 3], Run("sum", ngroups: 2));
        Assert.Equal([20, 3, 7, 0, 0], Run("sum", ngroups: 5));
        Assert.Equal([3, 2, 2, 0, 0], Run("count", ngroups: 5));
        Assert.Equal(0, Run("mean", ngroups: 4)[3]);
        Assert.Equal(0, Run("max", ngroups: 4)[3]);
        Assert.True(double.IsNaN(Run("centralmoment", ngroups: 4, order: 2)[3]));
    }

    [Fact]
    public void MultiColumnTargetsGiveOneColumnPerTargetColumn()
    {
        var target = Blocks.Of(new double[,] { { 1, 10 }, { 2, 20 }, { 3, 30 } });
        foreach (var input in Blocks.BothFormats(target))
        {
            var result = GroupedAggregate.Compute(input, Blocks.Column(2, 1, 2), "sum", null, 3, null);
            Assert.Equal((3, 2), (result.Rows, result.Columns));
            Assert.Equal([2, 20, 4, 40, 0, 0], result.DenseValues());
        }
        Assert.Contains("ngroups", Assert.Throws<DmlRuntimeException>(() =>
            GroupedAggregate.Compute(target, Blocks.Column(2, 1, 2), "sum", null, null, null)).Message);
        var row = Blocks.Of(new double[,] { { 1, 2, 3 } });
        Assert.Equal([4, 2], GroupedAggregate.Compute(row, Blocks.Column(1, 2, 1), "sum", null, null, null).DenseValues());
    }

    [Fact]
    public void InvalidGroupsAndFunctionsAreClearErrors()
    {
        Assert.Contains("at least 1", Assert.Throws<DmlRuntimeException>(() =>
            GroupedAggregate.Compute(Blocks.Column(1, 2), Blocks.Column(1, 0), "sum", null, null, null)).Message);
        Assert.Contains("at least 1", Assert.Throws<DmlRuntimeException>(() =>
            GroupedAggregate.Compute(Blocks.Column(1, 2), Blocks.Column(1, double.NaN), "sum", null, null, null)).Message);
        Assert.Contains("fn must be one of", Assert.Throws<DmlRuntimeException>(() => Run("median")).Message);
        Assert.Contains("order=2, 3 or 4", Assert.Throws<DmlRuntimeException>(() => Run("centralmoment")).Message);
    }
}

/// <summary>Statistics helpers for the expected values.</summary>
internal static class SampleStatistics
{
    /// <summary>The sample variance (n - 1) by the two-pass formula.</summary>
    public static double Variance(this double[] values)
    {
        var mean = values.Average();
        return values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1);
    }
}

/// <summary>Compares doubles to a number of decimal places in collection assertions.</summary>
internal sealed class DoublePrecision(int digits) : IEqualityComparer<double>
{
    public bool Equals(double x, double y) => Math.Abs(x - y) <= Math.Pow(10, -digits) * Math.Max(1, Math.Abs(x));

    public int GetHashCode(double obj) => 0;
}

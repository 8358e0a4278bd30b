using DmlNet.Runtime;
using DmlNet.Runtime.Data;
using DmlNet.Runtime.Kernels;

namespace DmlNet.Tests.Runtime.Reorg;

/// <summary>rand (distributions, sparsity, seeds), seq (SystemDS's length and sign rules), sample and matrix().</summary>
public class ConstructionTests
{
    private static double[] Values(MatrixBlock block) => block.DenseValues();

    private static (double Mean, double Variance) Moments(IReadOnlyCollection<double> values)
    {
        var mean = values.Average();
        return (mean, values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
    }

    [Fact]
    public void UniformCellsAreSpreadEvenlyOverTheRange()
    {
        var values = Values(RandomMatrix.Generate(200, 100, -2, 6, 1, 17, "uniform", 1));
        Assert.All(values, v => Assert.InRange(v, -2, 6));
        var (mean, variance) = Moments(values);
        // n = 20000: the mean's standard error is 8 / sqrt(12 n) = 0.016
        Assert.InRange(mean, 2 - 0.08, 2 + 0.08);
        Assert.InRange(variance, 64 / 12.0 * 0.95, 64 / 12.0 * 1.05);
        for (var q = 0.1; q < 0.95; q += 0.1)
        {
            var below = values.Count(v => v < -2 + 8 * q) / (double)values.Length;
            Assert.InRange(below, q - 0.02, q + 0.02);
        }
    }

    [Fact]
    public void NormalCellsHaveMeanZeroAndUnitVariance()
    {
        var values = Values(RandomMatrix.Generate(100, 200, 5, 9, 1, 3, "normal", 1));
        var (mean, variance) = Moments(values);
        Assert.InRange(mean, -0.035, 0.035);
        Assert.InRange(variance, 0.95, 1.05);
        Assert.InRange(values.Count(v => Math.Abs(v) < 1) / (double)values.Length, 0.6827 - 0.02, 0.6827 + 0.02);
        Assert.InRange(values.Count(v => Math.Abs(v) < 2) / (double)values.Length, 0.9545 - 0.01, 0.9545 + 0.01);
    }

    [Theory]
    [InlineData(3.0)]
    [InlineData(50.0)]
    public void PoissonCellsAreCountsWithMeanAndVarianceLambda(double lambda)
    {
        var values = Values(RandomMatrix.Generate(100, 200, 0, 1, 1, 23, "poisson", lambda));
        Assert.All(values, v => Assert.True(v >= 0 && v == Math.Floor(v), $"{v} is not a count"));
        var (mean, variance) = Moments(values);
        var standardError = Math.Sqrt(lambda / values.Length);
        Assert.InRange(mean, lambda - 5 * standardError, lambda + 5 * standardError);
        Assert.InRange(variance, lambda * 0.93, lambda * 1.07);
        var zeroProbability = Math.Exp(-lambda);
        Assert.InRange(values.Count(v => v == 0) / (double)values.Length, zeroProbability - 0.006, zeroProbability + 0.006);
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(0.05)]
    [InlineData(0.9)]
    public void SparsityIsTheFractionOfNonZeroCells(double sparsity)
    {
        var block = RandomMatrix.Generate(300, 100, 1, 2, sparsity, 99, "uniform", 1);
        Assert.InRange(block.NonZeros / 30000.0, sparsity - 0.015, sparsity + 0.015);
        Assert.All(Values(block).Where(v => v != 0), v => Assert.InRange(v, 1, 2));
        Assert.Equal(sparsity < MatrixBlock.SparsityThreshold, block.IsSparse);
    }

    [Fact]
    public void TheSameSeedGivesTheSameMatrixAndOtherSeedsDiffer()
    {
        foreach (var pdf in new[] { "uniform", "normal", "poisson" })
        {
            var a = Values(RandomMatrix.Generate(50, 40, 0, 1, 0.7, 42, pdf, 4));
            var b = Values(RandomMatrix.Generate(50, 40, 0, 1, 0.7, 42, pdf, 4));
            var c = Values(RandomMatrix.Generate(50, 40, 0, 1, 0.7, 43, pdf, 4));
            Assert.Equal(a, b);
            Assert.True(a.Zip(c).Count(p => p.First != p.Second) > 1000, $"{pdf}: seeds 42 and 43 gave nearly the same matrix");
        }
    }

    [Fact]
    public void RandDegenerateShapesAndRanges()
    {
        Assert.Equal(Enumerable.Repeat(3.5, 6), Values(RandomMatrix.Generate(2, 3, 3.5, 3.5, 1, 1, "uniform", 1)));
        Assert.Equal((0, 4), (RandomMatrix.Generate(0, 4, 0, 1, 1, 1, "uniform", 1).Rows, 4));
        Assert.Equal(0, RandomMatrix.Generate(5, 5, 0, 1, 0, 1, "uniform", 1).NonZeros);
        Assert.Throws<DmlRuntimeException>(() => RandomMatrix.Generate(2, 2, 3, 1, 1, 1, "uniform", 1));
        Assert.Throws<DmlRuntimeException>(() => RandomMatrix.Generate(2, 2, 0, 1, 1, 1, "gamma", 1));
        Assert.Throws<DmlRuntimeException>(() => RandomMatrix.Generate(2, 2, 0, 1, 1, 1, "poisson", 0));
    }

    [Fact]
    public void RandInAScriptHonoursItsNamedArguments()
    {
        var r = Scripts.Matrix("R = rand(rows=30, cols=20, min=10, max=11, sparsity=0.5, seed=5)", "R");
        Assert.Equal((30, 20), (r.GetLength(0), r.GetLength(1)));
        var nonZeros = r.Cast<double>().Where(v => v != 0).ToList();
        Assert.All(nonZeros, v => Assert.InRange(v, 10, 11));
        Assert.InRange(nonZeros.Count, 240, 360);
        Assert.Equal(r, Scripts.Matrix("R = rand(rows=30, cols=20, min=10, max=11, sparsity=0.5, seed=5)", "R"));
    }

    /// <summary>The values SystemDS produces: each the previous plus the increment.</summary>
    private static double[] Accumulated(double from, double increment, int count)
    {
        var values = new double[count];
        var current = from;
        for (var i = 0; i < count; i++)
        {
            values[i] = current;
            current += increment;
        }
        return values;
    }

    [Theory]
    [InlineData(1, 10, null, 10)]
    [InlineData(10, 1, null, 10)]
    [InlineData(1, 0, null, 2)]
    [InlineData(0, 1, 0.3, 4)]
    [InlineData(10, 1, -3.0, 4)]
    [InlineData(2, 2, null, 1)]
    [InlineData(2, 2, -1.0, 1)]
    [InlineData(1, 2, 0.4, 3)]
    [InlineData(0.1, 0.6, 0.1, 6)]
    [InlineData(5, 1, 1.0, 5)]
    public void SeqCountsAndAccumulatesLikeSystemDS(double from, double to, double? increment, int count)
    {
        var step = increment is 1 && from > to ? -1 : increment ?? (from <= to ? 1 : -1);
        var block = RandomMatrix.Seq(from, to, increment);
        TestBlocks.Equal(count, 1, Accumulated(from, step, count), block);
    }

    [Theory]
    [InlineData(1, 5, -1)]
    [InlineData(5, 1, 2)]
    [InlineData(1, 5, 0)]
    [InlineData(double.NaN, 5, 1)]
    [InlineData(1, double.PositiveInfinity, 1)]
    public void SeqRejectsIncrementsThatNeverReachTheEnd(double from, double to, double increment)
    {
        var error = Assert.Throws<DmlRuntimeException>(() => RandomMatrix.Seq(from, to, increment));
        Assert.Contains("wrong sign", error.Message);
    }

    [Fact]
    public void SeqInAScriptFlipsAnIncrementOfOneAtRunTimeOnly()
    {
        Assert.Equal("5.0\n1.0\n", Scripts.Output("X = matrix(5, rows=1, cols=1)\na = as.scalar(X)\ns = seq(a, 1, 1)\nprint(as.scalar(s[1,1]))\nprint(as.scalar(s[5,1]))"));
        Assert.Contains("wrong sign", Scripts.Error("X = matrix(5, rows=1, cols=1)\na = as.scalar(X)\ns = seq(a, 1, 2)\nprint(sum(s))"));
        Assert.Contains("wrong sign", Scripts.Error("s = seq(5, 1, 1)\nprint(sum(s))"));
    }

    [Fact]
    public void SampleWithoutReplacementIsAPermutationPrefix()
    {
        var all = Values(RandomMatrix.Sample(10, 10, false, 7));
        Assert.Equal(Enumerable.Range(1, 10).Select(i => (double)i), all.Order());
        var some = Values(RandomMatrix.Sample(1000, 50, false, 8));
        Assert.Equal(50, some.Distinct().Count());
        Assert.All(some, v => Assert.InRange(v, 1, 1000));
        var error = Assert.Throws<DmlRuntimeException>(() => RandomMatrix.Sample(3, 5, false, 1));
        Assert.Contains("without replacement", error.Message);
    }

    [Fact]
    public void SampleWithReplacementDrawsEveryValueEquallyOften()
    {
        var values = Values(RandomMatrix.Sample(5, 10000, true, 3));
        Assert.All(values, v => Assert.True(v is >= 1 and <= 5 && v == Math.Floor(v)));
        foreach (var group in values.GroupBy(v => v))
        {
            Assert.InRange(group.Count(), 2000 - 200, 2000 + 200);
        }
        Assert.Equal(5, values.Distinct().Count());
    }

    [Fact]
    public void SampleTakesABooleanOrASeedAsItsThirdArgument()
    {
        Assert.Equal("5.0\n", Scripts.Output("a = sample(100, 5, 42)\nb = sample(100, 5, 42)\nprint(sum(a == b))"));
        Assert.Equal("5.0\n", Scripts.Output("a = sample(100, 5, TRUE, 42)\nb = sample(100, 5, TRUE, 42)\nprint(sum(a == b))"));
        Assert.Equal("TRUE\n", Scripts.Output("a = sample(1000000, 20, 1)\nb = sample(1000000, 20, 2)\nprint(sum(a == b) < 20)"));
        Assert.Equal("1.0\n", Scripts.Output("a = sample(2, 200, TRUE)\nprint(max(a) - min(a))"));
        Assert.Contains("without replacement", Scripts.Error("a = sample(3, 4, 42)\nprint(sum(a))"));
    }

    [Fact]
    public void MatrixFromAStringOrAScalar()
    {
        Assert.Equal(new double[,] { { 1, 2 }, { 3.5, -4 } }, Scripts.Matrix("R = matrix(\"1 2 3.5 -4\", rows=2, cols=2)", "R"));
        var special = Scripts.Matrix("R = matrix(\"NaN Infinity -Infinity 1e3\", rows=1, cols=4)", "R");
        Assert.Equal(new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity, 1000 }, special.Cast<double>());
        Assert.Equal(new double[,] { { 7, 7, 7 }, { 7, 7, 7 } }, Scripts.Matrix("R = matrix(7, rows=2, cols=3)", "R"));
        Assert.Equal(new double[,] { { 0, 0 } }, Scripts.Matrix("R = matrix(0, rows=1, cols=2)", "R"));
        Assert.Contains("3 values for a 2 x 2 matrix", Scripts.Error("X = matrix(1, rows=1, cols=1)\ns = \"1 2 \" + as.integer(as.scalar(X))\nR = matrix(s, rows=2, cols=2)\nprint(sum(R))"));
    }
}

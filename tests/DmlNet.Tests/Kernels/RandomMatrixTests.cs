using DmlNet.Runtime;
using DmlNet.Runtime.Kernels;
using DmlNet.Tests.Kernels.Support;

namespace DmlNet.Tests.Kernels;

/// <summary>
/// rand, seq and sample: determinism (per seed, whatever the threads), the requested sparsity and
/// distributions (checked against their moments; the data are fixed by the seed, so the bounds
/// are not flaky), and the lengths and values of sequences.
/// </summary>
public class RandomMatrixTests
{
    [Fact]
    public void TheSameSeedGivesTheSameMatrixAndAnotherSeedAnother()
    {
        foreach (var pdf in new[] { "uniform", "normal", "poisson" })
        {
            var first = RandomMatrix.Generate(50, 40, -1, 3, 0.7, 42, pdf, 4);
            var again = RandomMatrix.Generate(50, 40, -1, 3, 0.7, 42, pdf, 4);
            var other = RandomMatrix.Generate(50, 40, -1, 3, 0.7, 43, pdf, 4);
            BlockAssert.Equal(first.ToArray(), again, $"{pdf} seed 42 twice", checkZeroSign: true);
            Assert.NotEqual(Naive.Cells(first.ToArray()), Naive.Cells(other.ToArray()));
        }
    }

    /// <summary>
    /// One thread or many give the same cells: a matrix big enough to be generated in parallel
    /// equals the same call run on a scheduler with one worker, and its first rows equal a
    /// smaller matrix (generated serially) with the same seed and columns.
    /// </summary>
    [Fact]
    public async Task ResultsDoNotDependOnTheNumberOfThreads()
    {
        var parallel = RandomMatrix.Generate(2000, 300, 0, 1, 0.5, 7, "uniform", 1);
        var singleWorker = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, maxConcurrencyLevel: 1).ConcurrentScheduler;
        var serial = await Task.Factory.StartNew(() => RandomMatrix.Generate(2000, 300, 0, 1, 0.5, 7, "uniform", 1),
            TestContext.Current.CancellationToken, TaskCreationOptions.None, singleWorker);
        BlockAssert.Equal(parallel.ToArray(), serial, "parallel vs one worker");
        var small = RandomMatrix.Generate(200, 300, 0, 1, 0.5, 7, "uniform", 1);
        BlockAssert.Equal(Naive.Slice(parallel.ToArray(), 0, 199, 0, 299), small, "first 200 rows vs a 200-row matrix");
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.05)]
    [InlineData(0.3)]
    [InlineData(0.7)]
    [InlineData(1.0)]
    public void TheFractionOfNonZerosIsTheSparsity(double sparsity)
    {
        const int rows = 200, columns = 200;
        var block = RandomMatrix.Generate(rows, columns, 1, 2, sparsity, 11, "uniform", 1);
        var fraction = (double)block.NonZeros / (rows * columns);
        var sigma = Math.Sqrt(sparsity * (1 - sparsity) / (rows * columns));
        Assert.True(Math.Abs(fraction - sparsity) <= 5 * sigma + 1e-12, $"non-zero fraction {fraction} for sparsity {sparsity}");
        BlockAssert.WellFormed(block, $"sparsity {sparsity}");
        BlockAssert.BestFormat(block, $"sparsity {sparsity}");
    }

    [Fact]
    public void UniformValuesLieInTheRangeWithTheRightMoments()
    {
        var cells = Naive.Cells(RandomMatrix.Generate(300, 300, -2, 6, 1, 5, "uniform", 1).ToArray());
        Assert.All(cells, v => Assert.True(v >= -2 && v < 6, $"{v} outside [-2, 6)"));
        // Uniform on [-2, 6): mean 2, variance 8^2 / 12; the sample mean's standard error is sqrt(var / n).
        var n = cells.Length;
        Assert.True(Math.Abs(cells.Average() - 2) <= 5 * Math.Sqrt(64.0 / 12 / n), $"mean {cells.Average()}");
        Assert.True(Math.Abs(Naive.Aggregate(AggregateOp.Variance, cells) - 64.0 / 12) <= 0.1, "variance");
        BlockAssert.Equal(Naive.Map(new double[3, 4], _ => 2.5), RandomMatrix.Generate(3, 4, 2.5, 2.5, 1, 5, "uniform", 1), "min == max");
    }

    [Fact]
    public void NormalValuesHaveMeanZeroAndVarianceOne()
    {
        var cells = Naive.Cells(RandomMatrix.Generate(300, 300, 0, 1, 1, 5, "normal", 1).ToArray());
        var n = cells.Length;
        Assert.True(Math.Abs(cells.Average()) <= 5 / Math.Sqrt(n), $"mean {cells.Average()}");
        Assert.True(Math.Abs(Naive.Aggregate(AggregateOp.Variance, cells) - 1) <= 5 * Math.Sqrt(2.0 / n), "variance");
        var beyondTwoSigma = cells.Count(v => Math.Abs(v) > 2) / (double)n;
        Assert.True(Math.Abs(beyondTwoSigma - 0.0455) <= 0.005, $"fraction beyond 2 sigma {beyondTwoSigma}");
    }

    [Theory]
    [InlineData(3.0)]
    [InlineData(50.0)]
    public void PoissonValuesAreCountsWithMeanAndVarianceLambda(double lambda)
    {
        var cells = Naive.Cells(RandomMatrix.Generate(300, 300, 0, 1, 1, 5, "poisson", lambda).ToArray());
        Assert.All(cells, v => Assert.True(v >= 0 && v == Math.Floor(v), $"{v} is not a count"));
        var n = cells.Length;
        Assert.True(Math.Abs(cells.Average() - lambda) <= 5 * Math.Sqrt(lambda / n), $"mean {cells.Average()}");
        Assert.True(Math.Abs(Naive.Aggregate(AggregateOp.Variance, cells) / lambda - 1) <= 0.05, "variance");
    }

    [Theory]
    [InlineData(0, 5)]
    [InlineData(5, 0)]
    [InlineData(0, 0)]
    public void EmptyShapesGiveEmptyMatrices(int rows, int columns)
    {
        var block = RandomMatrix.Generate(rows, columns, 0, 1, 1, 5, "uniform", 1);
        Assert.Equal((rows, columns), (block.Rows, block.Columns));
    }

    [Theory]
    [InlineData(-0.1, 0, 1, "uniform", 1, "sparsity must be between 0 and 1")]
    [InlineData(1.5, 0, 1, "uniform", 1, "sparsity must be between 0 and 1")]
    [InlineData(double.NaN, 0, 1, "uniform", 1, "sparsity must be between 0 and 1")]
    [InlineData(1, 2, 1, "uniform", 1, "min (2) must not exceed max (1)")]
    [InlineData(1, 0, 1, "poisson", 0, "lambda must be positive")]
    [InlineData(1, 0, 1, "cauchy", 1, "unknown pdf \"cauchy\"")]
    public void InvalidParametersAreErrors(double sparsity, double min, double max, string pdf, double lambda, string message)
    {
        var error = Assert.Throws<DmlRuntimeException>(() => RandomMatrix.Generate(3, 3, min, max, sparsity, 1, pdf, lambda));
        Assert.Contains(message, error.Message);
    }

    /// <summary>seq: the reference's examples (12.8) and the direction rules (7.1).</summary>
    [Theory]
    [InlineData(1, 10, null, new double[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 })]
    [InlineData(10, 1, null, new double[] { 10, 9, 8, 7, 6, 5, 4, 3, 2, 1 })]
    [InlineData(1, 0, null, new double[] { 1, 0 })]
    [InlineData(10, 1, -3.0, new double[] { 10, 7, 4, 1 })]
    [InlineData(5, 1, 1.0, new double[] { 5, 4, 3, 2, 1 })]
    [InlineData(1, 1, null, new double[] { 1 })]
    [InlineData(2, 9, 2.0, new double[] { 2, 4, 6, 8 })]
    [InlineData(-1.5, 1, 0.5, new double[] { -1.5, -1, -0.5, 0, 0.5, 1 })]
    public void SeqGivesTheTermsUpToTheBound(double from, double to, double? increment, double[] expected)
    {
        var block = RandomMatrix.Seq(from, to, increment);
        Assert.Equal((expected.Length, 1), (block.Rows, block.Columns));
        Assert.Equal(expected, Naive.Cells(block.ToArray()));
        BlockAssert.BestFormat(block, $"seq({from}, {to}, {increment})");
    }

    /// <summary>seq(0, 1, 0.3) = 0, 0.3, 0.6, 0.9: four terms; the last is 3 * 0.3 in doubles.</summary>
    [Fact]
    public void SeqWithAFractionalIncrementStopsBeforeTheBound()
    {
        var cells = Naive.Cells(RandomMatrix.Seq(0, 1, 0.3).ToArray());
        Assert.Equal(4, cells.Length);
        Assert.Equal([0, 0.3, 0.6, 0.9], cells, (x, y) => Math.Abs(x - y) <= 1e-15);
        Assert.Equal(101, RandomMatrix.Seq(0, 10, 0.1).Rows);
    }

    [Theory]
    [InlineData(1, 5, -1)]
    [InlineData(5, 1, 2)]
    [InlineData(1, 5, 0)]
    public void SeqWithAWrongIncrementIsAnError(double from, double to, double increment) =>
        Assert.Contains("wrong sign or is 0", Assert.Throws<DmlRuntimeException>(() => RandomMatrix.Seq(from, to, increment)).Message);

    [Theory]
    [InlineData(10, 10)]
    [InlineData(1000, 30)]
    [InlineData(1, 1)]
    [InlineData(5, 0)]
    public void SampleWithoutReplacementGivesDistinctValuesInRange(long range, long size)
    {
        var block = RandomMatrix.Sample(range, size, replace: false, seed: 9);
        var cells = Naive.Cells(block.ToArray());
        Assert.Equal(((int)size, 1), (block.Rows, block.Columns));
        Assert.All(cells, v => Assert.True(v >= 1 && v <= range && v == Math.Floor(v), $"{v} outside 1..{range}"));
        Assert.Equal(cells.Length, cells.Distinct().Count());
        BlockAssert.Equal(block.ToArray(), RandomMatrix.Sample(range, size, replace: false, seed: 9), "same seed");
    }

    [Fact]
    public void SampleWithReplacementCoversTheRangeUniformly()
    {
        var cells = Naive.Cells(RandomMatrix.Sample(6, 60000, replace: true, seed: 3).ToArray());
        Assert.All(cells, v => Assert.True(v is >= 1 and <= 6 && v == Math.Floor(v), $"{v} outside 1..6"));
        foreach (var face in Enumerable.Range(1, 6))
        {
            var count = cells.Count(v => v == face);
            // Binomial(60000, 1/6): mean 10000, standard deviation about 91.
            Assert.True(Math.Abs(count - 10000) <= 500, $"{face} drawn {count} times");
        }
    }

    [Theory]
    [InlineData(3, 4, false, "cannot draw 4 distinct values from 1..3")]
    [InlineData(0, 1, true, "range must be at least 1")]
    [InlineData(5, -1, true, "size non-negative")]
    public void InvalidSamplesAreErrors(long range, long size, bool replace, string message) =>
        Assert.Contains(message, Assert.Throws<DmlRuntimeException>(() => RandomMatrix.Sample(range, size, replace, 1)).Message);

    /// <summary>Blocks from rand are stored dense or sparse by their fraction of non-zeros.</summary>
    [Fact]
    public void RandChoosesTheStorageBySparsity()
    {
        Assert.True(RandomMatrix.Generate(100, 100, 1, 2, 0.1, 1, "uniform", 1).IsSparse);
        Assert.False(RandomMatrix.Generate(100, 100, 1, 2, 0.9, 1, "uniform", 1).IsSparse);
        Assert.True(RandomMatrix.Generate(10, 10, 0, 0, 1, 1, "uniform", 1) is { IsSparse: true, NonZeros: 0 });
    }
}

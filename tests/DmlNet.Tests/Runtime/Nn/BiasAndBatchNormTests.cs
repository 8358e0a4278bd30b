using DmlNet.Runtime;
using DmlNet.Runtime.Data;
using DmlNet.Runtime.Kernels.Nn;

namespace DmlNet.Tests.Runtime.Nn;

/// <summary>bias_add, bias_multiply and batch_norm2d against per-cell references.</summary>
public class BiasAndBatchNormTests
{
    [Theory]
    [InlineData(1, 1, 5)]
    [InlineData(3, 4, 6)]
    [InlineData(70, 3, 200)]
    public void BiasIsAppliedToEveryCellOfItsChannel(int n, int c, int positions)
    {
        var x = Images.Random(n, c * positions, 0.6, seed: 21);
        var bias = Images.Random(c, 1, 0.0, seed: 22);
        foreach (var input in Images.BothFormats(x))
        {
            var added = BiasKernels.Add(input, bias);
            var multiplied = BiasKernels.Multiply(input, bias);
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < c * positions; j++)
                {
                    Assert.Equal(x.Get(i, j) + bias.Get(j / positions, 0), added.Get(i, j));
                    Assert.Equal(x.Get(i, j) * bias.Get(j / positions, 0), multiplied.Get(i, j));
                }
            }
        }
    }

    [Fact]
    public void BiasThatIsNotAColumnFails()
    {
        var error = Assert.Throws<DmlRuntimeException>(() => BiasKernels.Add(Images.Random(2, 6, 0, 1), Images.Random(4, 1, 0, 2)));
        Assert.Contains("C dividing ncol(input) = 6, got 4 x 1", error.Message);
    }

    /// <summary>Mean and uncorrected variance of channel k over all images and positions, computed cell by cell.</summary>
    private static (double Mean, double Var) ChannelStatistics(MatrixBlock x, int c, int k)
    {
        var positions = x.Columns / c;
        var values = Enumerable.Range(0, x.Rows).SelectMany(i => Enumerable.Range(k * positions, positions).Select(j => x.Get(i, j))).ToList();
        var mean = values.Average();
        return (mean, values.Sum(v => (v - mean) * (v - mean)) / values.Count);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void BatchNormNormalisesEachChannel(bool train)
    {
        const int N = 4, C = 3, Positions = 6;
        const double Eps = 1e-5, Mu = 0.9;
        var x = Images.Random(N, C * Positions, 0.3, seed: 23);
        var (gamma, beta) = (Images.Random(C, 1, 0, 24), Images.Random(C, 1, 0, 25));
        var emaMean = Images.Random(C, 1, 0, 26);
        var emaVar = MatrixBlock.FromDense(C, 1, [0.5, 1.5, 2.0]);
        var result = BatchNorm.Forward(x.ToSparse(), gamma, beta, emaMean, emaVar, train, Eps, Mu);
        for (var k = 0; k < C; k++)
        {
            var (mean, variance) = train ? ChannelStatistics(x, C, k) : (emaMean.Get(k, 0), emaVar.Get(k, 0));
            Assert.Equal(mean, result.Mean.Get(k, 0), 12);
            Assert.Equal(1 / Math.Sqrt(variance + Eps), result.InvStd.Get(k, 0), 10);
            Assert.Equal(train ? Mu * emaMean.Get(k, 0) + (1 - Mu) * mean : emaMean.Get(k, 0), result.RunningMean.Get(k, 0), 12);
            Assert.Equal(train ? Mu * emaVar.Get(k, 0) + (1 - Mu) * variance : emaVar.Get(k, 0), result.RunningVar.Get(k, 0), 12);
            for (var i = 0; i < N; i++)
            {
                for (var j = k * Positions; j < (k + 1) * Positions; j++)
                {
                    var expected = (x.Get(i, j) - mean) / Math.Sqrt(variance + Eps) * gamma.Get(k, 0) + beta.Get(k, 0);
                    Assert.Equal(expected, result.Out.Get(i, j), 10);
                }
            }
        }
    }
}

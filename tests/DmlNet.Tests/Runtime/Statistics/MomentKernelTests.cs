using DmlNet.Runtime;
using DmlNet.Runtime.Kernels;

namespace DmlNet.Tests.Runtime.Statistics;

/// <summary>Weighted means, central moments and covariances against hand-worked values and expanded samples.</summary>
public class MomentKernelTests
{
    [Fact]
    public void CentralMomentsDivideByN()
    {
        // x = 1..5: mean 3, deviations -2..2
        var x = Blocks.Column(1, 2, 3, 4, 5);
        foreach (var input in Blocks.BothFormats(x))
        {
            Assert.Equal(10.0 / 5, MomentKernels.CentralMoment(input, null, 2), 14);
            Assert.Equal(0, MomentKernels.CentralMoment(input, null, 3), 14);
            Assert.Equal(34.0 / 5, MomentKernels.CentralMoment(input, null, 4), 14);
        }
        Assert.Equal(((-1.0) * -1 * -1 + 8 * 8 * 8 - 7 * 7 * 7) / 3, MomentKernels.CentralMoment(Blocks.Column(2, 11, -4), null, 3) , 10);
    }

    [Fact]
    public void IntegerWeightsActLikeRepeatedValues()
    {
        var weighted = MomentKernels.CentralMoment(Blocks.Column(1, 4, 10), Blocks.Column(2, 1, 3), 4);
        var expanded = MomentKernels.CentralMoment(Blocks.Column(1, 1, 4, 10, 10, 10), null, 4);
        Assert.Equal(expanded, weighted, 10);
        Assert.Equal(
            MomentKernels.Covariance(Blocks.Column(1, 1, 2, 3, 3, 3), Blocks.Column(5, 5, 0, 2, 2, 2), null),
            MomentKernels.Covariance(Blocks.Column(1, 2, 3), Blocks.Column(5, 0, 2), Blocks.Column(2, 1, 3)), 12);
        Assert.Equal((1 * 2 + 4 * 1 + 10 * 3) / 6.0, MomentKernels.WeightedMean(Blocks.Column(1, 4, 10), Blocks.Column(2, 1, 3)), 14);
    }

    [Fact]
    public void CovarianceDividesByNMinusOne()
    {
        // x = 1, 2, 3, 4; y = 2, 4, 5, 9: mean 2.5 and 5; sum of products 1.5*3 + 0.5*1 + 0.5*0 + 1.5*4 = 11
        var x = Blocks.Column(1, 2, 3, 4);
        var y = Blocks.Column(2, 4, 5, 9);
        foreach (var input in Blocks.BothFormats(x))
        {
            Assert.Equal(11.0 / 3, MomentKernels.Covariance(input, y.ToSparse(), null), 14);
        }
        Assert.Equal(0, MomentKernels.Covariance(Blocks.Column(3), Blocks.Column(7), null));
        Assert.True(double.IsNaN(MomentKernels.Covariance(Blocks.Column(1, double.NaN), Blocks.Column(1, 2), null)));
    }

    [Fact]
    public void RowVectorsWorkAndMatricesOrMismatchedLengthsAreErrors()
    {
        var row = Blocks.Of(new double[,] { { 1, 2, 3, 4, 5 } });
        Assert.Equal(2, MomentKernels.CentralMoment(row, null, 2), 14);
        Assert.Contains("vector", Assert.Throws<DmlRuntimeException>(() =>
            MomentKernels.CentralMoment(Blocks.Of(new double[,] { { 1, 2 }, { 3, 4 } }), null, 2)).Message);
        Assert.Contains("3 values", Assert.Throws<DmlRuntimeException>(() =>
            MomentKernels.Covariance(Blocks.Column(1, 2, 3), Blocks.Column(1, 2), null)).Message);
        Assert.Contains("2, 3 or 4", Assert.Throws<DmlRuntimeException>(() => MomentKernels.CentralMoment(row, null, 5)).Message);
        Assert.Contains("shape", Assert.Throws<DmlRuntimeException>(() =>
            MomentKernels.WeightedMean(Blocks.Column(1, 2), Blocks.Column(1, 2, 3))).Message);
    }
}

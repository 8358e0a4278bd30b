using DmlNet.Runtime;
using DmlNet.Runtime.Data;
using DmlNet.Runtime.Kernels.Nn;

namespace DmlNet.Tests.Runtime.Nn;

/// <summary>conv2d, conv2d_backward_filter and conv2d_backward_data against nested-loop references, dense and sparse.</summary>
public class ConvolutionTests
{
    /// <summary>N, C, H, W, K, R, S, stride h/w, padding h/w: N = 1, padding, strides, non-square images and filters, several channels, several batch chunks.</summary>
    public static TheoryData<int, int, int, int, int, int, int, int, int, int, int> Shapes() => new()
    {
        { 1, 1, 4, 4, 1, 2, 2, 1, 1, 0, 0 },
        { 2, 3, 5, 7, 4, 3, 3, 1, 1, 1, 1 },
        { 3, 2, 6, 5, 3, 2, 3, 2, 1, 0, 2 },
        { 2, 2, 7, 9, 2, 3, 2, 3, 2, 2, 1 },
        { 1, 4, 8, 3, 5, 5, 1, 1, 2, 2, 0 },
        { 4, 1, 6, 6, 2, 6, 6, 1, 1, 0, 0 },
        { 2, 2, 3, 3, 3, 1, 1, 2, 2, 1, 1 },
        { 40, 16, 20, 20, 8, 3, 3, 1, 1, 1, 1 },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void ForwardMatchesTheDefinition(int n, int c, int h, int w, int k, int r, int s, int sh, int sw, int ph, int pw)
    {
        var g = Images.Geometry(n, c, h, w, k, r, s, sh, sw, ph, pw);
        var filter = Images.Random(k, c * r * s, 0.0, seed: 2);
        foreach (var zeros in new[] { 0.0, 0.8 })
        {
            var x = Images.Random(n, c * h * w, zeros, seed: 1);
            var expected = Images.Conv(x, filter, g);
            foreach (var input in Images.BothFormats(x))
            {
                Images.AssertClose(expected, Convolution.Forward(input, filter, g));
            }
            Images.AssertClose(expected, Convolution.Forward(x, filter.ToSparse(), g));
        }
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void BackwardFilterMatchesTheDefinition(int n, int c, int h, int w, int k, int r, int s, int sh, int sw, int ph, int pw)
    {
        var g = Images.Geometry(n, c, h, w, k, r, s, sh, sw, ph, pw);
        foreach (var zeros in new[] { 0.0, 0.8 })
        {
            var x = Images.Random(n, c * h * w, zeros, seed: 3);
            var dout = Images.Random(n, g.ConvOutputCells, zeros, seed: 4);
            var expected = Images.ConvFilter(x, dout, g);
            foreach (var input in Images.BothFormats(x))
            {
                foreach (var gradient in Images.BothFormats(dout))
                {
                    Images.AssertClose(expected, Convolution.BackwardFilter(input, gradient, g));
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void BackwardDataMatchesTheDefinition(int n, int c, int h, int w, int k, int r, int s, int sh, int sw, int ph, int pw)
    {
        var g = Images.Geometry(n, c, h, w, k, r, s, sh, sw, ph, pw);
        var filter = Images.Random(k, c * r * s, 0.0, seed: 5);
        foreach (var zeros in new[] { 0.0, 0.8 })
        {
            var dout = Images.Random(n, g.ConvOutputCells, zeros, seed: 6);
            var expected = Images.ConvData(filter, dout, g);
            foreach (var gradient in Images.BothFormats(dout))
            {
                Images.AssertClose(expected, Convolution.BackwardData(filter, gradient, g));
            }
        }
    }

    [Fact]
    public void OutputSizeRoundsDown()
    {
        var g = Images.Geometry(1, 1, 7, 8, 1, 2, 3, 2, 3, 1, 0);
        Assert.Equal(((7 + 2 - 2) / 2 + 1, (8 - 3) / 3 + 1), (g.P, g.Q));
    }

    [Theory]
    [InlineData(new long[] { 1, 2, 4, 4 }, new long[] { 1, 3, 2, 2 }, new long[] { 1, 1 }, new long[] { 0, 0 }, "has C=2 but filter_shape [1, 3, 2, 2] has C=3")]
    [InlineData(new long[] { 1, 1, 4, 4 }, new long[] { 1, 1, 2, 2 }, new long[] { 1, 1 }, new long[] { -1, 0 }, "the entries of padding must not be negative, got [-1, 0]")]
    [InlineData(new long[] { 1, 1, 4, 4 }, new long[] { 1, 1, 2, 2 }, new long[] { 0, 1 }, new long[] { 0, 0 }, "the entries of stride must be at least 1")]
    [InlineData(new long[] { 1, 1, 4, 4 }, new long[] { 1, 1, 6, 2 }, new long[] { 1, 1 }, new long[] { 0, 0 }, "a 6 x 2 window with padding [0, 0] does not fit a 4 x 4 image")]
    [InlineData(new long[] { 1, 1, 100000, 100000 }, new long[] { 1, 1, 2, 2 }, new long[] { 1, 1 }, new long[] { 0, 0 }, "is too large for one matrix block")]
    [InlineData(new long[] { 50000, 1, 100, 100 }, new long[] { 1000, 1, 1, 1 }, new long[] { 1, 1 }, new long[] { 0, 0 }, "more than one matrix block holds")]
    [InlineData(new long[] { 1, 1, 4 }, new long[] { 1, 1, 2, 2 }, new long[] { 1, 1 }, new long[] { 0, 0 }, "input_shape needs 4 entries [N, C, H, W], got 3")]
    public void BadShapesFailWithMessagesNamingThem(long[] input, long[] filter, long[] stride, long[] padding, string message)
    {
        var error = Assert.Throws<DmlRuntimeException>(() => ConvGeometry.Create("conv2d", input, filter, stride, padding, pooling: false));
        Assert.Contains(message, error.Message);
        Assert.StartsWith("conv2d(): ", error.Message);
    }

    [Fact]
    public void NaNInAFilterReachesEveryOutputOfItsChannel()
    {
        var g = Images.Geometry(1, 1, 3, 3, 1, 2, 2, 1, 1, 0, 0);
        var filter = MatrixBlock.FromDense(1, 4, [1, double.NaN, 0, 0]);
        var output = Convolution.Forward(Images.Random(1, 9, 0.5, seed: 9).ToSparse(), filter, g);
        Assert.All(Enumerable.Range(0, 4), j => Assert.True(double.IsNaN(output.Get(0, j))));
    }
}

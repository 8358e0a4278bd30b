using DmlNet.Runtime;
using DmlNet.Runtime.Data;
using DmlNet.Runtime.Kernels.Nn;

namespace DmlNet.Tests.Runtime.Nn;

/// <summary>max_pool, avg_pool and their gradients against nested-loop references, dense and sparse.</summary>
public class PoolingTests
{
    /// <summary>N, C, H, W, R, S, stride h/w, padding h/w.</summary>
    public static TheoryData<int, int, int, int, int, int, int, int, int, int> Shapes() => new()
    {
        { 1, 1, 4, 4, 2, 2, 2, 2, 0, 0 },
        { 2, 3, 5, 7, 3, 3, 1, 1, 1, 1 },
        { 3, 2, 6, 5, 2, 3, 2, 1, 1, 2 },
        { 2, 2, 7, 9, 3, 2, 3, 2, 2, 1 },
        { 1, 4, 8, 3, 5, 1, 1, 2, 2, 0 },
        { 4, 1, 6, 6, 6, 6, 1, 1, 0, 0 },
        { 64, 8, 14, 14, 2, 2, 2, 2, 0, 0 },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void ForwardAndBackwardMatchTheDefinition(int n, int c, int h, int w, int r, int s, int sh, int sw, int ph, int pw)
    {
        var g = Images.Geometry(n, c, h, w, c, r, s, sh, sw, ph, pw, pooling: true);
        foreach (var zeros in new[] { 0.0, 0.7 })
        {
            var x = Images.Random(n, c * h * w, zeros, seed: 11);
            var dout = Images.Random(n, g.PoolOutputCells, zeros, seed: 12);
            foreach (var max in new[] { true, false })
            {
                var forward = Images.Pool(x, g, max);
                var backward = Images.PoolBackward(x, dout, g, max);
                foreach (var input in Images.BothFormats(x))
                {
                    Images.AssertClose(forward, Pooling.Forward(input, g, max));
                    foreach (var gradient in Images.BothFormats(dout))
                    {
                        Images.AssertClose(backward, Pooling.Backward(input, gradient, g, max));
                    }
                }
            }
        }
    }

    [Fact]
    public void AllNegativeWindowsNextToPaddingKeepTheirMaximum()
    {
        var g = Images.Geometry(1, 1, 2, 2, 1, 2, 2, 1, 1, 1, 1, pooling: true);
        var x = MatrixBlock.FromDense(1, 4, [-1, -2, -3, -4]);
        var output = Pooling.Forward(x, g, max: true);
        Assert.Equal([-1, -1, -2, -1, -1, -2, -3, -3, -4], Enumerable.Range(0, 9).Select(j => output.Get(0, j)));
    }

    [Fact]
    public void PaddingAsLargeAsTheWindowIsRejected()
    {
        var error = Assert.Throws<DmlRuntimeException>(() => Images.Geometry(1, 1, 4, 4, 1, 2, 2, 1, 1, 2, 0, pooling: true));
        Assert.Contains("padding [2, 0] must be smaller than pool_size [2, 2]", error.Message);
    }
}

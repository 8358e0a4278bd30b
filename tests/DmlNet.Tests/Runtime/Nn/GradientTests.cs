using DmlNet.Runtime.Data;
using DmlNet.Runtime.Kernels.Nn;

namespace DmlNet.Tests.Runtime.Nn;

/// <summary>
/// The backward builtins against central differences of their forward builtins on tiny shapes:
/// for a fixed random dout, the gradient of loss = sum(forward(...) * dout) with respect to each input.
/// </summary>
public class GradientTests
{
    private const double Step = 1e-6;

    /// <summary>dloss/dcell for every cell of <paramref name="at"/>, by central differences.</summary>
    private static double[,] Numeric(MatrixBlock at, Func<MatrixBlock, double> loss)
    {
        var values = at.DenseValues();
        var result = new double[at.Rows, at.Columns];
        for (var i = 0; i < at.Rows; i++)
        {
            for (var j = 0; j < at.Columns; j++)
            {
                var plus = (double[])values.Clone();
                var minus = (double[])values.Clone();
                plus[i * at.Columns + j] += Step;
                minus[i * at.Columns + j] -= Step;
                result[i, j] = (loss(MatrixBlock.FromDense(at.Rows, at.Columns, plus)) - loss(MatrixBlock.FromDense(at.Rows, at.Columns, minus))) / (2 * Step);
            }
        }
        return result;
    }

    private static double Dot(MatrixBlock a, MatrixBlock b)
    {
        double sum = 0;
        for (var i = 0; i < a.Rows; i++)
        {
            for (var j = 0; j < a.Columns; j++)
            {
                sum += a.Get(i, j) * b.Get(i, j);
            }
        }
        return sum;
    }

    [Theory]
    [InlineData(2, 2, 5, 4, 3, 3, 2, 1, 1, 1, 0)]
    [InlineData(1, 3, 4, 6, 2, 2, 3, 2, 2, 0, 1)]
    public void ConvolutionGradientsMatchDifferences(int n, int c, int h, int w, int k, int r, int s, int sh, int sw, int ph, int pw)
    {
        var g = Images.Geometry(n, c, h, w, k, r, s, sh, sw, ph, pw);
        var x = Images.Random(n, c * h * w, 0, seed: 41);
        var filter = Images.Random(k, c * r * s, 0, seed: 42);
        var dout = Images.Random(n, g.ConvOutputCells, 0, seed: 43);
        Images.AssertClose(Numeric(x, v => Dot(Convolution.Forward(v, filter, g), dout)), Convolution.BackwardData(filter, dout, g), 1e-6);
        Images.AssertClose(Numeric(filter, v => Dot(Convolution.Forward(x, v, g), dout)), Convolution.BackwardFilter(x, dout, g), 1e-6);
    }

    [Theory]
    [InlineData(2, 2, 5, 4, 2, 2, 2, 2, 0, 0)]
    [InlineData(1, 2, 5, 6, 3, 2, 2, 1, 1, 1)]
    public void PoolingGradientsMatchDifferences(int n, int c, int h, int w, int r, int s, int sh, int sw, int ph, int pw)
    {
        var g = Images.Geometry(n, c, h, w, c, r, s, sh, sw, ph, pw, pooling: true);
        var x = Images.Random(n, c * h * w, 0, seed: 44);
        var dout = Images.Random(n, g.PoolOutputCells, 0, seed: 45);
        foreach (var max in new[] { true, false })
        {
            Images.AssertClose(Numeric(x, v => Dot(Pooling.Forward(v, g, max), dout)), Pooling.Backward(x, dout, g, max), 1e-6);
        }
    }

    [Fact]
    public void BatchNormGradientsMatchDifferences()
    {
        const int C = 2;
        var x = Images.Random(3, C * 4, 0, seed: 46);
        var (gamma, beta) = (Images.Random(C, 1, 0, 47), Images.Random(C, 1, 0, 48));
        var (emaMean, emaVar) = (Images.Random(C, 1, 0, 49), MatrixBlock.Filled(C, 1, 1));
        var dout = Images.Random(3, C * 4, 0, seed: 50);
        double Loss(MatrixBlock input, MatrixBlock scale, MatrixBlock shift) =>
            Dot(BatchNorm.Forward(input, scale, shift, emaMean, emaVar, true, 1e-5, 0.9).Out, dout);
        var forward = BatchNorm.Forward(x, gamma, beta, emaMean, emaVar, true, 1e-5, 0.9);
        var (dX, dGamma, dBeta) = BatchNorm.Backward(x, dout, gamma, forward.Mean, forward.InvStd);
        Images.AssertClose(Numeric(x, v => Loss(v, gamma, beta)), dX, 1e-6);
        Images.AssertClose(Numeric(gamma, v => Loss(x, v, beta)), dGamma, 1e-6);
        Images.AssertClose(Numeric(beta, v => Loss(x, gamma, v)), dBeta, 1e-6);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void LstmGradientsMatchDifferences(bool sequences, bool useCaches)
    {
        const int N = 2, T = 3, D = 2, M = 3;
        var x = Images.Random(N, T * D, 0, seed: 51);
        var w = Images.Random(D + M, 4 * M, 0, seed: 52);
        var b = Images.Random(1, 4 * M, 0, seed: 53);
        var (out0, c0) = (Images.Random(N, M, 0, seed: 54), Images.Random(N, M, 0, seed: 55));
        var dout = Images.Random(N, sequences ? T * M : M, 0, seed: 56);
        var dc = Images.Random(N, M, 0, seed: 57);
        double Loss(MatrixBlock xs, MatrixBlock ws, MatrixBlock bs, MatrixBlock o0, MatrixBlock cs)
        {
            var r = Lstm.Forward(xs, ws, bs, o0, cs, sequences);
            return Dot(r.Out, dout) + Dot(r.C, dc);
        }
        var forward = Lstm.Forward(x, w, b, out0, c0, sequences);
        var grads = useCaches
            ? Lstm.Backward(x, w, b, out0, c0, sequences, dout, dc, forward.CacheOut, forward.CacheC, forward.CacheIfog)
            : Lstm.Backward(x, w, b, out0, c0, sequences, dout, dc, null, null, null);
        Images.AssertClose(Numeric(x, v => Loss(v, w, b, out0, c0)), grads.DX, 1e-6);
        Images.AssertClose(Numeric(w, v => Loss(x, v, b, out0, c0)), grads.DW, 1e-6);
        Images.AssertClose(Numeric(b, v => Loss(x, w, v, out0, c0)), grads.DB, 1e-6);
        Images.AssertClose(Numeric(out0, v => Loss(x, w, b, v, c0)), grads.DOut0, 1e-6);
        Images.AssertClose(Numeric(c0, v => Loss(x, w, b, out0, v)), grads.DC0, 1e-6);
    }
}

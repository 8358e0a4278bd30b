using DmlNet.Runtime.Data;
using DmlNet.Runtime.Kernels.Nn;

namespace DmlNet.Tests.Runtime.Nn;

/// <summary>Test data and naive nested-loop references for the NN kernels, written straight from the NCHW definitions.</summary>
internal static class Images
{
    /// <summary>A seeded random N x columns block with about <paramref name="zeroFraction"/> zeros, values in [-1, 1).</summary>
    public static MatrixBlock Random(int rows, int columns, double zeroFraction, int seed)
    {
        var random = new Random(seed);
        var values = new double[rows * columns];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = random.NextDouble() < zeroFraction ? 0 : random.NextDouble() * 2 - 1;
        }
        return MatrixBlock.FromDense(rows, columns, values);
    }

    /// <summary>A geometry from the eleven sizes.</summary>
    public static ConvGeometry Geometry(int n, int c, int h, int w, int k, int r, int s, int sh, int sw, int ph, int pw, bool pooling = false) =>
        pooling
            ? ConvGeometry.Create("test", [n, c, h, w], [r, s], [sh, sw], [ph, pw], pooling: true)
            : ConvGeometry.Create("test", [n, c, h, w], [k, c, r, s], [sh, sw], [ph, pw], pooling: false);

    /// <summary>Cell (n, c, h, w) of an NCHW batch, 0 in the padding.</summary>
    public static double At(MatrixBlock x, int c, int height, int width, int n, int ch, int h, int w) =>
        h < 0 || h >= height || w < 0 || w >= width ? 0 : x.Get(n, ch * height * width + h * width + w);

    /// <summary>conv2d by its definition: out[n, k, p, q] = sum over c, r, s of W[k, c, r, s] * x[n, c, p*sh - ph + r, q*sw - pw + s].</summary>
    public static double[,] Conv(MatrixBlock x, MatrixBlock f, ConvGeometry g)
    {
        var result = new double[g.N, g.K * g.P * g.Q];
        for (var n = 0; n < g.N; n++)
        for (var k = 0; k < g.K; k++)
        for (var p = 0; p < g.P; p++)
        for (var q = 0; q < g.Q; q++)
        {
            double sum = 0;
            for (var c = 0; c < g.C; c++)
            for (var r = 0; r < g.R; r++)
            for (var s = 0; s < g.S; s++)
            {
                sum += f.Get(k, (c * g.R + r) * g.S + s) * At(x, c, g.H, g.W, n, c, p * g.StrideH - g.PadH + r, q * g.StrideW - g.PadW + s);
            }
            result[n, (k * g.P + p) * g.Q + q] = sum;
        }
        return result;
    }

    /// <summary>The filter gradient by its definition: dW[k, c, r, s] = sum over n, p, q of dout[n, k, p, q] * x[n, c, p*sh - ph + r, q*sw - pw + s].</summary>
    public static double[,] ConvFilter(MatrixBlock x, MatrixBlock dout, ConvGeometry g)
    {
        var result = new double[g.K, g.C * g.R * g.S];
        for (var k = 0; k < g.K; k++)
        for (var c = 0; c < g.C; c++)
        for (var r = 0; r < g.R; r++)
        for (var s = 0; s < g.S; s++)
        {
            double sum = 0;
            for (var n = 0; n < g.N; n++)
            for (var p = 0; p < g.P; p++)
            for (var q = 0; q < g.Q; q++)
            {
                sum += dout.Get(n, (k * g.P + p) * g.Q + q) * At(x, c, g.H, g.W, n, c, p * g.StrideH - g.PadH + r, q * g.StrideW - g.PadW + s);
            }
            result[k, (c * g.R + r) * g.S + s] = sum;
        }
        return result;
    }

    /// <summary>The image gradient by its definition: every (k, p, q, r, s) adds W[k, c, r, s] * dout[n, k, p, q] to the cell it reads.</summary>
    public static double[,] ConvData(MatrixBlock f, MatrixBlock dout, ConvGeometry g)
    {
        var result = new double[g.N, g.C * g.H * g.W];
        for (var n = 0; n < g.N; n++)
        for (var c = 0; c < g.C; c++)
        for (var h = 0; h < g.H; h++)
        for (var w = 0; w < g.W; w++)
        {
            double sum = 0;
            for (var k = 0; k < g.K; k++)
            for (var r = 0; r < g.R; r++)
            for (var s = 0; s < g.S; s++)
            {
                var (hp, wq) = (h + g.PadH - r, w + g.PadW - s);
                if (hp >= 0 && wq >= 0 && hp % g.StrideH == 0 && wq % g.StrideW == 0 && hp / g.StrideH < g.P && wq / g.StrideW < g.Q)
                {
                    sum += f.Get(k, (c * g.R + r) * g.S + s) * dout.Get(n, (k * g.P + hp / g.StrideH) * g.Q + wq / g.StrideW);
                }
            }
            result[n, (c * g.H + h) * g.W + w] = sum;
        }
        return result;
    }

    /// <summary>The cells (h, w) of window (p, q) inside the image.</summary>
    public static IEnumerable<(int H, int W)> Window(ConvGeometry g, int p, int q)
    {
        for (var r = 0; r < g.R; r++)
        for (var s = 0; s < g.S; s++)
        {
            var (h, w) = (p * g.StrideH - g.PadH + r, q * g.StrideW - g.PadW + s);
            if (h >= 0 && h < g.H && w >= 0 && w < g.W)
            {
                yield return (h, w);
            }
        }
    }

    /// <summary>max/avg pooling by definition: max over the window's image cells, or their sum over R*S.</summary>
    public static double[,] Pool(MatrixBlock x, ConvGeometry g, bool max)
    {
        var result = new double[g.N, g.C * g.P * g.Q];
        for (var n = 0; n < g.N; n++)
        for (var c = 0; c < g.C; c++)
        for (var p = 0; p < g.P; p++)
        for (var q = 0; q < g.Q; q++)
        {
            var values = Window(g, p, q).Select(cell => x.Get(n, (c * g.H + cell.H) * g.W + cell.W)).ToList();
            result[n, (c * g.P + p) * g.Q + q] = max ? values.Max() : values.Sum() / (g.R * g.S);
        }
        return result;
    }

    /// <summary>Pooling gradients by definition: dout goes to the first maximum of its window, or 1/(R*S) of it to every image cell of the window.</summary>
    public static double[,] PoolBackward(MatrixBlock x, MatrixBlock dout, ConvGeometry g, bool max)
    {
        var result = new double[g.N, g.C * g.H * g.W];
        for (var n = 0; n < g.N; n++)
        for (var c = 0; c < g.C; c++)
        for (var p = 0; p < g.P; p++)
        for (var q = 0; q < g.Q; q++)
        {
            var d = dout.Get(n, (c * g.P + p) * g.Q + q);
            var cells = Window(g, p, q).ToList();
            if (max)
            {
                var best = cells.MaxBy(cell => x.Get(n, (c * g.H + cell.H) * g.W + cell.W));
                result[n, (c * g.H + best.H) * g.W + best.W] += d;
            }
            else
            {
                foreach (var (h, w) in cells)
                {
                    result[n, (c * g.H + h) * g.W + w] += d / (g.R * g.S);
                }
            }
        }
        return result;
    }

    /// <summary>Asserts a block equals a reference within a relative tolerance.</summary>
    public static void AssertClose(double[,] expected, MatrixBlock actual, double tolerance = 1e-10)
    {
        Assert.Equal((expected.GetLength(0), expected.GetLength(1)), (actual.Rows, actual.Columns));
        for (var i = 0; i < actual.Rows; i++)
        {
            for (var j = 0; j < actual.Columns; j++)
            {
                var (e, a) = (expected[i, j], actual.Get(i, j));
                Assert.True(Math.Abs(e - a) <= tolerance * Math.Max(1, Math.Abs(e)), $"cell ({i}, {j}): expected {e}, got {a}");
            }
        }
    }

    /// <summary>The same block dense and sparse.</summary>
    public static IEnumerable<MatrixBlock> BothFormats(MatrixBlock block) => [block.ToDense(), block.ToSparse()];
}

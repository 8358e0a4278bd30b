using DmlNet.Runtime.Data;
using DmlNet.Runtime.Kernels.Nn;

namespace DmlNet.Tests.Runtime.Nn;

/// <summary>The lstm builtin against a step-by-step reference with explicit gates.</summary>
public class LstmTests
{
    private static double Sigmoid(double v) => 1 / (1 + Math.Exp(-v));

    /// <summary>Runs the cell equations one image and one step at a time; returns out_t and c_t per step.</summary>
    private static (double[][,] Outs, double[][,] Cells) Reference(MatrixBlock x, MatrixBlock w, MatrixBlock b, MatrixBlock out0, MatrixBlock c0, int t)
    {
        var (n, m) = (out0.Rows, out0.Columns);
        var d = w.Rows - m;
        var outs = new double[t][,];
        var cells = new double[t][,];
        for (var step = 0; step < t; step++)
        {
            outs[step] = new double[n, m];
            cells[step] = new double[n, m];
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < m; j++)
                {
                    double Gate(int which)
                    {
                        var sum = b.Get(0, which * m + j);
                        for (var e = 0; e < d; e++)
                        {
                            sum += x.Get(i, step * d + e) * w.Get(e, which * m + j);
                        }
                        for (var e = 0; e < m; e++)
                        {
                            sum += (step == 0 ? out0.Get(i, e) : outs[step - 1][i, e]) * w.Get(d + e, which * m + j);
                        }
                        return sum;
                    }
                    var (ig, fg, og, gg) = (Sigmoid(Gate(0)), Sigmoid(Gate(1)), Sigmoid(Gate(2)), Math.Tanh(Gate(3)));
                    var cPrev = step == 0 ? c0.Get(i, j) : cells[step - 1][i, j];
                    cells[step][i, j] = fg * cPrev + ig * gg;
                    outs[step][i, j] = og * Math.Tanh(cells[step][i, j]);
                }
            }
        }
        return (outs, cells);
    }

    [Theory]
    [InlineData(1, 1, 1, 1)]
    [InlineData(3, 4, 2, 5)]
    [InlineData(2, 3, 6, 2)]
    public void ForwardMatchesTheCellEquations(int n, int t, int d, int m)
    {
        var x = Images.Random(n, t * d, 0.3, seed: 31);
        var w = Images.Random(d + m, 4 * m, 0, seed: 32);
        var b = Images.Random(1, 4 * m, 0, seed: 33);
        var (out0, c0) = (Images.Random(n, m, 0, seed: 34), Images.Random(n, m, 0, seed: 35));
        var (outs, cells) = Reference(x, w, b, out0, c0, t);
        var sequences = Lstm.Forward(x.ToSparse(), w, b, out0, c0, returnSequences: true);
        var last = Lstm.Forward(x, w, b, out0, c0, returnSequences: false);
        Assert.Equal((n, t * m), (sequences.Out.Rows, sequences.Out.Columns));
        for (var step = 0; step < t; step++)
        {
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < m; j++)
                {
                    Assert.Equal(outs[step][i, j], sequences.Out.Get(i, step * m + j), 12);
                    Assert.Equal(outs[step][i, j], sequences.CacheOut.Get(step, i * m + j), 12);
                    Assert.Equal(cells[step][i, j], sequences.CacheC.Get(step, i * m + j), 12);
                }
            }
        }
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < m; j++)
            {
                Assert.Equal(outs[t - 1][i, j], last.Out.Get(i, j), 12);
                Assert.Equal(cells[t - 1][i, j], last.C.Get(i, j), 12);
            }
        }
    }
}

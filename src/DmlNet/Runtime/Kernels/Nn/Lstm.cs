using DmlNet.Runtime.Data;

namespace DmlNet.Runtime.Kernels.Nn;

/// <summary>
/// The lstm builtin and its gradient. Sequences are N x T*D (step t in columns t*D..t*D+D-1), W is
/// (D+M) x 4M (input rows first, then recurrent rows), the bias 1 x 4M, the gates in the order
/// i, f, o, g: <c>ifog = [x_t, out_{t-1}] W + b</c>, i, f, o sigmoid, g tanh,
/// <c>c_t = f*c_{t-1} + i*g</c>, <c>out_t = o*tanh(c_t)</c>. The caches hold one row per step:
/// out_t and c_t (T x N*M) and the activated gates (T x N*4M), each N x M (or N x 4M) flattened row-major.
/// </summary>
public static class Lstm
{
    /// <summary>The sizes of one call.</summary>
    private sealed record Sizes(int N, int T, int D, int M);

    /// <summary>out (N x T*M or N x M), the final c, and the three caches.</summary>
    public sealed record ForwardResult(MatrixBlock Out, MatrixBlock C, MatrixBlock CacheOut, MatrixBlock CacheC, MatrixBlock CacheIfog);

    /// <summary>dX, dW, db, dout0, dc0.</summary>
    public sealed record Gradients(MatrixBlock DX, MatrixBlock DW, MatrixBlock DB, MatrixBlock DOut0, MatrixBlock DC0);

    /// <summary>The forward pass over all T steps.</summary>
    public static ForwardResult Forward(MatrixBlock input, MatrixBlock w, MatrixBlock bias, MatrixBlock out0, MatrixBlock c0, bool returnSequences)
    {
        var z = Check("lstm", input, w, bias, out0, c0);
        var (cacheOut, cacheC, cacheIfog) = Run(z, input.DenseValues(), w.DenseValues(), bias.DenseValues(), out0.DenseValues(), c0.DenseValues());
        int n = z.N, t = z.T, m = z.M;
        MatrixBlock output;
        if (returnSequences)
        {
            var sequence = new double[(long)n * t * m];
            for (var step = 0; step < t; step++)
            {
                for (var i = 0; i < n; i++)
                {
                    Array.Copy(cacheOut, ((long)step * n + i) * m, sequence, ((long)i * t + step) * m, m);
                }
            }
            output = MatrixBlock.FromDense(n, t * m, sequence);
        }
        else
        {
            output = MatrixBlock.FromDense(n, m, cacheOut.AsSpan((t - 1) * n * m, n * m).ToArray());
        }
        var final = MatrixBlock.FromDense(n, m, cacheC.AsSpan((t - 1) * n * m, n * m).ToArray());
        return new ForwardResult(output, final, MatrixBlock.FromDense(t, n * m, cacheOut), MatrixBlock.FromDense(t, n * m, cacheC),
            MatrixBlock.FromDense(t, n * 4 * m, cacheIfog));
    }

    /// <summary>
    /// The backward pass: <paramref name="dout"/> is N x T*M when <paramref name="givenSequences"/> (a gradient per step), else N x M
    /// (for the last step); <paramref name="dc"/> is the gradient of the final c. Caches from the forward pass are used when given, else recomputed.
    /// </summary>
    public static Gradients Backward(MatrixBlock input, MatrixBlock w, MatrixBlock bias, MatrixBlock out0, MatrixBlock c0, bool givenSequences,
        MatrixBlock dout, MatrixBlock dc, MatrixBlock? cacheOut, MatrixBlock? cacheC, MatrixBlock? cacheIfog)
    {
        var z = Check("lstm_backward", input, w, bias, out0, c0);
        int n = z.N, t = z.T, d = z.D, m = z.M, g4 = 4 * z.M;
        ConvGeometry.RequireSize("lstm_backward", "dout", dout, n, givenSequences ? (long)t * m : m,
            givenSequences ? "given_sequences=TRUE with N x T*M sequences" : "given_sequences=FALSE");
        ConvGeometry.RequireSize("lstm_backward", "dc", dc, n, m, "N x M");
        var x = input.DenseValues();
        var weights = w.DenseValues();
        double[] outs, cells, gates;
        if (cacheOut is not null && cacheC is not null && cacheIfog is not null)
        {
            ConvGeometry.RequireSize("lstm_backward", "cache_out", cacheOut, t, (long)n * m, "T x N*M");
            ConvGeometry.RequireSize("lstm_backward", "cache_c", cacheC, t, (long)n * m, "T x N*M");
            ConvGeometry.RequireSize("lstm_backward", "cache_ifog", cacheIfog, t, (long)n * g4, "T x N*4M");
            (outs, cells, gates) = (cacheOut.DenseValues(), cacheC.DenseValues(), cacheIfog.DenseValues());
        }
        else
        {
            (outs, cells, gates) = Run(z, x, weights, bias.DenseValues(), out0.DenseValues(), c0.DenseValues());
        }
        var (h0, cInit, dy, dcFinal) = (out0.DenseValues(), c0.DenseValues(), dout.DenseValues(), dc.DenseValues());
        var recurrentT = Transpose(weights.AsSpan(d * g4, m * g4), m, g4);
        var dGates = new double[(long)n * t * g4];
        var previous = new double[(long)n * t * m];
        var dh = new double[n * m];
        var dcNext = (double[])dcFinal.Clone();
        var stepGates = new double[n * g4];
        for (var step = t - 1; step >= 0; step--)
        {
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < m; j++)
                {
                    var cell = i * m + j;
                    var gate = (long)step * n * g4 + i * g4;
                    var (ig, fg, og, gg) = (gates[gate + j], gates[gate + m + j], gates[gate + 2 * m + j], gates[gate + 3 * m + j]);
                    var dOut = dh[cell] + (givenSequences ? dy[(long)i * t * m + step * m + j] : step == t - 1 ? dy[cell] : 0);
                    var c = cells[(long)step * n * m + cell];
                    var cPrev = step > 0 ? cells[(long)(step - 1) * n * m + cell] : cInit[cell];
                    var tc = Math.Tanh(c);
                    var dC = dcNext[cell] + dOut * og * (1 - tc * tc);
                    dcNext[cell] = dC * fg;
                    stepGates[i * g4 + j] = dC * gg * ig * (1 - ig);
                    stepGates[i * g4 + m + j] = dC * cPrev * fg * (1 - fg);
                    stepGates[i * g4 + 2 * m + j] = dOut * tc * og * (1 - og);
                    stepGates[i * g4 + 3 * m + j] = dC * ig * (1 - gg * gg);
                    previous[((long)i * t + step) * m + j] = step > 0 ? outs[(long)(step - 1) * n * m + cell] : h0[cell];
                }
                Array.Copy(stepGates, i * g4, dGates, ((long)i * t + step) * g4, g4);
            }
            NnGemm.Multiply(stepGates, recurrentT, dh, n, g4, m);
        }
        // Rows n*T + t of dGates, previous and the input (read as N*T x D) belong to image n, step t.
        var dWx = Product(Transpose(x, n * t, d), dGates, d, n * t, g4);
        var dWh = Product(Transpose(previous, n * t, m), dGates, m, n * t, g4);
        var dX = Product(dGates, Transpose(weights.AsSpan(0, d * g4), d, g4), n * t, g4, d);
        var db = new double[g4];
        for (var r = 0; r < n * t; r++)
        {
            MatrixMultiply.Axpy(1, dGates.AsSpan(r * g4, g4), db);
        }
        var dW = new double[(long)(d + m) * g4];
        dWx.CopyTo(dW, 0);
        dWh.CopyTo(dW, d * g4);
        return new Gradients(MatrixBlock.FromDense(n, t * d, dX), MatrixBlock.FromDense(d + m, g4, dW), MatrixBlock.FromDense(1, g4, db),
            MatrixBlock.FromDense(n, m, dh), MatrixBlock.FromDense(n, m, dcNext));
    }

    /// <summary>Runs the steps: the caches of out_t, c_t and the activated gates, step-major.</summary>
    private static (double[] Outs, double[] Cells, double[] Gates) Run(Sizes z, double[] x, double[] w, double[] b, double[] h0, double[] c0)
    {
        int n = z.N, t = z.T, d = z.D, m = z.M, g4 = 4 * z.M;
        // The input read as N*T x D has row n*T + t = x_t of image n, so one product projects every step.
        var projected = Product(x, w, n * t, d, g4);
        var recurrent = w.AsSpan(d * g4, m * g4).ToArray();
        var outs = new double[(long)t * n * m];
        var cells = new double[(long)t * n * m];
        var gates = new double[(long)t * n * g4];
        var hidden = new double[n * g4];
        var previousOut = (double[])h0.Clone();
        for (var step = 0; step < t; step++)
        {
            NnGemm.Multiply(previousOut, recurrent, hidden, n, m, g4);
            for (var i = 0; i < n; i++)
            {
                var gate = (long)step * n * g4 + i * g4;
                var row = ((long)i * t + step) * g4;
                for (var j = 0; j < g4; j++)
                {
                    var raw = projected[row + j] + hidden[i * g4 + j] + b[j];
                    gates[gate + j] = j < 3 * m ? 1 / (1 + Math.Exp(-raw)) : Math.Tanh(raw);
                }
                for (var j = 0; j < m; j++)
                {
                    var cell = i * m + j;
                    var cPrev = step > 0 ? cells[(long)(step - 1) * n * m + cell] : c0[cell];
                    var c = gates[gate + m + j] * cPrev + gates[gate + j] * gates[gate + 3 * m + j];
                    cells[(long)step * n * m + cell] = c;
                    outs[(long)step * n * m + cell] = gates[gate + 2 * m + j] * Math.Tanh(c);
                }
            }
            Array.Copy(outs, (long)step * n * m, previousOut, 0, n * m);
        }
        return (outs, cells, gates);
    }

    /// <summary>Checks the shapes (N, T, D, M from out0, W and the input) with messages naming them.</summary>
    private static Sizes Check(string call, MatrixBlock input, MatrixBlock w, MatrixBlock bias, MatrixBlock out0, MatrixBlock c0)
    {
        var (n, m) = (out0.Rows, out0.Columns);
        ConvGeometry.RequireSize(call, "c0", c0, n, m, "out0's N x M");
        if (m == 0 || w.Columns != 4 * m || w.Rows <= m)
        {
            throw new DmlRuntimeException($"{call}(): W is {w.Rows} x {w.Columns} but needs (D+M) x 4M with M = {m} (the columns of out0) and D >= 1");
        }
        var d = w.Rows - m;
        ConvGeometry.RequireSize(call, "bias", bias, 1, 4L * m, "1 x 4M");
        if (input.Rows != n || input.Columns == 0 || input.Columns % d != 0)
        {
            throw new DmlRuntimeException($"{call}(): input is {input.Rows} x {input.Columns} but needs N x T*D with N = {n} (the rows of out0) and D = {d} (the rows of W minus M)");
        }
        return new Sizes(n, input.Columns / d, d, m);
    }

    private static double[] Product(double[] a, double[] b, int m, int k, int n)
    {
        var c = new double[(long)m * n];
        NnGemm.Multiply(a, b, c, m, k, n);
        return c;
    }

    private static double[] Transpose(ReadOnlySpan<double> source, int rows, int columns)
    {
        var result = new double[(long)rows * columns];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                result[(long)j * rows + i] = source[i * columns + j];
            }
        }
        return result;
    }
}

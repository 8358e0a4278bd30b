using DmlNet.Runtime.Data;

namespace DmlNet.Runtime.Kernels.Nn;

/// <summary>
/// max_pool/avg_pool and their gradients on NCHW images, in parallel over the images. As in
/// SystemDS, padding cells never win a max window, and the average divides by the full window
/// R*S (padding counts as zeros). The gradient of a max window goes to its first maximum in
/// window order (row by row); a NaN in a window makes the maximum NaN and takes the gradient.
/// </summary>
public static class Pooling
{
    /// <summary>The window bounds of each output row and column, clipped to the image.</summary>
    private sealed class Windows
    {
        public Windows(ConvGeometry g)
        {
            (HStart, HEnd) = Bounds(g.P, g.StrideH, g.PadH, g.R, g.H);
            (WStart, WEnd) = Bounds(g.Q, g.StrideW, g.PadW, g.S, g.W);
        }

        /// <summary>First image row of the window of output row p.</summary>
        public int[] HStart { get; }

        /// <summary>One past the last image row of the window of output row p.</summary>
        public int[] HEnd { get; }

        /// <summary>First image column of the window of output column q.</summary>
        public int[] WStart { get; }

        /// <summary>One past the last image column of the window of output column q.</summary>
        public int[] WEnd { get; }

        private static (int[] Start, int[] End) Bounds(int count, int stride, int pad, int size, int extent)
        {
            var (start, end) = (new int[count], new int[count]);
            for (var p = 0; p < count; p++)
            {
                var first = p * stride - pad;
                start[p] = Math.Max(0, first);
                end[p] = Math.Min(extent, first + size);
            }
            return (start, end);
        }
    }

    /// <summary>max_pool (<paramref name="max"/>) or avg_pool: N x C*H*W gives N x C*P*Q.</summary>
    public static MatrixBlock Forward(MatrixBlock input, ConvGeometry g, bool max)
    {
        var windows = new Windows(g);
        var output = new double[(long)g.N * g.PoolOutputCells];
        var scale = 1.0 / (g.R * g.S);
        int hw = g.H * g.W, pq = g.OutputPositions;
        Parallelism.ForRows(g.N, (long)g.N * g.PoolOutputCells * g.R * g.S, (start, end) =>
        {
            var buffer = input.IsSparse ? new double[g.InputCells] : [];
            for (var n = start; n < end; n++)
            {
                var image = Rows.Dense(input, n, buffer);
                var target = output.AsSpan((int)((long)n * g.PoolOutputCells), g.PoolOutputCells);
                for (var c = 0; c < g.C; c++)
                {
                    var channel = image.Slice(c * hw, hw);
                    for (var p = 0; p < g.P; p++)
                    {
                        for (var q = 0; q < g.Q; q++)
                        {
                            var value = max ? double.NegativeInfinity : 0.0;
                            for (var h = windows.HStart[p]; h < windows.HEnd[p]; h++)
                            {
                                var line = channel.Slice(h * g.W, g.W);
                                for (var w = windows.WStart[q]; w < windows.WEnd[q]; w++)
                                {
                                    value = max ? Math.Max(value, line[w]) : value + line[w];
                                }
                            }
                            target[c * pq + p * g.Q + q] = max ? value : value * scale;
                        }
                    }
                }
            }
        });
        return MatrixBlock.FromDense(g.N, g.PoolOutputCells, output).WithBestFormat();
    }

    /// <summary>max_pool_backward (<paramref name="max"/>) or avg_pool_backward: dout N x C*P*Q gives N x C*H*W.</summary>
    public static MatrixBlock Backward(MatrixBlock input, MatrixBlock dout, ConvGeometry g, bool max)
    {
        var windows = new Windows(g);
        var dX = new double[(long)g.N * g.InputCells];
        var scale = 1.0 / (g.R * g.S);
        int hw = g.H * g.W, pq = g.OutputPositions;
        Parallelism.ForRows(g.N, (long)g.N * g.PoolOutputCells * g.R * g.S, (start, end) =>
        {
            var imageBuffer = max && input.IsSparse ? new double[g.InputCells] : [];
            var doutBuffer = dout.IsSparse ? new double[g.PoolOutputCells] : [];
            for (var n = start; n < end; n++)
            {
                var image = max ? Rows.Dense(input, n, imageBuffer) : default;
                var gradient = Rows.Dense(dout, n, doutBuffer);
                var target = dX.AsSpan((int)((long)n * g.InputCells), g.InputCells);
                for (var c = 0; c < g.C; c++)
                {
                    for (var p = 0; p < g.P; p++)
                    {
                        for (var q = 0; q < g.Q; q++)
                        {
                            var d = gradient[c * pq + p * g.Q + q];
                            if (d == 0)
                            {
                                continue;
                            }
                            if (max)
                            {
                                target[c * hw + ArgMax(image.Slice(c * hw, hw), g.W, windows, p, q)] += d;
                                continue;
                            }
                            for (var h = windows.HStart[p]; h < windows.HEnd[p]; h++)
                            {
                                for (var w = windows.WStart[q]; w < windows.WEnd[q]; w++)
                                {
                                    target[c * hw + h * g.W + w] += d * scale;
                                }
                            }
                        }
                    }
                }
            }
        });
        return MatrixBlock.FromDense(g.N, g.InputCells, dX).WithBestFormat();
    }

    /// <summary>The cell (h*W + w) of the first maximum of window (p, q) of one channel; a NaN wins at once.</summary>
    private static int ArgMax(ReadOnlySpan<double> channel, int width, Windows windows, int p, int q)
    {
        var best = -1;
        var bestValue = double.NegativeInfinity;
        for (var h = windows.HStart[p]; h < windows.HEnd[p]; h++)
        {
            for (var w = windows.WStart[q]; w < windows.WEnd[q]; w++)
            {
                var value = channel[h * width + w];
                if (double.IsNaN(value))
                {
                    return h * width + w;
                }
                if (value > bestValue || best < 0)
                {
                    (best, bestValue) = (h * width + w, value);
                }
            }
        }
        return best;
    }
}

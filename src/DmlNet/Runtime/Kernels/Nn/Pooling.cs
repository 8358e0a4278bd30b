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
        var output = GC.AllocateUninitializedArray<double>(checked(g.N * g.PoolOutputCells)); // every cell is written below
        var scale = 1.0 / (g.R * g.S);
        int hw = g.H * g.W;
        Parallelism.ForRows(g.N, (long)g.N * g.PoolOutputCells * g.R * g.S, (start, end) =>
        {
            var buffer = input.IsSparse ? new double[g.InputCells] : [];
            for (var n = start; n < end; n++)
            {
                var image = Rows.Dense(input, n, buffer);
                var target = output.AsSpan((int)((long)n * g.PoolOutputCells), g.PoolOutputCells);
                var cell = 0;
                for (var c = 0; c < g.C; c++)
                {
                    var channel = image.Slice(c * hw, hw);
                    for (var p = 0; p < g.P; p++)
                    {
                        var (h0, h1) = (windows.HStart[p], windows.HEnd[p]);
                        for (var q = 0; q < g.Q; q++, cell++)
                        {
                            var (w0, w1) = (windows.WStart[q], windows.WEnd[q]);
                            target[cell] = max ? Max(channel, g.W, h0, h1, w0, w1) : Sum(channel, g.W, h0, h1, w0, w1) * scale;
                        }
                    }
                }
            }
        });
        return MatrixBlock.FromDense(g.N, g.PoolOutputCells, output).WithBestFormat();
    }

    /// <summary>
    /// max_pool_backward (<paramref name="max"/>) or avg_pool_backward: dout N x C*P*Q gives N x C*H*W, returned
    /// dense (its consumers are cell-wise, and for overlapping or padded windows few cells stay zero).
    /// </summary>
    public static MatrixBlock Backward(MatrixBlock input, MatrixBlock dout, ConvGeometry g, bool max)
    {
        var windows = new Windows(g);
        var dX = new double[(long)g.N * g.InputCells];
        var scale = 1.0 / (g.R * g.S);
        int hw = g.H * g.W;
        Parallelism.ForRows(g.N, (long)g.N * g.PoolOutputCells * g.R * g.S, (start, end) =>
        {
            var imageBuffer = max && input.IsSparse ? new double[g.InputCells] : [];
            var doutBuffer = dout.IsSparse ? new double[g.PoolOutputCells] : [];
            for (var n = start; n < end; n++)
            {
                var image = max ? Rows.Dense(input, n, imageBuffer) : default;
                var gradient = Rows.Dense(dout, n, doutBuffer);
                var target = dX.AsSpan((int)((long)n * g.InputCells), g.InputCells);
                var cell = 0;
                for (var c = 0; c < g.C; c++)
                {
                    var channelTarget = target.Slice(c * hw, hw);
                    var channel = max ? image.Slice(c * hw, hw) : default;
                    for (var p = 0; p < g.P; p++)
                    {
                        var (h0, h1) = (windows.HStart[p], windows.HEnd[p]);
                        for (var q = 0; q < g.Q; q++, cell++)
                        {
                            var d = gradient[cell];
                            if (d == 0)
                            {
                                continue;
                            }
                            var (w0, w1) = (windows.WStart[q], windows.WEnd[q]);
                            if (max)
                            {
                                channelTarget[ArgMax(channel, g.W, h0, h1, w0, w1)] += d;
                                continue;
                            }
                            var share = d * scale;
                            for (var h = h0; h < h1; h++)
                            {
                                var line = channelTarget.Slice(h * g.W, g.W);
                                for (var w = w0; w < w1; w++)
                                {
                                    line[w] += share;
                                }
                            }
                        }
                    }
                }
            }
        });
        return MatrixBlock.FromDense(g.N, g.InputCells, dX);
    }

    /// <summary>The maximum of a window of one channel (NaN propagates).</summary>
    private static double Max(ReadOnlySpan<double> channel, int width, int h0, int h1, int w0, int w1)
    {
        var value = double.NegativeInfinity;
        for (var h = h0; h < h1; h++)
        {
            var line = channel.Slice(h * width + w0, w1 - w0);
            foreach (var v in line)
            {
                value = Math.Max(value, v);
            }
        }
        return value;
    }

    /// <summary>The sum of a window of one channel.</summary>
    private static double Sum(ReadOnlySpan<double> channel, int width, int h0, int h1, int w0, int w1)
    {
        var value = 0.0;
        for (var h = h0; h < h1; h++)
        {
            foreach (var v in channel.Slice(h * width + w0, w1 - w0))
            {
                value += v;
            }
        }
        return value;
    }

    /// <summary>The cell (h*W + w) of the first maximum of a window of one channel; a NaN wins at once.</summary>
    private static int ArgMax(ReadOnlySpan<double> channel, int width, int h0, int h1, int w0, int w1)
    {
        var best = h0 * width + w0;
        var bestValue = channel[best];
        for (var h = h0; h < h1; h++)
        {
            for (var w = w0; w < w1; w++)
            {
                var value = channel[h * width + w];
                if (value > bestValue || double.IsNaN(value))
                {
                    if (double.IsNaN(value))
                    {
                        return h * width + w;
                    }
                    (best, bestValue) = (h * width + w, value);
                }
            }
        }
        return best;
    }
}

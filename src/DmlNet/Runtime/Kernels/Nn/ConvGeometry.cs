namespace DmlNet.Runtime.Kernels.Nn;

/// <summary>
/// The sizes of a convolution or pooling call on NCHW images (reference §7.8): N images of C x H x W,
/// K filters (or pooling windows, K = C) of R x S, strides, paddings and the output size P x Q with
/// <c>P = floor((H + 2*padH - R) / strideH) + 1</c>. Built only through <see cref="Create"/>, which rejects
/// sizes that do not fit with a message naming the shapes.
/// </summary>
public sealed record ConvGeometry(int N, int C, int H, int W, int K, int R, int S, int StrideH, int StrideW, int PadH, int PadW)
{
    /// <summary>Output height.</summary>
    public int P { get; } = (H + 2 * PadH - R) / StrideH + 1;

    /// <summary>Output width.</summary>
    public int Q { get; } = (W + 2 * PadW - S) / StrideW + 1;

    /// <summary>Cells of one input image: C*H*W.</summary>
    public int InputCells => C * H * W;

    /// <summary>Cells of one output position over all filters per channel window: C*R*S (a flattened filter).</summary>
    public int PatchCells => C * R * S;

    /// <summary>Output positions per image and channel: P*Q.</summary>
    public int OutputPositions => P * Q;

    /// <summary>Cells of one convolution output image: K*P*Q.</summary>
    public int ConvOutputCells => K * P * Q;

    /// <summary>Cells of one pooling output image: C*P*Q.</summary>
    public int PoolOutputCells => C * P * Q;

    /// <summary>The input shape for messages.</summary>
    public string InputText => $"[N={N}, C={C}, H={H}, W={W}]";

    /// <summary>
    /// Checks and builds a geometry: shape entries at least 1, strides at least 1, paddings at least 0,
    /// a window that fits the padded image, and (for pooling) paddings smaller than the window so that
    /// every window covers at least one image cell. <paramref name="call"/> names the builtin in messages.
    /// </summary>
    public static ConvGeometry Create(string call, long[] input, long[] filter, long[] stride, long[] padding, bool pooling)
    {
        var filterName = pooling ? "pool_size" : "filter_shape";
        Require(call, "input_shape", input, 4, 1, "[N, C, H, W]");
        Require(call, filterName, filter, pooling ? 2 : 4, 1, pooling ? "[R, S]" : "[K, C, R, S]");
        Require(call, "stride", stride, 2, 1, "[stride_h, stride_w]");
        Require(call, "padding", padding, 2, 0, "[pad_h, pad_w]");
        long[] window = pooling ? [input[1], input[1], filter[0], filter[1]] : filter;
        if (window[1] != input[1])
        {
            throw new DmlRuntimeException($"{call}(): input_shape {Show(input)} has C={input[1]} but filter_shape {Show(filter)} has C={window[1]}");
        }
        var (ph, pw) = (padding[0], padding[1]);
        if (input[2] + 2 * ph < window[2] || input[3] + 2 * pw < window[3])
        {
            throw new DmlRuntimeException($"{call}(): a {window[2]} x {window[3]} window with padding {Show(padding)} does not fit a " +
                $"{input[2]} x {input[3]} image");
        }
        if (pooling && (ph >= window[2] || pw >= window[3]))
        {
            throw new DmlRuntimeException($"{call}(): padding {Show(padding)} must be smaller than pool_size {Show(filter)}");
        }
        if (input[2] + 2 * ph > int.MaxValue || input[3] + 2 * pw > int.MaxValue
            || (double)input[1] * input[2] * input[3] > int.MaxValue || (double)window[0] * window[1] * window[2] * window[3] > int.MaxValue)
        {
            throw new DmlRuntimeException($"{call}(): input_shape {Show(input)} or {filterName} {Show(filter)} is too large for one matrix block");
        }
        var g = new ConvGeometry((int)input[0], (int)input[1], (int)input[2], (int)input[3], (int)window[0], (int)window[2], (int)window[3],
            (int)stride[0], (int)stride[1], (int)ph, (int)pw);
        var outputCells = (double)g.N * (pooling ? g.C : g.K) * g.P * g.Q;
        if (outputCells > Array.MaxLength || (double)g.N * g.InputCells > Array.MaxLength)
        {
            throw new DmlRuntimeException($"{call}(): input_shape {Show(input)} with {filterName} {Show(filter)} gives a result of " +
                $"{outputCells:0} cells, more than one matrix block holds");
        }
        return g;
    }

    /// <summary>Fails unless <paramref name="block"/> is <paramref name="rows"/> x <paramref name="columns"/>, naming the shape it must fit.</summary>
    public static void RequireSize(string call, string name, Data.MatrixBlock block, long rows, long columns, string shape)
    {
        if (block.Rows != rows || block.Columns != columns)
        {
            throw new DmlRuntimeException($"{call}(): {name} is {block.Rows} x {block.Columns} but {shape} needs {rows} x {columns}");
        }
    }

    private static void Require(string call, string name, long[] values, int count, long minimum, string pattern)
    {
        if (values.Length != count)
        {
            throw new DmlRuntimeException($"{call}(): {name} needs {count} entries {pattern}, got {values.Length}");
        }
        if (values.Any(v => v < minimum))
        {
            var what = minimum == 0 ? "must not be negative" : "must be at least 1";
            throw new DmlRuntimeException($"{call}(): the entries of {name} {what}, got {Show(values)}");
        }
        if (values.Any(v => v > int.MaxValue))
        {
            throw new DmlRuntimeException($"{call}(): {name} {Show(values)} has an entry too large for a matrix dimension");
        }
    }

    private static string Show(long[] values) => "[" + string.Join(", ", values) + "]";
}

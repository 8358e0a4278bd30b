using DmlNet.Diagnostics;
using static DmlNet.Semantics.Builtins.BuiltinRules;

namespace DmlNet.Semantics.Builtins;

/// <summary>Convolution, pooling, bias, batch-norm and LSTM builtins on NCHW images (reference §7.8).</summary>
internal static class NeuralNetworkBuiltins
{
    /// <summary>The shape parameters of the convolution builtins.</summary>
    private const string ConvShapes = "input_shape, filter_shape, stride, padding";
    /// <summary>The shape parameters of the pooling builtins.</summary>
    private const string PoolShapes = "input_shape, pool_size, stride, padding";

    /// <summary>Which of the convolution/pooling builtins a call is.</summary>
    private enum Op { Conv, ConvFilter, ConvData, Pool, PoolBackward }

    /// <summary>What the shape arguments say (null entries: not constant or invalid), and the output size P x Q.</summary>
    private sealed record Geometry(long? N, long? C, long? H, long? W, long? K, long? FilterC, long? R, long? S,
        long?[] Stride, long?[] Padding, long? P, long? Q)
    {
        /// <summary>The cells per image of the input: C*H*W.</summary>
        public long? InputCells => C * H * W;

        /// <summary>The input shape for messages, e.g. "[N=?, C=1, H=28, W=28]".</summary>
        public string InputText => $"[N={Show(N)}, C={Show(C)}, H={Show(H)}, W={Show(W)}]";

        /// <summary>The filter shape for messages.</summary>
        public string FilterText => $"[K={Show(K)}, C={Show(FilterC)}, R={Show(R)}, S={Show(S)}]";
    }

    /// <summary>Adds this category's entries.</summary>
    public static void Register(List<BuiltinFunction> entries)
    {
        entries.Add(new BuiltinFunction("conv2d", $"input, filter, {ConvShapes}", One(call => Spatial(call, Op.Conv)),
            "2-D convolution of N x C*H*W images with K x C*R*S filters: N x K*P*Q."));
        entries.Add(new BuiltinFunction("conv2d_backward_filter", $"input, dout, {ConvShapes}", One(call => Spatial(call, Op.ConvFilter)),
            "The gradient of conv2d with respect to the filters: K x C*R*S."));
        entries.Add(new BuiltinFunction("conv2d_backward_data", $"filter, dout, {ConvShapes}", One(call => Spatial(call, Op.ConvData)),
            "The gradient of conv2d with respect to the images: N x C*H*W."));
        entries.Add(new BuiltinFunction("max_pool", $"input, {PoolShapes}", One(call => Spatial(call, Op.Pool)),
            "2-D max pooling of N x C*H*W images: N x C*P*Q."));
        entries.Add(new BuiltinFunction("avg_pool", $"input, {PoolShapes}", One(call => Spatial(call, Op.Pool)),
            "2-D average pooling of N x C*H*W images: N x C*P*Q."));
        entries.Add(new BuiltinFunction("max_pool_backward", $"input, dout, {PoolShapes}", One(call => Spatial(call, Op.PoolBackward)),
            "The gradient of max_pool with respect to the images: N x C*H*W."));
        entries.Add(new BuiltinFunction("avg_pool_backward", $"input, dout, {PoolShapes}", One(call => Spatial(call, Op.PoolBackward)),
            "The gradient of avg_pool with respect to the images: N x C*H*W."));
        entries.Add(new BuiltinFunction("bias_add", "input, bias", One(Bias),
            "Adds the C x 1 bias to every H*W cell of its channel."));
        entries.Add(new BuiltinFunction("bias_multiply", "input, bias", One(Bias),
            "Multiplies every H*W cell of a channel by the C x 1 bias."));
        entries.Add(new BuiltinFunction("batch_norm2d", "input, scale, bias, runningMean, runningVar, mode, epsilon, momentum",
            BatchNorm, "[out, runningMean, runningVar, cacheMean, cacheInvVar] of 2-D batch normalisation (mode \"train\"/\"test\").")
            { MinOutputs = 5, MaxOutputs = 5 });
        entries.Add(new BuiltinFunction("batch_norm2d_backward", "input, dout, scale, epsilon, cacheMean, cacheInvVar", call =>
        {
            RequireMatrices(call, "input", "dout", "scale", "cacheMean", "cacheInvVar");
            RequireScalar(call, "epsilon");
            RequireSameShape(call, "input", "dout");
            var (input, scale) = (call.TypeOrUnknown("input"), call.TypeOrUnknown("scale"));
            return [TypeInfo.Matrix(input.Rows, input.Columns), TypeInfo.Matrix(scale.Rows, scale.Columns), TypeInfo.Matrix(scale.Rows, scale.Columns)];
        }, "[dX, dScale, dBias]: the gradients of batch_norm2d.") { MinOutputs = 3, MaxOutputs = 3 });
        entries.Add(new BuiltinFunction("lstm", "input, W, bias, out0, c0, return_sequences", Lstm,
            "[out, c(, cache_out, cache_c, cache_ifog)] of an LSTM layer over N x T*D sequences.") { MinOutputs = 2, MaxOutputs = 5 });
        entries.Add(new BuiltinFunction("lstm_backward",
            "input, W, bias, out0, c0, given_sequences, dout, dc, cache_out=?, cache_c=?, cache_ifog=?", call =>
            {
                RequireMatrices(call, "input", "W", "bias", "out0", "c0", "dout", "dc", "cache_out", "cache_c", "cache_ifog");
                RequireScalar(call, "given_sequences");
                return new[] { "input", "W", "bias", "out0", "c0" }.Select(name =>
                {
                    var t = call.TypeOrUnknown(name);
                    return TypeInfo.Matrix(t.Rows, t.Columns);
                }).ToArray();
            }, "[dX, dW, db, dout0, dc0]: the gradients of lstm.") { MinOutputs = 5, MaxOutputs = 5 });
    }

    /// <summary>Reports each given argument that is known not to be a matrix.</summary>
    private static void RequireMatrices(BuiltinCall call, params string[] names)
    {
        foreach (var name in names)
        {
            RequireMatrix(call, name);
        }
    }

    /// <summary>
    /// A bracket-list shape argument of <paramref name="count"/> entries, each null unless a constant
    /// of at least <paramref name="minimum"/>; reports a non-list, a wrong count and values below the minimum.
    /// </summary>
    private static long?[] Shape(BuiltinCall call, string name, int count, long minimum, string pattern)
    {
        var result = new long?[count];
        var type = call.Type(name);
        if (type is null || type.DataType == DataType.Unknown)
        {
            return result;
        }
        if (type.Constant is not long?[] values)
        {
            call.Error(DiagnosticCode.TypeMismatch, $"{call.Name}(): {name} must be a bracket list {pattern}, got a {type.Describe()}", name);
            return result;
        }
        if (values.Length != count)
        {
            call.Error(DiagnosticCode.InvalidArgumentValue, $"{call.Name}(): {name} needs {count} entries {pattern}, got {values.Length}", name);
            return result;
        }
        if (values.Any(v => v < minimum))
        {
            var what = minimum == 0 ? "must not be negative" : "must be at least 1";
            call.Error(DiagnosticCode.InvalidArgumentValue,
                $"{call.Name}(): the entries of {name} {what}, got [{string.Join(", ", values.Select(v => v?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"))}]", name);
        }
        return values.Select(v => v >= minimum ? v : null).ToArray();
    }

    /// <summary>Reads the shape arguments and computes P and Q when all their inputs are constant.</summary>
    private static Geometry Read(BuiltinCall call, bool pooling)
    {
        var input = Shape(call, "input_shape", 4, 1, "[N, C, H, W]");
        long?[] filter = pooling ? [null, input[1], .. Shape(call, "pool_size", 2, 1, "[R, S]")] : Shape(call, "filter_shape", 4, 1, "[K, C, R, S]");
        var stride = Shape(call, "stride", 2, 1, "[stride_h, stride_w]");
        var padding = Shape(call, "padding", 2, 0, "[pad_h, pad_w]");
        long? p = (input[2] + 2 * padding[0] - filter[2]) is { } h && stride[0] is { } sh ? FloorDiv(h, sh) + 1 : null;
        long? q = (input[3] + 2 * padding[1] - filter[3]) is { } w && stride[1] is { } sw ? FloorDiv(w, sw) + 1 : null;
        return new Geometry(input[0], input[1], input[2], input[3], filter[0], filter[1], filter[2], filter[3], stride, padding, p, q);
    }

    /// <summary>Integer division rounding toward negative infinity.</summary>
    private static long FloorDiv(long a, long b) => (long)Math.Floor((double)a / b);

    /// <summary>The shared rule of conv2d, its gradients and the pooling builtins.</summary>
    private static TypeInfo Spatial(BuiltinCall call, Op op)
    {
        var pooling = op is Op.Pool or Op.PoolBackward;
        var g = Read(call, pooling);
        var first = op == Op.ConvData ? "filter" : "input";
        RequireMatrix(call, first);
        RequireMatrix(call, "dout");
        if (!pooling && g.C is { } c && g.FilterC is { } fc && c != fc)
        {
            call.Error(DiagnosticCode.ShapeRequirement,
                $"{call.Name}(): input_shape {g.InputText} has C={c} but filter_shape {g.FilterText} has C={fc}", "filter_shape");
        }
        var size = pooling ? "pool_size" : "filter_shape";
        if (g.P < 1 || g.Q < 1)
        {
            call.Error(DiagnosticCode.ShapeRequirement,
                $"{call.Name}(): a {Show(g.R)} x {Show(g.S)} window with padding [{Show(g.Padding[0])}, {Show(g.Padding[1])}] " +
                $"does not fit a {Show(g.H)} x {Show(g.W)} image", size);
        }
        else if (pooling && (g.Padding[0] >= g.R || g.Padding[1] >= g.S))
        {
            call.Error(DiagnosticCode.InvalidArgumentValue,
                $"{call.Name}(): padding [{Show(g.Padding[0])}, {Show(g.Padding[1])}] must be smaller than pool_size [{Show(g.R)}, {Show(g.S)}] " +
                "(a window of padding alone has no maximum)", "padding");
        }
        if (op == Op.ConvData)
        {
            CheckMatrix(call, "filter", g.K, g.FilterC * g.R * g.S, "filter_shape " + g.FilterText);
        }
        else
        {
            CheckMatrix(call, "input", g.N, g.InputCells, "input_shape " + g.InputText);
        }
        var outputCells = pooling ? g.C * g.P * g.Q : g.K * g.P * g.Q;
        var outputText = pooling ? $"[N={Show(g.N)}, C={Show(g.C)}, P={Show(g.P)}, Q={Show(g.Q)}]" : $"[N={Show(g.N)}, K={Show(g.K)}, P={Show(g.P)}, Q={Show(g.Q)}]";
        if (op is not (Op.Conv or Op.Pool))
        {
            CheckMatrix(call, "dout", g.N, outputCells, "the output shape " + outputText);
        }
        if (op == Op.Conv)
        {
            CheckMatrix(call, "filter", g.K, g.FilterC * g.R * g.S, "filter_shape " + g.FilterText);
        }
        var rows = g.N ?? call.TypeOrUnknown(op == Op.ConvData ? "dout" : "input").Rows;
        return op switch
        {
            Op.Conv or Op.Pool => TypeInfo.Matrix(rows, outputCells ?? -1),
            Op.ConvFilter => TypeInfo.Matrix(g.K ?? -1, g.FilterC * g.R * g.S ?? -1),
            _ => TypeInfo.Matrix(rows, g.InputCells ?? -1),
        };
    }

    /// <summary>Reports a matrix argument whose known rows or columns differ from what the shape arguments say.</summary>
    private static void CheckMatrix(BuiltinCall call, string name, long? rows, long? columns, string shape)
    {
        var type = call.TypeOrUnknown(name);
        if (!type.IsMatrix)
        {
            return;
        }
        if (columns is { } needed && type.Columns >= 0 && type.Columns != needed)
        {
            call.Error(DiagnosticCode.ShapeRequirement, $"{call.Name}(): {name} has {type.Columns} columns but {shape} needs {needed}", name);
        }
        else if (rows is { } expected && type.Rows >= 0 && type.Rows != expected)
        {
            call.Error(DiagnosticCode.ShapeRequirement, $"{call.Name}(): {name} has {type.Rows} rows but {shape} needs {expected}", name);
        }
    }

    /// <summary>bias_add/bias_multiply: the input shape; bias must be C x 1 with C dividing ncol(input).</summary>
    private static TypeInfo Bias(BuiltinCall call)
    {
        RequireMatrix(call, "input");
        RequireMatrix(call, "bias");
        var input = call.TypeOrUnknown("input");
        var bias = call.TypeOrUnknown("bias");
        if (bias.IsMatrix && bias.Columns >= 0 && bias.Columns != 1)
        {
            call.Error(DiagnosticCode.ShapeRequirement, $"{call.Name}() needs a C x 1 bias, got {Show(bias.Rows)} x {bias.Columns}", "bias");
        }
        else if (input.IsMatrix && input.Columns >= 0 && bias.IsMatrix && bias.Rows > 0 && input.Columns % bias.Rows != 0)
        {
            call.Error(DiagnosticCode.ShapeRequirement,
                $"{call.Name}(): input has {input.Columns} columns, not a multiple of the bias's {bias.Rows} channels", "bias");
        }
        return TypeInfo.Matrix(input.Rows, input.Columns);
    }

    /// <summary>batch_norm2d: the input shape, then four C x 1 vectors; checks mode and the channel count.</summary>
    private static TypeInfo[] BatchNorm(BuiltinCall call)
    {
        RequireMatrices(call, "input", "scale", "bias", "runningMean", "runningVar");
        RequireString(call, "mode");
        RequireScalar(call, "epsilon");
        RequireScalar(call, "momentum");
        var mode = call.ConstantString("mode");
        if (mode is not null and not ("train" or "test"))
        {
            call.Error(DiagnosticCode.InvalidArgumentValue, $"batch_norm2d() mode must be \"train\" or \"test\", got \"{mode}\"", "mode");
        }
        var input = call.TypeOrUnknown("input");
        var channels = new[] { "scale", "bias", "runningMean", "runningVar" }.Select(call.TypeOrUnknown).FirstOrDefault(t => t.Rows > 0)?.Rows;
        if (channels is { } c && input.Columns >= 0 && input.Columns % c != 0)
        {
            call.Error(DiagnosticCode.ShapeRequirement,
                $"batch_norm2d(): input has {input.Columns} columns, not a multiple of the {c} channels of its C x 1 vectors", "input");
        }
        var mean = call.TypeOrUnknown("runningMean");
        var vector = TypeInfo.Matrix(mean.Rows, mean.Columns);
        return [TypeInfo.Matrix(input.Rows, input.Columns), vector, vector, vector, vector];
    }

    /// <summary>lstm: X is N x T*D, W (D+M) x 4M, bias 1 x 4M, out0 and c0 N x M.</summary>
    private static TypeInfo[] Lstm(BuiltinCall call)
    {
        RequireMatrices(call, "input", "W", "bias", "out0", "c0");
        RequireScalar(call, "return_sequences");
        var (x, w, bias, out0, c0) = (call.TypeOrUnknown("input"), call.TypeOrUnknown("W"), call.TypeOrUnknown("bias"),
            call.TypeOrUnknown("out0"), call.TypeOrUnknown("c0"));
        var m = out0.Columns >= 0 ? out0.Columns : c0.Columns >= 0 ? c0.Columns : w.Columns >= 0 && w.Columns % 4 == 0 ? w.Columns / 4 : -1;
        if (m >= 0 && w.Columns >= 0 && w.Columns != 4 * m)
        {
            call.Error(DiagnosticCode.ShapeRequirement, $"lstm(): W has {w.Columns} columns but 4*M = {4 * m} for M = {m}", "W");
        }
        else if (m >= 0 && bias.Columns >= 0 && bias.Columns != 4 * m)
        {
            call.Error(DiagnosticCode.ShapeRequirement, $"lstm(): bias has {bias.Columns} columns but 4*M = {4 * m} for M = {m}", "bias");
        }
        var d = m >= 0 && w.Rows >= 0 ? w.Rows - m : -1;
        var t = d > 0 && x.Columns >= 0 && x.Columns % d == 0 ? x.Columns / d : -1;
        if (d > 0 && x.Columns >= 0 && t < 0)
        {
            call.Error(DiagnosticCode.ShapeRequirement, $"lstm(): input has {x.Columns} columns, not a multiple of D = {d} (rows of W minus M)", "input");
        }
        var n = x.Rows >= 0 ? x.Rows : out0.Rows;
        var columns = call.ConstantBoolean("return_sequences") switch
        {
            true when t >= 0 && m >= 0 => t * m,
            false => m,
            _ => -1,
        };
        var cache = t >= 0 && n >= 0 && m >= 0 ? TypeInfo.Matrix(t, n * m) : TypeInfo.AnyMatrix;
        return [TypeInfo.Matrix(n, columns), TypeInfo.Matrix(n, m), cache, cache, t >= 0 && n >= 0 && m >= 0 ? TypeInfo.Matrix(t, n * 4 * m) : TypeInfo.AnyMatrix];
    }
}

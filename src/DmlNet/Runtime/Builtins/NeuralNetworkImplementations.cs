using DmlNet.Plan;
using DmlNet.Runtime.Data;
using DmlNet.Runtime.Kernels.Nn;

namespace DmlNet.Runtime.Builtins;

/// <summary>The neural-network builtins of reference §7.8: convolution, pooling, bias, batch-norm and LSTM on NCHW images.</summary>
internal static class NeuralNetworkImplementations
{
    /// <summary>Adds this category's implementations.</summary>
    public static void Register(Dictionary<string, Operation> map)
    {
        map["conv2d"] = args =>
        {
            var (input, filter) = (args.Matrix("input"), args.Matrix("filter"));
            var g = Convolution(args, "conv2d");
            RequireInput(g, "conv2d", input);
            RequireFilter(g, "conv2d", filter);
            return [new MatrixValue(Kernels.Nn.Convolution.Forward(input, filter, g))];
        };
        map["conv2d_backward_filter"] = args =>
        {
            var (input, dout) = (args.Matrix("input"), args.Matrix("dout"));
            var g = Convolution(args, "conv2d_backward_filter");
            RequireInput(g, "conv2d_backward_filter", input);
            RequireConvOutput(g, "conv2d_backward_filter", dout);
            return [new MatrixValue(Kernels.Nn.Convolution.BackwardFilter(input, dout, g))];
        };
        map["conv2d_backward_data"] = args =>
        {
            var (filter, dout) = (args.Matrix("filter"), args.Matrix("dout"));
            var g = Convolution(args, "conv2d_backward_data");
            RequireFilter(g, "conv2d_backward_data", filter);
            RequireConvOutput(g, "conv2d_backward_data", dout);
            return [new MatrixValue(Kernels.Nn.Convolution.BackwardData(filter, dout, g))];
        };
        RegisterPooling(map, "max_pool", max: true);
        RegisterPooling(map, "avg_pool", max: false);
        map["bias_add"] = args => [new MatrixValue(BiasKernels.Add(args.Matrix("input"), args.Matrix("bias")))];
        map["bias_multiply"] = args => [new MatrixValue(BiasKernels.Multiply(args.Matrix("input"), args.Matrix("bias")))];
        map["batch_norm2d"] = args =>
        {
            var mode = args.String("mode", "");
            if (mode is not ("train" or "test"))
            {
                throw new DmlRuntimeException($"batch_norm2d(): mode must be \"train\" or \"test\", got \"{mode}\"");
            }
            var result = BatchNorm.Forward(args.Matrix("input"), args.Matrix("scale"), args.Matrix("bias"), args.Matrix("runningMean"),
                args.Matrix("runningVar"), mode == "train", args.Scalar("epsilon").AsDouble(), args.Scalar("momentum").AsDouble());
            return [Value(result.Out), Value(result.RunningMean), Value(result.RunningVar), Value(result.Mean), Value(result.InvStd)];
        };
        map["batch_norm2d_backward"] = args =>
        {
            var (dX, dGamma, dBeta) = BatchNorm.Backward(args.Matrix("input"), args.Matrix("dout"), args.Matrix("scale"),
                args.Matrix("cacheMean"), args.Matrix("cacheInvVar"));
            return [Value(dX), Value(dGamma), Value(dBeta)];
        };
        map["lstm"] = args =>
        {
            var r = Lstm.Forward(args.Matrix("input"), args.Matrix("W"), args.Matrix("bias"), args.Matrix("out0"), args.Matrix("c0"),
                args.Scalar("return_sequences").AsBoolean());
            return [Value(r.Out), Value(r.C), Value(r.CacheOut), Value(r.CacheC), Value(r.CacheIfog)];
        };
        map["lstm_backward"] = args =>
        {
            var r = Lstm.Backward(args.Matrix("input"), args.Matrix("W"), args.Matrix("bias"), args.Matrix("out0"), args.Matrix("c0"),
                args.Scalar("given_sequences").AsBoolean(), args.Matrix("dout"), args.Matrix("dc"), Optional(args, "cache_out"),
                Optional(args, "cache_c"), Optional(args, "cache_ifog"));
            return [Value(r.DX), Value(r.DW), Value(r.DB), Value(r.DOut0), Value(r.DC0)];
        };
    }

    private static void RegisterPooling(Dictionary<string, Operation> map, string name, bool max)
    {
        map[name] = args =>
        {
            var input = args.Matrix("input");
            var g = Pooling(args, name);
            RequireInput(g, name, input);
            return [new MatrixValue(Kernels.Nn.Pooling.Forward(input, g, max))];
        };
        var backward = name + "_backward";
        map[backward] = args =>
        {
            var (input, dout) = (args.Matrix("input"), args.Matrix("dout"));
            var g = Pooling(args, backward);
            RequireInput(g, backward, input);
            ConvGeometry.RequireSize(backward, "dout", dout, g.N, g.PoolOutputCells, $"the output shape [N={g.N}, C={g.C}, P={g.P}, Q={g.Q}]");
            return [new MatrixValue(Kernels.Nn.Pooling.Backward(input, dout, g, max))];
        };
    }

    private static MatrixValue Value(MatrixBlock block) => new(block);

    private static MatrixBlock? Optional(OperationArguments args, string name) => args.Get(name) is null ? null : args.Matrix(name);

    private static ConvGeometry Convolution(OperationArguments args, string call) => ConvGeometry.Create(call, Shape(args, call, "input_shape"),
        Shape(args, call, "filter_shape"), Shape(args, call, "stride"), Shape(args, call, "padding"), pooling: false);

    private static ConvGeometry Pooling(OperationArguments args, string call) => ConvGeometry.Create(call, Shape(args, call, "input_shape"),
        Shape(args, call, "pool_size"), Shape(args, call, "stride"), Shape(args, call, "padding"), pooling: true);

    /// <summary>A shape argument: a bracket list (or any list) of int scalars.</summary>
    private static long[] Shape(OperationArguments args, string call, string name) => args.Get(name) switch
    {
        ListValue list => list.Elements.Select(e => e is ScalarValue s
            ? s.AsLong()
            : throw new DmlRuntimeException($"{call}(): the entries of {name} must be scalars")).ToArray(),
        null => throw new DmlRuntimeException($"{call}(): missing argument '{name}'"),
        _ => throw new DmlRuntimeException($"{call}(): {name} must be a bracket list such as [1, 1]"),
    };

    private static void RequireInput(ConvGeometry g, string call, MatrixBlock input) =>
        ConvGeometry.RequireSize(call, "input", input, g.N, g.InputCells, "input_shape " + g.InputText);

    private static void RequireFilter(ConvGeometry g, string call, MatrixBlock filter) =>
        ConvGeometry.RequireSize(call, "filter", filter, g.K, g.PatchCells, $"filter_shape [K={g.K}, C={g.C}, R={g.R}, S={g.S}]");

    private static void RequireConvOutput(ConvGeometry g, string call, MatrixBlock dout) =>
        ConvGeometry.RequireSize(call, "dout", dout, g.N, g.ConvOutputCells, $"the output shape [N={g.N}, K={g.K}, P={g.P}, Q={g.Q}]");
}

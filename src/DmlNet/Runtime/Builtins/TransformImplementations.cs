using DmlNet.Plan;
using DmlNet.Runtime.Data;
using DmlNet.Runtime.Operations;
using DmlNet.Runtime.Transform;

namespace DmlNet.Runtime.Builtins;

/// <summary>transformencode, transformapply, transformdecode and transformcolmap (reference §9).</summary>
internal static class TransformImplementations
{
    /// <summary>Adds this category's implementations.</summary>
    public static void Register(Dictionary<string, Operation> map)
    {
        map["transformencode"] = args =>
        {
            var (encoded, metadata) = TransformEncoder.Encode(Frame(args, "target"), args.String("spec", ""));
            return [new MatrixValue(encoded), new FrameValue(metadata)];
        };
        map["transformapply"] = args =>
            [new MatrixValue(TransformEncoder.Apply(Frame(args, "target"), args.String("spec", ""), Frame(args, "meta")))];
        map["transformdecode"] = args =>
            [new FrameValue(TransformDecoder.Decode(args.Matrix("target"), args.String("spec", ""), Frame(args, "meta")))];
        map["transformcolmap"] = args =>
            [new MatrixValue(TransformEncoder.ColumnMap(Frame(args, "target"), args.String("spec", "")))];
    }

    private static Frames.FrameBlock Frame(OperationArguments args, string name) => args.Get(name) switch
    {
        FrameValue f => f.Block,
        null => throw new DmlRuntimeException($"missing argument '{name}'"),
        var other => throw new DmlRuntimeException($"argument '{name}' must be a frame, got a {OperatorOperations.Kind(other)}"),
    };
}

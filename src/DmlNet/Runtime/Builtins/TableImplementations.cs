using DmlNet.Plan;
using DmlNet.Runtime.Data;
using DmlNet.Runtime.Kernels;
using DmlNet.Runtime.Operations;

namespace DmlNet.Runtime.Builtins;

/// <summary>table in its forms: table(A, B), table(A, B, W), table(A, B, d1, d2), table(A, B, W, d1, d2[, emptyBlocks]).</summary>
internal static class TableImplementations
{
    /// <summary>Adds this category's implementations.</summary>
    public static void Register(Dictionary<string, Operation> map) => map["table"] = Table;

    private static DmlValue[] Table(OperationArguments args)
    {
        var more = args.All("more").ToList();
        var (weights, dims) = more.Count switch
        {
            0 => ((DmlValue?)null, (IReadOnlyList<DmlValue>)[]),
            1 => (more[0], []),
            2 => (null, more),
            _ => (more[0], more.Skip(1).Take(2).ToList()),
        };
        var a = Vector(args.Get("A")!, "A");
        var b = Vector(args.Get("B")!, "B");
        var w = weights is null ? MatrixBlock.Filled(1, 1, 1) : Vector(weights, "W");
        var rows = dims.Count == 2 ? Dimension(dims[0]) : -1;
        var columns = dims.Count == 2 ? Dimension(dims[1]) : -1;
        return [new MatrixValue(ContingencyTable.Build(a, b, w, rows, columns))];
    }

    private static MatrixBlock Vector(DmlValue value, string name) => value switch
    {
        ScalarValue s => MatrixBlock.FromDense(1, 1, [OperatorOperations.Number(s)]),
        MatrixValue m => m.Block,
        _ => throw new DmlRuntimeException($"table(): {name} must be a matrix or scalar, got a {OperatorOperations.Kind(value)}"),
    };

    private static int Dimension(DmlValue value) => value is ScalarValue s && s.AsLong() is >= 0 and <= int.MaxValue and var n
        ? (int)n
        : throw new DmlRuntimeException("table(): the output dimensions must be non-negative scalars");
}

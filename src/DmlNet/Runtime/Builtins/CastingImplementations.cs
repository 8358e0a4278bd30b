using DmlNet.Plan;
using DmlNet.Runtime.Data;
using DmlNet.Runtime.Operations;

namespace DmlNet.Runtime.Builtins;

/// <summary>as.scalar, as.matrix, as.double, as.integer, as.logical.</summary>
internal static class CastingImplementations
{
    /// <summary>Adds this category's implementations.</summary>
    public static void Register(Dictionary<string, Operation> map)
    {
        map["as.scalar"] = args => [AsScalar(args[0])];
        map["as.matrix"] = args => [AsMatrix(args[0])];
        map["as.double"] = args => [ScalarValue.Of(Scalar(args[0]).AsDouble())];
        map["as.integer"] = args => [ScalarValue.Of(Scalar(args[0]).AsLong())];
        map["as.logical"] = args => [ScalarValue.Of(Logical(Scalar(args[0])))];
    }

    private static ScalarValue Scalar(DmlValue value) => value as ScalarValue
        ?? throw new DmlRuntimeException($"expected a scalar, got a {OperatorOperations.Kind(value)}");

    private static bool Logical(ScalarValue value) => value.ValueType == Semantics.ValueType.String
        ? value.Text switch
        {
            "TRUE" or "true" => true,
            "FALSE" or "false" => false,
            _ => throw new DmlRuntimeException($"cannot convert the string \"{value.Text}\" to a boolean"),
        }
        : value.AsBoolean();

    private static ScalarValue AsScalar(DmlValue value) => value switch
    {
        ScalarValue s => s,
        MatrixValue { Block: { Rows: 1, Columns: 1 } b } => ScalarValue.Of(b.Get(0, 0)),
        MatrixValue m => throw new DmlRuntimeException(
            $"as.scalar() needs a 1 x 1 matrix, got {m.Block.Rows} x {m.Block.Columns}"),
        ListValue { Elements.Count: 1 } l => AsScalar(l.Elements[0]),
        _ => throw new DmlRuntimeException($"as.scalar() cannot convert a {OperatorOperations.Kind(value)}"),
    };

    private static MatrixValue AsMatrix(DmlValue value) => value switch
    {
        ScalarValue s => new MatrixValue(MatrixBlock.FromDense(1, 1, [OperatorOperations.Number(s)])),
        MatrixValue m => m,
        ListValue { Elements.Count: 1 } l => AsMatrix(l.Elements[0]),
        ListValue l when l.Elements.All(e => e is ScalarValue) => new MatrixValue(MatrixBlock.FromDense(l.Elements.Count, 1,
            l.Elements.Select(e => OperatorOperations.Number((ScalarValue)e)).ToArray())),
        ListValue => throw new DmlRuntimeException("as.matrix() of a list with several elements needs scalars only"),
        _ => throw new DmlRuntimeException($"as.matrix() cannot convert a {OperatorOperations.Kind(value)}"),
    };
}

using DmlNet.Plan;
using DmlNet.Runtime.Data;
using DmlNet.Runtime.Kernels;
using DmlNet.Runtime.Operations;

namespace DmlNet.Runtime.Builtins;

/// <summary>Cell-wise math on scalars and matrices: exp, log, sqrt, round, trigonometry, ifelse, xor, bitw*.</summary>
internal static class MathImplementations
{
    /// <summary>Adds this category's implementations.</summary>
    public static void Register(Dictionary<string, Operation> map)
    {
        foreach (var (name, op) in new[]
        {
            ("abs", UnaryOp.Abs), ("exp", UnaryOp.Exp), ("sqrt", UnaryOp.Sqrt), ("floor", UnaryOp.Floor), ("ceil", UnaryOp.Ceil),
            ("round", UnaryOp.Round), ("sign", UnaryOp.Sign), ("sin", UnaryOp.Sin), ("cos", UnaryOp.Cos), ("tan", UnaryOp.Tan),
            ("asin", UnaryOp.Asin), ("acos", UnaryOp.Acos), ("atan", UnaryOp.Atan), ("sinh", UnaryOp.Sinh), ("cosh", UnaryOp.Cosh),
            ("tanh", UnaryOp.Tanh), ("is.na", UnaryOp.IsNA), ("is.nan", UnaryOp.IsNaN), ("is.infinite", UnaryOp.IsInfinite),
            ("sigmoid", UnaryOp.Sigmoid),
        })
        {
            map[name] = args => [OperatorOperations.Unary(op, args[0])];
        }
        map["log"] = args => [args.Get("base") is { } logBase
            ? OperatorOperations.Apply(BinaryOp.Log, args[0], logBase)
            : OperatorOperations.Unary(UnaryOp.Log, args[0])];
        map["xor"] = args => [OperatorOperations.Apply(BinaryOp.Xor, args[0], args[1])];
        foreach (var (name, op) in new[]
        {
            ("bitwAnd", BinaryOp.BitwAnd), ("bitwOr", BinaryOp.BitwOr), ("bitwXor", BinaryOp.BitwXor),
            ("bitwShiftL", BinaryOp.BitwShiftL), ("bitwShiftR", BinaryOp.BitwShiftR),
        })
        {
            map[name] = args => [OperatorOperations.Apply(op, args[0], args[1])];
        }
        map["ifelse"] = IfElse;
    }

    /// <summary>
    /// ifelse(test, yes, no): per cell test != 0 ? yes : no. All scalars give a scalar, a double when
    /// one branch is an int and the other a double (the value type the compiler infers).
    /// </summary>
    private static DmlValue[] IfElse(OperationArguments args)
    {
        var (test, yes, no) = (args.Get("test")!, args.Get("yes")!, args.Get("no")!);
        if (test is ScalarValue t && yes is ScalarValue yesValue && no is ScalarValue noValue)
        {
            var chosen = t.AsBoolean() ? yesValue : noValue;
            var mixedNumbers = yesValue.ValueType != noValue.ValueType && IsNumber(yesValue) && IsNumber(noValue);
            return [mixedNumbers ? ScalarValue.Of(chosen.AsDouble()) : chosen];
        }
        var shape = new[] { test, yes, no }.OfType<MatrixValue>().First().Block;
        MatrixBlock Expand(DmlValue v) => v is MatrixValue m ? m.Block
            : MatrixBlock.Filled(shape.Rows, shape.Columns, OperatorOperations.Number((ScalarValue)v));
        var (c, a, b) = (Expand(test).DenseValues(), Expand(yes).DenseValues(), Expand(no).DenseValues());
        if (c.Length != a.Length || c.Length != b.Length)
        {
            throw new DmlRuntimeException("ifelse() needs matrices of one shape");
        }
        var result = new double[c.Length];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = c[i] != 0 ? a[i] : b[i];
        }
        return [new MatrixValue(MatrixBlock.FromDense(shape.Rows, shape.Columns, result).WithBestFormat())];
    }

    private static bool IsNumber(ScalarValue value) => value.ValueType is Semantics.ValueType.Int or Semantics.ValueType.Double;
}

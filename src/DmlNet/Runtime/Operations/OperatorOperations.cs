using DmlNet.Plan;
using DmlNet.Runtime.Data;
using DmlNet.Runtime.Kernels;

namespace DmlNet.Runtime.Operations;

/// <summary>The runtime implementations of DML's operator symbols on scalars and matrices.</summary>
public static class OperatorOperations
{
    /// <summary>The operation for an operator symbol (<c>u-</c>, <c>u+</c>, <c>!</c> are the prefix ones).</summary>
    public static Operation For(string symbol, int arity) => (symbol, arity) switch
    {
        ("%*%", 2) => args => [new MatrixValue(MatrixMultiply.Multiply(Matrix(args[0], symbol), Matrix(args[1], symbol)))],
        ("u-", 1) => args => [Unary(UnaryOp.Negate, args[0])],
        ("u+", 1) => args => [args[0]],
        ("!", 1) => args => [Unary(UnaryOp.Not, args[0])],
        (_, 2) => Binary(Parse(symbol)),
        _ => throw new InvalidOperationException($"unknown operator {symbol}/{arity}"),
    };

    /// <summary>
    /// The direct form of a binary operator symbol (the same computation as <see cref="For"/> on two
    /// values, without argument arrays), or null for <c>%*%</c> and unknown symbols.
    /// </summary>
    public static Func<DmlValue, DmlValue, DmlValue>? DirectBinary(string symbol)
    {
        if (symbol == "%*%" || !IsCellOperator(symbol))
        {
            return null;
        }
        var op = Parse(symbol);
        return (left, right) => Apply(op, left, right);
    }

    private static bool IsCellOperator(string symbol) =>
        symbol is "+" or "-" or "*" or "/" or "^" or "%%" or "%/%" or "<" or "<=" or ">" or ">=" or "==" or "!=" or "&" or "|";

    /// <summary>The kernel operator for a DML symbol.</summary>
    public static BinaryOp Parse(string symbol) => symbol switch
    {
        "+" => BinaryOp.Add,
        "-" => BinaryOp.Subtract,
        "*" => BinaryOp.Multiply,
        "/" => BinaryOp.Divide,
        "^" => BinaryOp.Power,
        "%%" => BinaryOp.Modulus,
        "%/%" => BinaryOp.IntegerDivide,
        "<" => BinaryOp.Less,
        "<=" => BinaryOp.LessOrEqual,
        ">" => BinaryOp.Greater,
        ">=" => BinaryOp.GreaterOrEqual,
        "==" => BinaryOp.Equal,
        "!=" => BinaryOp.NotEqual,
        "&" => BinaryOp.And,
        "|" => BinaryOp.Or,
        _ => throw new InvalidOperationException($"unknown operator {symbol}"),
    };

    /// <summary>A cell-wise binary operation on any mix of scalars and matrices.</summary>
    public static Operation Binary(BinaryOp op) => args => [Apply(op, args[0], args[1])];

    /// <summary>Applies a cell-wise binary operator with DML's broadcasting and scalar rules.</summary>
    public static DmlValue Apply(BinaryOp op, DmlValue left, DmlValue right) => (left, right) switch
    {
        (ScalarValue a, ScalarValue b) => ScalarArithmetic.Binary(op, a, b),
        (MatrixValue a, MatrixValue b) => new MatrixValue(ElementwiseKernels.Binary(op, a.Block, b.Block)),
        (MatrixValue a, ScalarValue b) => new MatrixValue(ElementwiseKernels.Binary(op, a.Block, Number(b))),
        (ScalarValue a, MatrixValue b) => new MatrixValue(ElementwiseKernels.Binary(op, Number(a), b.Block)),
        _ => throw new DmlRuntimeException(
            $"operator {op.ToString().ToLowerInvariant()} cannot be applied to a {Kind(left)} and a {Kind(right)}"),
    };

    /// <summary>Applies a cell-wise unary operator to a scalar or matrix.</summary>
    public static DmlValue Unary(UnaryOp op, DmlValue value) => value switch
    {
        ScalarValue s => ScalarArithmetic.Unary(op, s),
        MatrixValue m => new MatrixValue(ElementwiseKernels.Unary(op, m.Block)),
        _ => throw new DmlRuntimeException($"{op.ToString().ToLowerInvariant()} cannot be applied to a {Kind(value)}"),
    };

    /// <summary>The block of a matrix operand; anything else is an error naming the operator.</summary>
    public static MatrixBlock Matrix(DmlValue value, string what) => value is MatrixValue m
        ? m.Block
        : throw new DmlRuntimeException($"{what} needs a matrix, got a {Kind(value)}");

    /// <summary>A scalar used in matrix arithmetic: strings are an error.</summary>
    public static double Number(ScalarValue value) => value.ValueType == Semantics.ValueType.String
        ? throw new DmlRuntimeException($"the string \"{value.Text}\" cannot be used in matrix arithmetic")
        : value.AsDouble();

    /// <summary>"scalar", "matrix", "frame" or "list".</summary>
    public static string Kind(DmlValue value) => value.DataType.ToString().ToLowerInvariant();
}

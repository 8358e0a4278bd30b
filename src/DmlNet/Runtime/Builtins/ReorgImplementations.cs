using DmlNet.Plan;
using DmlNet.Runtime.Data;
using DmlNet.Runtime.Kernels;
using DmlNet.Runtime.Operations;

namespace DmlNet.Runtime.Builtins;

/// <summary>rev, roll, order, removeEmpty, replace, outer, lower.tri, upper.tri, rowcumsum, cumsumprod (reference §7.3).</summary>
internal static class ReorgImplementations
{
    /// <summary>The operator strings <c>outer</c> accepts besides the operator symbols.</summary>
    private static readonly Dictionary<string, BinaryOp> NamedOperators = new(StringComparer.Ordinal)
    {
        ["min"] = BinaryOp.Min,
        ["max"] = BinaryOp.Max,
        ["xor"] = BinaryOp.Xor,
        ["log"] = BinaryOp.Log,
        ["bitwAnd"] = BinaryOp.BitwAnd,
        ["bitwOr"] = BinaryOp.BitwOr,
        ["bitwXor"] = BinaryOp.BitwXor,
        ["bitwShiftL"] = BinaryOp.BitwShiftL,
        ["bitwShiftR"] = BinaryOp.BitwShiftR,
    };

    /// <summary>Adds this category's implementations.</summary>
    public static void Register(Dictionary<string, Operation> map)
    {
        map["rev"] = args => [new MatrixValue(RowOrderKernels.Reverse(args.Matrix("x")))];
        map["roll"] = args => [new MatrixValue(RowOrderKernels.Roll(args.Matrix("x"), args.Scalar("shift").AsLong()))];
        map["order"] = args => [new MatrixValue(OrderKernels.Order(args.Matrix("target"), ByColumns(args),
            args.Boolean("decreasing", false), args.Boolean("index.return", false)))];
        map["removeEmpty"] = args => [new MatrixValue(RemoveEmptyKernels.RemoveEmpty(args.Matrix("target"), RowsMargin(args),
            args.Get("select") is null ? null : args.Matrix("select"), args.Boolean("empty.return", true)))];
        map["replace"] = args => [new MatrixValue(ReplaceKernels.Replace(args.Matrix("target"),
            args.Scalar("pattern").AsDouble(), args.Scalar("replacement").AsDouble()))];
        map["outer"] = args => [Outer(args)];
        map["lower.tri"] = args => [Triangle(args, lower: true)];
        map["upper.tri"] = args => [Triangle(args, lower: false)];
        map["rowcumsum"] = args => [new MatrixValue(ScanKernels.RowCumSum(args.Matrix("x")))];
        map["cumsumprod"] = args => [new MatrixValue(ScanKernels.CumSumProd(args.Matrix("x")))];
    }

    /// <summary>The 0-based key columns of order(): <c>by</c> is a column number or a vector of them (default 1).</summary>
    private static int[] ByColumns(OperationArguments args)
    {
        var values = args.Get("by") switch
        {
            null => [1.0],
            ScalarValue s => [s.AsDouble()],
            MatrixValue { Block: var b } when b.Rows == 1 || b.Columns == 1 => b.DenseValues(),
            var other => throw new DmlRuntimeException(
                $"order(): by must be a column number or a vector of column numbers, got a {OperatorOperations.Kind(other)}"),
        };
        if (values.Length == 0)
        {
            throw new DmlRuntimeException("order(): by must name at least one column");
        }
        return values.Select(v => (int)Math.Clamp(ScalarValue.ToLong(v) - 1, int.MinValue, int.MaxValue)).ToArray();
    }

    private static bool RowsMargin(OperationArguments args) => args.String("margin", "") switch
    {
        "rows" => true,
        "cols" => false,
        var margin => throw new DmlRuntimeException($"removeEmpty(): margin must be \"rows\" or \"cols\", got \"{margin}\""),
    };

    /// <summary>outer(x, y, op): an n x 1 and a 1 x m vector combined by any cell-wise operator into an n x m matrix.</summary>
    private static MatrixValue Outer(OperationArguments args)
    {
        var (x, y) = (args.Matrix("x"), args.Matrix("y"));
        var symbol = args.String("op", "");
        if (x.Columns != 1 || y.Rows != 1)
        {
            throw new DmlRuntimeException(
                $"outer() needs an n x 1 column vector and a 1 x m row vector, got {x.Rows} x {x.Columns} and {y.Rows} x {y.Columns}");
        }
        var op = NamedOperators.TryGetValue(symbol, out var named) ? named : ParseSymbol(symbol);
        return new MatrixValue(ElementwiseKernels.Binary(op, x, y));
    }

    private static BinaryOp ParseSymbol(string symbol)
    {
        try
        {
            return OperatorOperations.Parse(symbol);
        }
        catch (InvalidOperationException)
        {
            throw new DmlRuntimeException($"outer(): \"{symbol}\" is not a cell-wise operator " +
                "(+ - * / ^ %% %/% < <= > >= == != & | min max xor log bitwAnd bitwOr bitwXor bitwShiftL bitwShiftR)");
        }
    }

    private static MatrixValue Triangle(OperationArguments args, bool lower) => new(TriangleKernels.Triangle(args.Matrix("target"), lower,
        args.Boolean("diag", false), args.Boolean("values", false)));
}

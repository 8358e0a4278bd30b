namespace DmlNet.Runtime.Kernels;

/// <summary>DML's cell functions on single doubles (the scalar forms of the element-wise kernels).</summary>
public static class CellOps
{
    /// <summary>Applies a binary operator to two numbers (comparisons and logic give 1 or 0).</summary>
    public static double Apply(BinaryOp op, double a, double b) => CellDispatch.Binary<PairAction, double>(op, new PairAction(a, b));

    /// <summary>Applies a unary operator to a number.</summary>
    public static double Apply(UnaryOp op, double a) => CellDispatch.Unary<SingleAction, double>(op, new SingleAction(a));

    private readonly struct PairAction(double a, double b) : IBinaryCellAction<double>
    {
        public double Invoke<TCell>() where TCell : struct, IBinaryCell => TCell.Apply(a, b);
    }

    private readonly struct SingleAction(double a) : IUnaryCellAction<double>
    {
        public double Invoke<TCell>() where TCell : struct, IUnaryCell => TCell.Apply(a);
    }
}

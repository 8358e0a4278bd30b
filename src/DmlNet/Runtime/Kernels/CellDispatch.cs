namespace DmlNet.Runtime.Kernels;

/// <summary>Something to run with the struct type of a binary cell function (see <see cref="CellDispatch"/>).</summary>
internal interface IBinaryCellAction<out TResult>
{
    /// <summary>Runs with the cell function <typeparamref name="TCell"/>.</summary>
    TResult Invoke<TCell>() where TCell : struct, IBinaryCell;
}

/// <summary>Something to run with the struct type of a unary cell function.</summary>
internal interface IUnaryCellAction<out TResult>
{
    /// <summary>Runs with the cell function <typeparamref name="TCell"/>.</summary>
    TResult Invoke<TCell>() where TCell : struct, IUnaryCell;
}

/// <summary>Maps operator enums to their cell-function structs once per kernel call, so inner loops are specialized.</summary>
internal static class CellDispatch
{
    /// <summary>Runs <paramref name="action"/> with the cell function of <paramref name="op"/>.</summary>
    public static TResult Binary<TAction, TResult>(BinaryOp op, TAction action) where TAction : IBinaryCellAction<TResult> => op switch
    {
        BinaryOp.Add => action.Invoke<BinaryCells.Add>(),
        BinaryOp.Subtract => action.Invoke<BinaryCells.Subtract>(),
        BinaryOp.Multiply => action.Invoke<BinaryCells.Multiply>(),
        BinaryOp.Divide => action.Invoke<BinaryCells.Divide>(),
        BinaryOp.Power => action.Invoke<BinaryCells.Power>(),
        BinaryOp.Modulus => action.Invoke<BinaryCells.Modulus>(),
        BinaryOp.IntegerDivide => action.Invoke<BinaryCells.IntegerDivide>(),
        BinaryOp.Less => action.Invoke<BinaryCells.Less>(),
        BinaryOp.LessOrEqual => action.Invoke<BinaryCells.LessOrEqual>(),
        BinaryOp.Greater => action.Invoke<BinaryCells.Greater>(),
        BinaryOp.GreaterOrEqual => action.Invoke<BinaryCells.GreaterOrEqual>(),
        BinaryOp.Equal => action.Invoke<BinaryCells.Equal>(),
        BinaryOp.NotEqual => action.Invoke<BinaryCells.NotEqual>(),
        BinaryOp.And => action.Invoke<BinaryCells.And>(),
        BinaryOp.Or => action.Invoke<BinaryCells.Or>(),
        BinaryOp.Xor => action.Invoke<BinaryCells.Xor>(),
        BinaryOp.Min => action.Invoke<BinaryCells.Min>(),
        BinaryOp.Max => action.Invoke<BinaryCells.Max>(),
        BinaryOp.Log => action.Invoke<BinaryCells.Log>(),
        BinaryOp.BitwAnd => action.Invoke<BinaryCells.BitwAnd>(),
        BinaryOp.BitwOr => action.Invoke<BinaryCells.BitwOr>(),
        BinaryOp.BitwXor => action.Invoke<BinaryCells.BitwXor>(),
        BinaryOp.BitwShiftL => action.Invoke<BinaryCells.BitwShiftL>(),
        BinaryOp.BitwShiftR => action.Invoke<BinaryCells.BitwShiftR>(),
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, null),
    };

    /// <summary>Runs <paramref name="action"/> with the cell function of <paramref name="op"/>.</summary>
    public static TResult Unary<TAction, TResult>(UnaryOp op, TAction action) where TAction : IUnaryCellAction<TResult> => op switch
    {
        UnaryOp.Negate => action.Invoke<UnaryCells.Negate>(),
        UnaryOp.Not => action.Invoke<UnaryCells.Not>(),
        UnaryOp.Abs => action.Invoke<UnaryCells.Abs>(),
        UnaryOp.Exp => action.Invoke<UnaryCells.Exp>(),
        UnaryOp.Log => action.Invoke<UnaryCells.Log>(),
        UnaryOp.Sqrt => action.Invoke<UnaryCells.Sqrt>(),
        UnaryOp.Floor => action.Invoke<UnaryCells.Floor>(),
        UnaryOp.Ceil => action.Invoke<UnaryCells.Ceil>(),
        UnaryOp.Round => action.Invoke<UnaryCells.Round>(),
        UnaryOp.Sign => action.Invoke<UnaryCells.Sign>(),
        UnaryOp.Sin => action.Invoke<UnaryCells.Sin>(),
        UnaryOp.Cos => action.Invoke<UnaryCells.Cos>(),
        UnaryOp.Tan => action.Invoke<UnaryCells.Tan>(),
        UnaryOp.Asin => action.Invoke<UnaryCells.Asin>(),
        UnaryOp.Acos => action.Invoke<UnaryCells.Acos>(),
        UnaryOp.Atan => action.Invoke<UnaryCells.Atan>(),
        UnaryOp.Sinh => action.Invoke<UnaryCells.Sinh>(),
        UnaryOp.Cosh => action.Invoke<UnaryCells.Cosh>(),
        UnaryOp.Tanh => action.Invoke<UnaryCells.Tanh>(),
        UnaryOp.IsNA or UnaryOp.IsNaN => action.Invoke<UnaryCells.IsNaN>(),
        UnaryOp.IsInfinite => action.Invoke<UnaryCells.IsInfinite>(),
        UnaryOp.Sigmoid => action.Invoke<UnaryCells.Sigmoid>(),
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, null),
    };
}

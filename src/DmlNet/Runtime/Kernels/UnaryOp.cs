namespace DmlNet.Runtime.Kernels;

/// <summary>The cell-wise unary operators and one-argument math builtins of DML.</summary>
public enum UnaryOp
{
    /// <summary>Unary minus.</summary>
    Negate,
    /// <summary><c>!</c>: 1 where the value is 0, else 0.</summary>
    Not,
    /// <summary><c>abs</c>.</summary>
    Abs,
    /// <summary><c>exp</c>.</summary>
    Exp,
    /// <summary>Natural <c>log</c>.</summary>
    Log,
    /// <summary><c>sqrt</c>.</summary>
    Sqrt,
    /// <summary><c>floor</c>.</summary>
    Floor,
    /// <summary><c>ceil</c>.</summary>
    Ceil,
    /// <summary><c>round</c>: Java <c>Math.round</c> (halves toward +Infinity, NaN to 0).</summary>
    Round,
    /// <summary><c>sign</c>.</summary>
    Sign,
    /// <summary><c>sin</c>.</summary>
    Sin,
    /// <summary><c>cos</c>.</summary>
    Cos,
    /// <summary><c>tan</c>.</summary>
    Tan,
    /// <summary><c>asin</c>.</summary>
    Asin,
    /// <summary><c>acos</c>.</summary>
    Acos,
    /// <summary><c>atan</c>.</summary>
    Atan,
    /// <summary><c>sinh</c>.</summary>
    Sinh,
    /// <summary><c>cosh</c>.</summary>
    Cosh,
    /// <summary><c>tanh</c>.</summary>
    Tanh,
    /// <summary><c>is.na</c> (NA is NaN).</summary>
    IsNA,
    /// <summary><c>is.nan</c>.</summary>
    IsNaN,
    /// <summary><c>is.infinite</c>.</summary>
    IsInfinite,
    /// <summary><c>sigmoid</c>: <c>1 / (1 + exp(-x))</c>.</summary>
    Sigmoid,
}

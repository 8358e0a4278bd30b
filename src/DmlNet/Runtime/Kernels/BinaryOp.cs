namespace DmlNet.Runtime.Kernels;

/// <summary>The cell-wise binary operators of DML (operator symbols and two-argument math builtins).</summary>
public enum BinaryOp
{
    /// <summary><c>+</c>.</summary>
    Add,
    /// <summary><c>-</c>.</summary>
    Subtract,
    /// <summary><c>*</c>.</summary>
    Multiply,
    /// <summary><c>/</c> (always double).</summary>
    Divide,
    /// <summary><c>^</c> (always double).</summary>
    Power,
    /// <summary><c>%%</c>: <c>a - (a %/% b) * b</c>.</summary>
    Modulus,
    /// <summary><c>%/%</c>: <c>a / b</c> rounded toward zero (SystemDS).</summary>
    IntegerDivide,
    /// <summary><c>&lt;</c>.</summary>
    Less,
    /// <summary><c>&lt;=</c>.</summary>
    LessOrEqual,
    /// <summary><c>&gt;</c>.</summary>
    Greater,
    /// <summary><c>&gt;=</c>.</summary>
    GreaterOrEqual,
    /// <summary><c>==</c>.</summary>
    Equal,
    /// <summary><c>!=</c>.</summary>
    NotEqual,
    /// <summary><c>&amp;</c>.</summary>
    And,
    /// <summary><c>|</c>.</summary>
    Or,
    /// <summary><c>xor(a, b)</c>.</summary>
    Xor,
    /// <summary><c>min(a, b)</c>, <c>pmin</c> (NaN propagates).</summary>
    Min,
    /// <summary><c>max(a, b)</c>, <c>pmax</c> (NaN propagates).</summary>
    Max,
    /// <summary><c>log(x, base)</c>.</summary>
    Log,
    /// <summary><c>bitwAnd</c>.</summary>
    BitwAnd,
    /// <summary><c>bitwOr</c>.</summary>
    BitwOr,
    /// <summary><c>bitwXor</c>.</summary>
    BitwXor,
    /// <summary><c>bitwShiftL</c>.</summary>
    BitwShiftL,
    /// <summary><c>bitwShiftR</c>.</summary>
    BitwShiftR,
}

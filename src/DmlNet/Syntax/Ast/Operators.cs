namespace DmlNet.Syntax;

/// <summary>Binary operators of DML.</summary>
public enum BinaryOperator
{
    /// <summary><c>^</c></summary>
    Power,
    /// <summary><c>%*%</c></summary>
    MatrixMultiply,
    /// <summary><c>%/%</c></summary>
    IntegerDivide,
    /// <summary><c>%%</c></summary>
    Modulus,
    /// <summary><c>*</c></summary>
    Multiply,
    /// <summary><c>/</c></summary>
    Divide,
    /// <summary><c>+</c></summary>
    Add,
    /// <summary><c>-</c></summary>
    Subtract,
    /// <summary><c>&gt;</c></summary>
    Greater,
    /// <summary><c>&gt;=</c></summary>
    GreaterOrEqual,
    /// <summary><c>&lt;</c></summary>
    Less,
    /// <summary><c>&lt;=</c></summary>
    LessOrEqual,
    /// <summary><c>==</c></summary>
    Equal,
    /// <summary><c>!=</c></summary>
    NotEqual,
    /// <summary><c>&amp;</c></summary>
    And,
    /// <summary><c>|</c></summary>
    Or,
    /// <summary><c>&amp;&amp;</c> (parsed, rejected by validation)</summary>
    ShortCircuitAnd,
    /// <summary><c>||</c> (parsed, rejected by validation)</summary>
    ShortCircuitOr,
}

/// <summary>Prefix operators of DML.</summary>
public enum UnaryOperator
{
    /// <summary><c>-x</c></summary>
    Negate,
    /// <summary><c>+x</c></summary>
    Plus,
    /// <summary><c>!x</c></summary>
    Not,
}

/// <summary>Spelling and precedence of the operators (larger binds tighter), per the reference table.</summary>
public static class OperatorFacts
{
    /// <summary>Precedence of an atom (literal, call, identifier): binds tightest.</summary>
    public const int AtomPrecedence = 100;

    /// <summary>The source text of a binary operator.</summary>
    public static string Text(BinaryOperator op) => op switch
    {
        BinaryOperator.Power => "^",
        BinaryOperator.MatrixMultiply => "%*%",
        BinaryOperator.IntegerDivide => "%/%",
        BinaryOperator.Modulus => "%%",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Greater => ">",
        BinaryOperator.GreaterOrEqual => ">=",
        BinaryOperator.Less => "<",
        BinaryOperator.LessOrEqual => "<=",
        BinaryOperator.Equal => "==",
        BinaryOperator.NotEqual => "!=",
        BinaryOperator.And => "&",
        BinaryOperator.Or => "|",
        BinaryOperator.ShortCircuitAnd => "&&",
        BinaryOperator.ShortCircuitOr => "||",
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };

    /// <summary>The source text of a unary operator.</summary>
    public static string Text(UnaryOperator op) => op switch
    {
        UnaryOperator.Negate => "-",
        UnaryOperator.Plus => "+",
        UnaryOperator.Not => "!",
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };

    /// <summary>The binary operator spelled <paramref name="text"/>.</summary>
    public static BinaryOperator ParseBinary(string text) => text switch
    {
        "^" => BinaryOperator.Power,
        "%*%" => BinaryOperator.MatrixMultiply,
        "%/%" => BinaryOperator.IntegerDivide,
        "%%" => BinaryOperator.Modulus,
        "*" => BinaryOperator.Multiply,
        "/" => BinaryOperator.Divide,
        "+" => BinaryOperator.Add,
        "-" => BinaryOperator.Subtract,
        ">" => BinaryOperator.Greater,
        ">=" => BinaryOperator.GreaterOrEqual,
        "<" => BinaryOperator.Less,
        "<=" => BinaryOperator.LessOrEqual,
        "==" => BinaryOperator.Equal,
        "!=" => BinaryOperator.NotEqual,
        "&" => BinaryOperator.And,
        "|" => BinaryOperator.Or,
        "&&" => BinaryOperator.ShortCircuitAnd,
        "||" => BinaryOperator.ShortCircuitOr,
        _ => throw new ArgumentException($"not a binary operator: {text}", nameof(text)),
    };

    /// <summary>Precedence of a binary operator (10 = <c>^</c> ... 1 = <c>|</c>).</summary>
    public static int Precedence(BinaryOperator op) => op switch
    {
        BinaryOperator.Power => 10,
        BinaryOperator.MatrixMultiply => 8,
        BinaryOperator.IntegerDivide or BinaryOperator.Modulus => 7,
        BinaryOperator.Multiply or BinaryOperator.Divide => 6,
        BinaryOperator.Add or BinaryOperator.Subtract => 5,
        BinaryOperator.And or BinaryOperator.ShortCircuitAnd => 2,
        BinaryOperator.Or or BinaryOperator.ShortCircuitOr => 1,
        _ => 4,
    };

    /// <summary>Precedence of a prefix operator: unary sign sits just below <c>^</c>, <c>!</c> below comparisons.</summary>
    public static int Precedence(UnaryOperator op) => op == UnaryOperator.Not ? 3 : 9;

    /// <summary>True for the only right-associative operator, <c>^</c>.</summary>
    public static bool IsRightAssociative(BinaryOperator op) => op == BinaryOperator.Power;

    /// <summary>True for comparison operators.</summary>
    public static bool IsComparison(BinaryOperator op) => Precedence(op) == 4;

    /// <summary>True for the logical operators <c>&amp; | &amp;&amp; ||</c>.</summary>
    public static bool IsLogical(BinaryOperator op) => Precedence(op) <= 2;
}

using System.Collections.Immutable;

namespace DmlNet.Syntax;

/// <summary>Base of all expressions.</summary>
public abstract record Expression(SourceSpan Span) : SyntaxNode(Span);

/// <summary>An integer literal (64-bit).</summary>
public sealed record IntLiteral(SourceSpan Span, long Value) : Expression(Span);

/// <summary>A floating-point literal.</summary>
public sealed record DoubleLiteral(SourceSpan Span, double Value) : Expression(Span);

/// <summary>A string literal, escapes already decoded.</summary>
public sealed record StringLiteral(SourceSpan Span, string Value) : Expression(Span);

/// <summary><c>TRUE</c> or <c>FALSE</c>.</summary>
public sealed record BooleanLiteral(SourceSpan Span, bool Value) : Expression(Span);

/// <summary>A reference to a variable (or one of the constants <c>pi</c>, <c>Inf</c>, <c>NaN</c>).</summary>
public sealed record IdentifierExpression(SourceSpan Span, string Name) : Expression(Span);

/// <summary>A command-line parameter, <c>$name</c> or <c>$1</c>; <see cref="Name"/> excludes the dollar.</summary>
public sealed record CommandLineParameter(SourceSpan Span, string Name) : Expression(Span);

/// <summary>A prefix operation.</summary>
public sealed record UnaryExpression(SourceSpan Span, UnaryOperator Operator, Expression Operand) : Expression(Span);

/// <summary>An infix operation.</summary>
public sealed record BinaryExpression(SourceSpan Span, BinaryOperator Operator, Expression Left, Expression Right) : Expression(Span);

/// <summary>One bound of an index: a single position (<see cref="Upper"/> null) or a range <c>lower:upper</c>.</summary>
public sealed record IndexRange(SourceSpan Span, Expression Lower, Expression? Upper) : SyntaxNode(Span);

/// <summary>
/// Indexing <c>X[rows, cols]</c>; a null range selects the whole dimension.
/// <see cref="HasComma"/> is false for the list form <c>L[i]</c>.
/// </summary>
public sealed record IndexExpression(SourceSpan Span, IdentifierExpression Target, IndexRange? Rows, IndexRange? Columns, bool HasComma)
    : Expression(Span);

/// <summary>One argument of a call, positional (<see cref="Name"/> null) or named.</summary>
public sealed record Argument(SourceSpan Span, string? Name, Expression Value) : SyntaxNode(Span);

/// <summary>A call of a builtin or user-defined function, optionally qualified by a namespace.</summary>
public sealed record CallExpression(SourceSpan Span, string? Namespace, string Name, ImmutableArray<Argument> Arguments)
    : Expression(Span)
{
    /// <summary>The name as written: <c>ns::name</c> or <c>name</c>.</summary>
    public string QualifiedName => Namespace is null ? Name : $"{Namespace}::{Name}";
}

/// <summary><c>ifdef($param, fallback)</c>: the parameter's value if bound, else the fallback.</summary>
public sealed record IfdefExpression(SourceSpan Span, CommandLineParameter Parameter, Expression Fallback) : Expression(Span);

/// <summary>A bracket list <c>[a, b, c]</c>, valid only as a shape argument of the NN builtins.</summary>
public sealed record ListLiteral(SourceSpan Span, ImmutableArray<Expression> Elements) : Expression(Span);

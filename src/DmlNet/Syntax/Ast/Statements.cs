using System.Collections.Immutable;

namespace DmlNet.Syntax;

/// <summary>Base of all statements, including top-level function definitions.</summary>
public abstract record Statement(SourceSpan Span) : SyntaxNode(Span);

/// <summary>How an assignment was written.</summary>
public enum AssignmentKind
{
    /// <summary><c>x = e</c></summary>
    Equals,
    /// <summary><c>x &lt;- e</c></summary>
    Arrow,
    /// <summary><c>x += e</c></summary>
    PlusEquals,
}

/// <summary>
/// <c>target = value</c>: <see cref="Target"/> is an <see cref="IdentifierExpression"/> or,
/// for left-indexing, an <see cref="IndexExpression"/>.
/// </summary>
public sealed record AssignmentStatement(SourceSpan Span, Expression Target, AssignmentKind Kind, Expression Value) : Statement(Span);

/// <summary><c>[a, b] = f(...)</c>.</summary>
public sealed record MultiAssignmentStatement(SourceSpan Span, ImmutableArray<IdentifierExpression> Targets, bool Arrow, CallExpression Call)
    : Statement(Span);

/// <summary>A call whose outputs are discarded, e.g. <c>print(x)</c>.</summary>
public sealed record CallStatement(SourceSpan Span, CallExpression Call) : Statement(Span);

/// <summary>A statement list; <see cref="Braced"/> is false for a single statement without braces.</summary>
public sealed record Block(SourceSpan Span, ImmutableArray<Statement> Statements, bool Braced) : SyntaxNode(Span);

/// <summary><c>if (p) then else otherwise</c>.</summary>
public sealed record IfStatement(SourceSpan Span, Expression Predicate, Block Then, Block? Else) : Statement(Span);

/// <summary>The iteration space of a <c>for</c>/<c>parfor</c> header.</summary>
public abstract record LoopRange(SourceSpan Span) : SyntaxNode(Span);

/// <summary><c>from:to</c>.</summary>
public sealed record ColonRange(SourceSpan Span, Expression From, Expression To) : LoopRange(Span);

/// <summary>Any other expression in a loop header; only <c>seq(...)</c> is valid.</summary>
public sealed record SequenceRange(SourceSpan Span, Expression Sequence) : LoopRange(Span);

/// <summary><c>key=value</c>, as in parfor options and externalFunction options.</summary>
public sealed record KeyValue(SourceSpan Span, string Key, Expression Value) : SyntaxNode(Span);

/// <summary><c>for (v in range) body</c>.</summary>
public sealed record ForStatement(SourceSpan Span, IdentifierExpression Variable, LoopRange Range, Block Body) : Statement(Span);

/// <summary><c>parfor (v in range, options...) body</c>.</summary>
public sealed record ParForStatement(SourceSpan Span, IdentifierExpression Variable, LoopRange Range, ImmutableArray<KeyValue> Options, Block Body)
    : Statement(Span);

/// <summary><c>while (p) body</c>.</summary>
public sealed record WhileStatement(SourceSpan Span, Expression Predicate, Block Body) : Statement(Span);

/// <summary><c>source("path") as ns</c>.</summary>
public sealed record SourceStatement(SourceSpan Span, string Path, string Namespace) : Statement(Span);

/// <summary><c>setwd("dir")</c>: later relative <c>source</c> paths of this file resolve against it.</summary>
public sealed record SetwdStatement(SourceSpan Span, string Path) : Statement(Span);

using System.Collections.Immutable;

namespace DmlNet.Syntax;

/// <summary>
/// A parameter or result type as written: <see cref="DataType"/> is null for a bare value
/// type (<c>int n</c>), else the word before the bracket (<c>matrix[double]</c>).
/// </summary>
public sealed record TypeSyntax(SourceSpan Span, string? DataType, string ValueType) : SyntaxNode(Span);

/// <summary>A typed function parameter or result with an optional default value.</summary>
public sealed record Parameter(SourceSpan Span, TypeSyntax Type, string Name, Expression? Default) : SyntaxNode(Span);

/// <summary>
/// <c>name = function(params) return (results) { body }</c>. <see cref="HasReturnClause"/>
/// records whether <c>return (...)</c> was written (it may be empty).
/// </summary>
public sealed record FunctionDefinition(
    SourceSpan Span,
    string Name,
    bool Arrow,
    ImmutableArray<Parameter> Parameters,
    bool HasReturnClause,
    ImmutableArray<Parameter> Results,
    Block Body) : Statement(Span);

/// <summary>
/// The legacy <c>name = externalFunction(...) return (...) implemented in (...)</c>; parsed and
/// then reported as unsupported.
/// </summary>
public sealed record ExternalFunctionDefinition(
    SourceSpan Span,
    string Name,
    bool Arrow,
    ImmutableArray<Parameter> Parameters,
    bool HasReturnClause,
    ImmutableArray<Parameter> Results,
    ImmutableArray<KeyValue> Options) : Statement(Span);

/// <summary>A whole parsed file: its statements and function definitions in source order.</summary>
public sealed record ProgramSyntax(SourceSpan Span, ImmutableArray<Statement> Statements) : SyntaxNode(Span);

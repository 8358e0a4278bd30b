namespace DmlNet.Syntax;

/// <summary>Base of every node of DmlNet's own immutable syntax tree; each node knows its source span.</summary>
public abstract record SyntaxNode(SourceSpan Span);

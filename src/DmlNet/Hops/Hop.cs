using DmlNet.Syntax;

namespace DmlNet.Hops;

/// <summary>
/// A high-level operator: one node of the DAG of a basic block. Inputs are other hops of the same
/// DAG; <see cref="Span"/> is the DML expression the hop computes (for errors and -explain).
/// </summary>
public abstract class Hop(SourceSpan span, IReadOnlyList<Hop> inputs)
{
    /// <summary>Where in the script this operator comes from.</summary>
    public SourceSpan Span { get; } = span;

    /// <summary>The operands, in order.</summary>
    public IReadOnlyList<Hop> Inputs { get; } = inputs;

    /// <summary>A one-line description for -explain hops, e.g. <c>b(+)</c> or <c>u(exp)</c>.</summary>
    public abstract string Label { get; }

    /// <summary>What the operator produces as far as it is known: data and value type, dimensions (-1 unknown), constant.</summary>
    public Semantics.TypeInfo Type { get; internal set; } = Semantics.TypeInfo.Unknown;
}

/// <summary>A constant: a number, boolean or string literal, or a bound <c>$</c> parameter.</summary>
public sealed class LiteralHop(SourceSpan span, object value) : Hop(span, [])
{
    /// <summary>The value: long, double, bool or string.</summary>
    public object Value { get; } = value;

    /// <inheritdoc />
    public override string Label => $"lit({Value})";
}

/// <summary>Reads a variable's value as it was at the start of the block (a transient read).</summary>
public sealed class ReadHop(IdentifierExpression syntax) : Hop(syntax.Span, [])
{
    /// <summary>The first read of the variable in the block (the analysis recorded its type).</summary>
    public IdentifierExpression Syntax { get; } = syntax;

    /// <summary>The variable.</summary>
    public string Name { get; } = syntax.Name;

    /// <inheritdoc />
    public override string Label => $"TRead {Name}";
}

/// <summary>Binds the value of its input to a variable (a transient write); a root of the DAG.</summary>
public sealed class WriteHop(SourceSpan span, string name, Hop value) : Hop(span, [value])
{
    /// <summary>The variable.</summary>
    public string Name { get; } = name;

    /// <inheritdoc />
    public override string Label => $"TWrite {Name}";
}

/// <summary>An operator symbol of DML applied to its inputs (unary or binary); <see cref="Syntax"/> is the expression it computes.</summary>
public sealed class OperatorHop(Expression syntax, string symbol, IReadOnlyList<Hop> inputs) : Hop(syntax.Span, inputs)
{
    /// <summary>The <see cref="BinaryExpression"/> or <see cref="UnaryExpression"/> (for typing its result).</summary>
    public Expression Syntax { get; } = syntax;

    /// <summary>The DML spelling: <c>+</c>, <c>%*%</c>, <c>!</c>, <c>u-</c> for unary minus...</summary>
    public string Symbol { get; } = symbol;

    /// <inheritdoc />
    public override string Label => Inputs.Count == 1 ? $"u({Symbol})" : $"b({Symbol})";
}

/// <summary>
/// A builtin function call; <see cref="ArgumentNames"/> gives the parameter each input is bound
/// to (positional arguments are bound by the catalog's parameter order).
/// </summary>
public sealed class BuiltinHop(CallExpression syntax, string name, IReadOnlyList<string> argumentNames, IReadOnlyList<Hop> inputs,
    int outputCount) : Hop(syntax.Span, inputs)
{
    /// <summary>The call as written (for typing its result with the catalog's rule).</summary>
    public CallExpression Syntax { get; } = syntax;

    /// <summary>The builtin's main name.</summary>
    public string Name { get; } = name;

    /// <summary>The parameter name of each input.</summary>
    public IReadOnlyList<string> ArgumentNames { get; } = argumentNames;

    /// <summary>How many outputs are bound (multi-assignment) — 1 for an expression, 0 for a statement.</summary>
    public int OutputCount { get; } = outputCount;

    /// <inheritdoc />
    public override string Label => $"f({Name})";
}

/// <summary>Right indexing <c>X[rl:ru, cl:cu]</c>; absent bounds are null inputs in the fixed order rl, ru, cl, cu.</summary>
public sealed class IndexHop(SourceSpan span, Hop target, Hop? rowLower, Hop? rowUpper, Hop? columnLower, Hop? columnUpper)
    : Hop(span, [target, .. new[] { rowLower, rowUpper, columnLower, columnUpper }.OfType<Hop>()])
{
    /// <summary>Which of the four bounds are present (rl, ru, cl, cu).</summary>
    public bool[] Present { get; } = [rowLower is not null, rowUpper is not null, columnLower is not null, columnUpper is not null];

    /// <inheritdoc />
    public override string Label => "rix";
}

/// <summary>Left indexing <c>X[rl:ru, cl:cu] = value</c>: a new version of the target.</summary>
public sealed class LeftIndexHop(SourceSpan span, Hop target, Hop value, Hop? rowLower, Hop? rowUpper, Hop? columnLower, Hop? columnUpper)
    : Hop(span, [target, value, .. new[] { rowLower, rowUpper, columnLower, columnUpper }.OfType<Hop>()])
{
    /// <summary>Which of the four bounds are present (rl, ru, cl, cu).</summary>
    public bool[] Present { get; } = [rowLower is not null, rowUpper is not null, columnLower is not null, columnUpper is not null];

    /// <inheritdoc />
    public override string Label => "lix";
}

/// <summary>A call of a user-defined function, binding its results to <see cref="OutputNames"/>.</summary>
public sealed class FunctionCallHop(SourceSpan span, string qualifiedName, Semantics.FunctionSymbol function,
    IReadOnlyList<string> parameterNames, IReadOnlyList<Hop> inputs, IReadOnlyList<string> outputNames) : Hop(span, inputs)
{
    /// <summary>The name as called.</summary>
    public string QualifiedName { get; } = qualifiedName;

    /// <summary>The callee.</summary>
    public Semantics.FunctionSymbol Function { get; } = function;

    /// <summary>The parameter each input is bound to.</summary>
    public IReadOnlyList<string> ParameterNames { get; } = parameterNames;

    /// <summary>The variables receiving the results (temporaries for calls inside expressions).</summary>
    public IReadOnlyList<string> OutputNames { get; } = outputNames;

    /// <inheritdoc />
    public override string Label => $"fcall({QualifiedName})";
}

/// <summary>A bracket list of shape arguments (<c>[N, C, H, W]</c>).</summary>
public sealed class ShapeListHop(SourceSpan span, IReadOnlyList<Hop> inputs) : Hop(span, inputs)
{
    /// <inheritdoc />
    public override string Label => "shape";
}

/// <summary>Output <see cref="Index"/> of a multi-output hop (a multi-assignment from a builtin or a function).</summary>
public sealed class OutputHop(SourceSpan span, Hop source, int index) : Hop(span, [source])
{
    /// <summary>Which output (0-based).</summary>
    public int Index { get; } = index;

    /// <inheritdoc />
    public override string Label => $"out[{Index}]";
}

using DmlNet.Syntax;

namespace DmlNet.Semantics.ParFor;

/// <summary>The smallest and largest value an index expression takes in one parfor iteration, as linear forms.</summary>
internal sealed record IndexInterval(LinearForm Lower, LinearForm Upper);

/// <summary>
/// Evaluates index expressions of a parfor body to intervals of linear forms in the parfor
/// variable. Variables the body never assigns are loop-invariant symbols; a nested loop's
/// variable ranges over its header <c>from:to</c> (taken as ascending) when the body assigns it
/// nowhere else; anything else makes the expression unanalysable (null).
/// </summary>
internal sealed class IndexBounds
{
    private readonly string loopVariable;
    private readonly Func<string, bool> invariant;
    private readonly Dictionary<string, (Expression From, Expression To)> innerRanges;

    /// <summary>Creates the evaluator for a parfor body.</summary>
    public IndexBounds(string loopVariable, Func<string, bool> invariant, Dictionary<string, (Expression From, Expression To)> innerRanges)
    {
        this.loopVariable = loopVariable;
        this.invariant = invariant;
        this.innerRanges = innerRanges;
    }

    /// <summary>The interval of <paramref name="expression"/>, or null when it is not linear in analysable variables.</summary>
    public IndexInterval? Of(Expression expression) => Of(expression, []);

    private IndexInterval? Of(Expression expression, HashSet<string> expanding) => expression switch
    {
        IntLiteral e => Point(LinearForm.Invariant(Affine.Constant(e.Value))),
        DoubleLiteral e => Point(LinearForm.Invariant(Affine.Constant(e.Value))),
        IdentifierExpression e when e.Name == loopVariable => Point(LinearForm.LoopVariable),
        IdentifierExpression e when invariant(e.Name) => Point(LinearForm.Invariant(Affine.Symbol(e.Name))),
        IdentifierExpression e when innerRanges.TryGetValue(e.Name, out var range) && expanding.Add(e.Name) =>
            Of(range.From, expanding) is { } from && Of(range.To, expanding) is { } to ? new IndexInterval(from.Lower, to.Upper) : null,
        UnaryExpression { Operator: UnaryOperator.Plus } e => Of(e.Operand, expanding),
        UnaryExpression { Operator: UnaryOperator.Negate } e => Scale(Of(e.Operand, expanding), Affine.Constant(-1)),
        BinaryExpression { Operator: BinaryOperator.Add } e => Of(e.Left, expanding) is { } a && Of(e.Right, expanding) is { } b
            ? new IndexInterval(a.Lower.Plus(b.Lower), a.Upper.Plus(b.Upper))
            : null,
        BinaryExpression { Operator: BinaryOperator.Subtract } e => Of(e.Left, expanding) is { } a && Of(e.Right, expanding) is { } b
            ? new IndexInterval(a.Lower.Minus(b.Upper), a.Upper.Minus(b.Lower))
            : null,
        BinaryExpression { Operator: BinaryOperator.Multiply } e => Multiply(Of(e.Left, expanding), Of(e.Right, expanding)),
        _ => null,
    };

    private static IndexInterval Point(LinearForm form) => new(form, form);

    /// <summary>A product where one side is a loop-invariant point (the factor); a negative number swaps the bounds.</summary>
    private static IndexInterval? Multiply(IndexInterval? a, IndexInterval? b)
    {
        if (a is null || b is null)
        {
            return null;
        }
        if (IsInvariantPoint(b))
        {
            return Scale(a, b.Lower.Offset);
        }
        return IsInvariantPoint(a) ? Scale(b, a.Lower.Offset) : null;
    }

    private static bool IsInvariantPoint(IndexInterval interval) =>
        interval.Lower.SameAs(interval.Upper) && interval.Lower.Coefficient.IsZero;

    /// <summary>The interval times a loop-invariant factor: a negative number swaps the bounds; symbols count as non-negative.</summary>
    private static IndexInterval? Scale(IndexInterval? interval, Affine factor)
    {
        if (interval is null)
        {
            return null;
        }
        var lower = interval.Lower.Times(factor);
        var upper = interval.Upper.Times(factor);
        return factor.Number is < 0 ? new IndexInterval(upper, lower) : new IndexInterval(lower, upper);
    }
}

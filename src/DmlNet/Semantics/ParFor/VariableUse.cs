using DmlNet.Syntax;

namespace DmlNet.Semantics.ParFor;

/// <summary>
/// One read of a variable in an expression: the identifier, the indexing that selects from it
/// (when it is the target of <c>X[...]</c>), whether only its shape is used (<c>nrow(X)</c>...),
/// and whether it is exposed: it may see a value from before the block (no definite write precedes it).
/// </summary>
internal readonly record struct VariableRead(IdentifierExpression Variable, IndexExpression? Index, bool ShapeOnly, bool Exposed);

/// <summary>
/// One write of a variable: plain, left-indexed (<see cref="Index"/>) or accumulating (<c>+=</c>);
/// a left-indexed or accumulating write is exposed when it updates a value from before the block.
/// </summary>
internal readonly record struct VariableWrite(string Name, IndexExpression? Index, bool Accumulates, bool Exposed, Statement Statement);

/// <summary>
/// Collects the reads and writes of variables in a block of statements (nested blocks included),
/// in program order, tracking which variables are definitely written at each point (both
/// branches of an if; loop bodies may not run, so their writes do not count after the loop).
/// </summary>
internal sealed class VariableUse
{
    private HashSet<string> written = new(StringComparer.Ordinal);

    private static readonly HashSet<string> ShapeFunctions = ["nrow", "ncol", "length"];

    /// <summary>Every read, in source order.</summary>
    public List<VariableRead> Reads { get; } = [];

    /// <summary>Every write, in source order.</summary>
    public List<VariableWrite> Writes { get; } = [];

    /// <summary>The nested for/parfor loops: variable and header.</summary>
    public List<(string Variable, LoopRange Range)> Loops { get; } = [];

    /// <summary>The reads and writes of <paramref name="statements"/>.</summary>
    public static VariableUse In(IEnumerable<Statement> statements)
    {
        var use = new VariableUse();
        use.Statements(statements);
        return use;
    }

    private void Statements(IEnumerable<Statement> statements)
    {
        foreach (var statement in statements)
        {
            switch (statement)
            {
                case AssignmentStatement { Target: IndexExpression target } s:
                    Bounds(target);
                    Expression(s.Value);
                    if (s.Kind == AssignmentKind.PlusEquals)
                    {
                        Read(target.Target, target, false);
                    }
                    Writes.Add(new VariableWrite(target.Target.Name, target, s.Kind == AssignmentKind.PlusEquals,
                        !written.Contains(target.Target.Name), s));
                    break;
                case AssignmentStatement { Target: IdentifierExpression target } s:
                    Expression(s.Value);
                    var accumulates = s.Kind == AssignmentKind.PlusEquals;
                    Writes.Add(new VariableWrite(target.Name, null, accumulates, accumulates && !written.Contains(target.Name), s));
                    written.Add(target.Name);
                    break;
                case MultiAssignmentStatement s:
                    Expression(s.Call);
                    foreach (var target in s.Targets)
                    {
                        Writes.Add(new VariableWrite(target.Name, null, false, false, s));
                        written.Add(target.Name);
                    }
                    break;
                case CallStatement s:
                    Expression(s.Call);
                    break;
                case IfStatement s:
                    Expression(s.Predicate);
                    var before = written;
                    written = new HashSet<string>(before, StringComparer.Ordinal);
                    Statements(s.Then.Statements);
                    var afterThen = written;
                    written = new HashSet<string>(before, StringComparer.Ordinal);
                    Statements(s.Else?.Statements ?? []);
                    afterThen.IntersectWith(written);
                    written = afterThen;
                    break;
                case WhileStatement s:
                    Expression(s.Predicate);
                    Loop(s.Body, null, s);
                    break;
                case ForStatement s:
                    Range(s.Range);
                    Loops.Add((s.Variable.Name, s.Range));
                    Loop(s.Body, s.Variable, s);
                    break;
                case ParForStatement s:
                    Range(s.Range);
                    Loops.Add((s.Variable.Name, s.Range));
                    Loop(s.Body, s.Variable, s);
                    break;
            }
        }
    }

    /// <summary>A nested loop body: it may run zero times, so what it writes is not definitely written afterwards.</summary>
    private void Loop(Block body, IdentifierExpression? variable, Statement loop)
    {
        var before = written;
        written = new HashSet<string>(before, StringComparer.Ordinal);
        if (variable is not null)
        {
            Writes.Add(new VariableWrite(variable.Name, null, false, false, loop));
            written.Add(variable.Name);
        }
        Statements(body.Statements);
        written = before;
    }

    private void Read(IdentifierExpression variable, IndexExpression? index, bool shapeOnly) =>
        Reads.Add(new VariableRead(variable, index, shapeOnly, !written.Contains(variable.Name)));

    private void Range(LoopRange range)
    {
        switch (range)
        {
            case ColonRange r:
                Expression(r.From);
                Expression(r.To);
                break;
            case SequenceRange r:
                Expression(r.Sequence);
                break;
        }
    }

    private void Bounds(IndexExpression index)
    {
        foreach (var range in new[] { index.Rows, index.Columns })
        {
            if (range is not null)
            {
                Expression(range.Lower);
                if (range.Upper is not null)
                {
                    Expression(range.Upper);
                }
            }
        }
    }

    private void Expression(Expression expression)
    {
        switch (expression)
        {
            case IdentifierExpression e:
                Read(e, null, false);
                break;
            case UnaryExpression e:
                Expression(e.Operand);
                break;
            case BinaryExpression e:
                Expression(e.Left);
                Expression(e.Right);
                break;
            case IndexExpression e:
                Read(e.Target, e, false);
                Bounds(e);
                break;
            case CallExpression { Namespace: null, Arguments: [{ Value: IdentifierExpression only }] } e when ShapeFunctions.Contains(e.Name):
                Read(only, null, true);
                break;
            case CallExpression e:
                foreach (var argument in e.Arguments)
                {
                    Expression(argument.Value);
                }
                break;
            case IfdefExpression e:
                Expression(e.Fallback);
                break;
            case ListLiteral e:
                foreach (var element in e.Elements)
                {
                    Expression(element);
                }
                break;
        }
    }
}

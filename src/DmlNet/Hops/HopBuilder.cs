using DmlNet.Semantics;
using DmlNet.Semantics.Builtins;
using DmlNet.Syntax;

namespace DmlNet.Hops;

/// <summary>
/// Builds the hop DAG of one basic block (a run of assignments and calls) or of one predicate.
/// Within a block, a variable read after an assignment refers to the assigning hop directly;
/// variables not yet assigned in the block are transient reads, shared per name.
/// </summary>
internal sealed class HopBuilder(Module module, CompilationOptions options, TemporaryNames temporaries)
{
    private static readonly Dictionary<string, double> Constants = new() { ["pi"] = Math.PI, ["Inf"] = double.PositiveInfinity, ["NaN"] = double.NaN };

    private readonly Dictionary<string, Hop> assigned = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ReadHop> reads = new(StringComparer.Ordinal);
    private readonly List<Hop> roots = [];

    /// <summary>The DAG of a block of simple statements (assignments, multi-assignments, calls).</summary>
    public HopDag Block(IEnumerable<Statement> statements)
    {
        foreach (var statement in statements)
        {
            Statement(statement);
        }
        foreach (var (name, value) in assigned)
        {
            roots.Add(new WriteHop(value.Span, name, value));
        }
        return new HopDag(roots);
    }

    /// <summary>The DAG computing <paramref name="expression"/> into the variable <paramref name="target"/>.</summary>
    public HopDag Value(Expression expression, string target)
    {
        var value = Expression(expression);
        roots.Add(new WriteHop(expression.Span, target, value));
        return new HopDag(roots);
    }

    private void Statement(Statement statement)
    {
        switch (statement)
        {
            case AssignmentStatement { Target: IndexExpression target } s:
                var value = s.Kind == AssignmentKind.PlusEquals
                    ? new OperatorHop(PlusEquals(s), "+", [Index(target), Expression(s.Value)])
                    : Expression(s.Value);
                var (rl, ru, cl, cu) = Bounds(target);
                Assign(target.Target.Name, new LeftIndexHop(s.Span, Variable(target.Target), value, rl, ru, cl, cu));
                break;
            case AssignmentStatement s:
                var name = ((IdentifierExpression)s.Target).Name;
                Assign(name, s.Kind == AssignmentKind.PlusEquals
                    ? new OperatorHop(PlusEquals(s), "+", [Variable((IdentifierExpression)s.Target), Expression(s.Value)])
                    : Expression(s.Value));
                break;
            case MultiAssignmentStatement s:
                var call = Call(s.Call, s.Targets.Length);
                for (var i = 0; i < s.Targets.Length; i++)
                {
                    Assign(s.Targets[i].Name, new OutputHop(s.Span, call, i));
                }
                break;
            case CallStatement s:
                roots.Add(Call(s.Call, 0));
                break;
            default:
                throw new InvalidOperationException($"{statement.GetType().Name} is not a basic-block statement");
        }
    }

    /// <summary>The expression <c>x + e</c> that <c>x += e</c> stands for.</summary>
    private static BinaryExpression PlusEquals(AssignmentStatement s) => new(s.Span, BinaryOperator.Add, s.Target, s.Value);

    private void Assign(string name, Hop value)
    {
        roots.Add(value);
        assigned.Remove(name);
        assigned[name] = value;
    }

    private Hop Expression(Expression expression) => expression switch
    {
        IntLiteral e => new LiteralHop(e.Span, e.Value),
        DoubleLiteral e => new LiteralHop(e.Span, e.Value),
        StringLiteral e => new LiteralHop(e.Span, e.Value),
        BooleanLiteral e => new LiteralHop(e.Span, e.Value),
        IdentifierExpression e => Variable(e),
        CommandLineParameter e => new LiteralHop(e.Span, CommandLineValues.Parse(options.Arguments[e.Name])),
        IfdefExpression e => options.Arguments.TryGetValue(e.Parameter.Name, out var text)
            ? new LiteralHop(e.Span, CommandLineValues.Parse(text))
            : Expression(e.Fallback),
        UnaryExpression e => new OperatorHop(e, e.Operator == UnaryOperator.Not ? "!" : "u" + OperatorFacts.Text(e.Operator),
            [Expression(e.Operand)]),
        BinaryExpression e => new OperatorHop(e, OperatorFacts.Text(e.Operator), [Expression(e.Left), Expression(e.Right)]),
        IndexExpression e => Index(e),
        CallExpression e => Call(e, 1) is var call && call is FunctionCallHop ? new OutputHop(e.Span, call, 0) : call,
        ListLiteral e => new ShapeListHop(e.Span, e.Elements.Select(Expression).ToList()),
        _ => throw new InvalidOperationException($"unknown expression {expression.GetType().Name}"),
    };

    private Hop Variable(IdentifierExpression e)
    {
        if (assigned.TryGetValue(e.Name, out var hop))
        {
            return hop;
        }
        if (Constants.TryGetValue(e.Name, out var constant))
        {
            return new LiteralHop(e.Span, constant);
        }
        if (!reads.TryGetValue(e.Name, out var read))
        {
            read = new ReadHop(e);
            reads[e.Name] = read;
        }
        return read;
    }

    private IndexHop Index(IndexExpression e)
    {
        var (rl, ru, cl, cu) = Bounds(e);
        return new IndexHop(e.Span, Variable(e.Target), rl, ru, cl, cu);
    }

    private (Hop?, Hop?, Hop?, Hop?) Bounds(IndexExpression e)
    {
        var rl = e.Rows is null ? null : Expression(e.Rows.Lower);
        var ru = e.Rows?.Upper is null ? rl : Expression(e.Rows.Upper);
        var cl = e.Columns is null ? null : Expression(e.Columns.Lower);
        var cu = e.Columns?.Upper is null ? cl : Expression(e.Columns.Upper);
        return (rl, ru, cl, cu);
    }

    private Hop Call(CallExpression call, int outputCount)
    {
        var function = call.Namespace is not null
            ? module.Imports[call.Namespace].Functions[call.Name]
            : module.Functions.GetValueOrDefault(call.Name);
        if (function is not null)
        {
            return FunctionCall(call, function, outputCount);
        }
        var builtin = BuiltinCatalog.Find(call.Name)
            ?? throw new InvalidOperationException($"unresolved function {call.Name} after validation");
        if (builtin.Name == "exists" && call.Arguments is [{ Value: IdentifierExpression or StringLiteral } only]
            && assigned.ContainsKey(only.Value is IdentifierExpression named ? named.Name : ((StringLiteral)only.Value).Value))
        {
            // Assignments of this block reach the symbol table only at its end; the variable exists by now.
            return new LiteralHop(call.Span, true);
        }
        var names = new List<string>();
        var inputs = new List<Hop>();
        foreach (var (parameter, argument) in BuiltinBinding.Bind(builtin, call.Arguments))
        {
            names.Add(parameter);
            inputs.Add(builtin.Name == "exists" && argument.Value is IdentifierExpression id
                ? new LiteralHop(id.Span, id.Name)
                : Expression(argument.Value));
        }
        return new BuiltinHop(call, builtin.Name, names, inputs, outputCount);
    }

    private FunctionCallHop FunctionCall(CallExpression call, FunctionSymbol function, int outputCount)
    {
        var parameters = function.Definition.Parameters;
        var named = call.Arguments.Any(a => a.Name is not null);
        var names = new List<string>();
        var inputs = new List<Hop>();
        for (var i = 0; i < parameters.Length; i++)
        {
            var parameter = parameters[i];
            var argument = named ? call.Arguments.FirstOrDefault(a => a.Name == parameter.Name)
                : i < call.Arguments.Length ? call.Arguments[i] : null;
            var value = argument?.Value ?? parameter.Default;
            if (value is not null)
            {
                names.Add(parameter.Name);
                inputs.Add(Expression(value));
            }
        }
        var outputs = function.Definition.Results.Take(Math.Max(outputCount, outputCount == 0 ? 0 : 1))
            .Select(_ => temporaries.Next("fout")).ToList();
        return new FunctionCallHop(call.Span, call.QualifiedName, function, names, inputs, outputs);
    }
}

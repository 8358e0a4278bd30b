using DmlNet.Diagnostics;
using DmlNet.Syntax;

namespace DmlNet.Semantics;

/// <summary>
/// Checks the statements of the main program or of one function body: name resolution,
/// definite assignment, types, known shapes and calls. One instance per body.
/// </summary>
internal sealed partial class Analyzer
{
    private static readonly HashSet<string> Constants = ["pi", "Inf", "NaN"];

    private readonly Module module;
    private readonly CompilationOptions options;
    private readonly DiagnosticBag diagnostics;
    private readonly Scope scope;
    private readonly ReadTypes readTypes;
    private int conditionalDepth;
    private string? callsForbiddenIn;

    /// <summary>Creates an analyzer for code of <paramref name="module"/> starting from <paramref name="initial"/>.</summary>
    public Analyzer(Module module, CompilationOptions options, DiagnosticBag diagnostics, Scope initial, ReadTypes readTypes)
    {
        this.module = module;
        this.readTypes = readTypes;
        this.options = options;
        this.diagnostics = diagnostics;
        scope = initial;
    }

    /// <summary>Checks the top-level statements of the main script (function definitions are checked separately).</summary>
    public void AnalyzeMain() => Statements(module.Syntax.Statements);

    /// <summary>Checks a function body with its parameters in scope, then warns about results never assigned.</summary>
    public static void AnalyzeFunction(FunctionSymbol function, CompilationOptions options, DiagnosticBag diagnostics, ReadTypes readTypes)
    {
        var definition = function.Definition;
        if (definition.Body.Statements.Length == 0)
        {
            diagnostics.Error(DiagnosticCode.EmptyFunctionBody, definition.Span,
                $"function '{definition.Name}' has an empty body");
            return;
        }
        var initial = new Scope();
        for (var i = 0; i < definition.Parameters.Length; i++)
        {
            initial.Set(definition.Parameters[i].Name, function.ParameterTypes[i]);
        }
        var analyzer = new Analyzer(function.Module, options, diagnostics, initial, readTypes);
        analyzer.Statements(definition.Body.Statements);
        foreach (var result in definition.Results)
        {
            if (initial.Get(result.Name) is null)
            {
                diagnostics.Warning(DiagnosticCode.UnassignedOutput, result.Span,
                    $"function '{definition.Name}' never assigns its result '{result.Name}'");
            }
        }
    }

    private void Statements(IEnumerable<Statement> statements)
    {
        foreach (var statement in statements)
        {
            Statement(statement);
        }
    }

    private void Statement(Statement statement)
    {
        switch (statement)
        {
            case AssignmentStatement s:
                Assignment(s);
                break;
            case MultiAssignmentStatement s:
                MultiAssignment(s);
                break;
            case CallStatement s:
                Call(s.Call, valueNeeded: false);
                break;
            case IfStatement s:
                If(s);
                break;
            case ForStatement s:
                Loop(s.Variable, s.Range, [], s.Body, isParFor: false);
                break;
            case ParForStatement s:
                Loop(s.Variable, s.Range, s.Options, s.Body, isParFor: true, s);
                break;
            case WhileStatement s:
                While(s);
                break;
        }
    }

    private void Assignment(AssignmentStatement s)
    {
        if (s.Target is IndexExpression indexed)
        {
            var value = s.Kind == AssignmentKind.PlusEquals
                ? Value(new BinaryExpression(s.Span, BinaryOperator.Add, indexed, s.Value))
                : Value(s.Value);
            LeftIndex(indexed, value);
            return;
        }
        var target = (IdentifierExpression)s.Target;
        var type = s.Kind == AssignmentKind.PlusEquals
            ? Value(new BinaryExpression(s.Span, BinaryOperator.Add, target, s.Value))
            : Value(s.Value);
        Assign(target, type);
    }

    private void MultiAssignment(MultiAssignmentStatement s)
    {
        var outputs = Call(s.Call, valueNeeded: false, outputCount: s.Targets.Length);
        for (var i = 0; i < s.Targets.Length; i++)
        {
            Assign(s.Targets[i], i < outputs.Count ? outputs[i] : TypeInfo.Unknown);
        }
    }

    private void Assign(IdentifierExpression target, TypeInfo type)
    {
        if (Constants.Contains(target.Name))
        {
            diagnostics.Error(DiagnosticCode.AssignToConstant, target.Span, $"'{target.Name}' is a constant and cannot be assigned");
            return;
        }
        var existing = scope.Get(target.Name)?.Type.DataType ?? DataType.Unknown;
        if (existing == DataType.Unknown)
        {
            existing = scope.EarlierDataType(target.Name);
        }
        if (conditionalDepth > 0 && existing != DataType.Unknown && type.DataType != DataType.Unknown && existing != type.DataType)
        {
            diagnostics.Error(DiagnosticCode.ConditionalDataTypeChange, target.Span,
                $"variable '{target.Name}' changes from {Kind(existing)} to {Kind(type.DataType)} inside a branch or loop; " +
                "assign it the new type before the branch or use another name");
        }
        scope.Set(target.Name, type);
    }

    private static string Kind(DataType type) => type.ToString().ToLowerInvariant();

    private void If(IfStatement s)
    {
        Predicate(s.Predicate, "if");
        conditionalDepth++;
        var afterThen = Branch(s.Then);
        var afterElse = s.Else is null ? [] : Branch(s.Else);
        foreach (var name in afterThen.Keys.Union(afterElse.Keys))
        {
            var before = scope.Get(name);
            scope.Put(name, VariableState.Merge(
                afterThen.TryGetValue(name, out var t) ? t : before,
                afterElse.TryGetValue(name, out var e) ? e : before));
        }
        conditionalDepth--;
    }

    /// <summary>Analyses a block from the current state and returns what it changed, leaving the state as before.</summary>
    private Dictionary<string, VariableState?> Branch(Block block, Action? after = null)
    {
        scope.Checkpoint();
        Statements(block.Statements);
        after?.Invoke();
        return scope.Rewind();
    }

    private void While(WhileStatement s)
    {
        WithCallsForbidden("a while predicate", () => Predicate(s.Predicate, "while"));
        LoopBody(s.Body, runsAtLeastOnce: false, () => WithCallsForbidden("a while predicate", () => Value(s.Predicate)));
    }

    private void Predicate(Expression predicate, string statement)
    {
        var type = Value(predicate);
        if (predicate is StringLiteral || (type.DataType != DataType.Unknown && !type.IsScalar))
        {
            diagnostics.Error(DiagnosticCode.PredicateNotScalar, predicate.Span,
                $"the predicate of '{statement}' must be a numeric or boolean scalar, got a {type.Describe()}" +
                (type.IsMatrix ? "; use as.scalar() or an aggregate such as sum()" : string.Empty));
        }
    }

    /// <summary>
    /// Analyses a loop body as DML runs it: zero or more times. Muted passes first find what the
    /// body carries from one iteration to the next (until nothing changes, at most three passes),
    /// so that the reported pass sees the values of earlier iterations.
    /// </summary>
    private void LoopBody(Block body, bool runsAtLeastOnce, Action? header = null)
    {
        conditionalDepth++;
        scope.Checkpoint();
        var wasMuted = diagnostics.Muted;
        diagnostics.Muted = true;
        for (var pass = 0; pass < 3 && JoinIteration(Branch(body)); pass++)
        {
        }
        diagnostics.Muted = wasMuted;
        var afterBody = Branch(body, header);
        foreach (var (name, state) in afterBody)
        {
            scope.Put(name, runsAtLeastOnce ? state : VariableState.Merge(scope.Get(name), state));
        }
        scope.Commit();
        conditionalDepth--;
    }

    /// <summary>Joins the state after one more iteration into the loop-entry state; true when that changed it.</summary>
    private bool JoinIteration(Dictionary<string, VariableState?> afterBody)
    {
        var changed = false;
        foreach (var (name, state) in afterBody)
        {
            var current = scope.Get(name);
            var merged = VariableState.Merge(current, state);
            if (merged != current)
            {
                scope.Put(name, merged);
                changed = true;
            }
        }
        return changed;
    }

    private void WithCallsForbidden(string where, Action action)
    {
        var previous = callsForbiddenIn;
        callsForbiddenIn = where;
        action();
        callsForbiddenIn = previous;
    }
}

using System.Collections.Immutable;
using System.Globalization;
using Antlr4.Runtime;
using DmlNet.Diagnostics;
using DmlNet.Syntax.Generated;
using P = DmlNet.Syntax.Generated.DmlParser;

namespace DmlNet.Syntax;

/// <summary>Converts an error-free ANTLR parse tree into DmlNet's own syntax tree.</summary>
internal sealed class AstBuilder(string file, DiagnosticBag diagnostics)
{
    /// <summary>Builds the program node.</summary>
    public ProgramSyntax Program(P.ProgramContext context)
    {
        return new ProgramSyntax(Span(context), context.statement().Select(TopLevel).ToImmutableArray());
    }

    /// <summary>Builds one statement of the top level of a file, where function definitions are allowed.</summary>
    public Statement TopLevel(P.StatementContext context) =>
        context is P.FunctionStatementContext f ? Function(f.functionDefinition()) : Statement(context);

    private Statement Function(P.FunctionDefinitionContext context) => context switch
    {
        P.DmlFunctionContext f => new FunctionDefinition(Span(f), f.name.Text, IsArrow(f.assignOp()),
            Parameters(f.parameters), f.results is not null || HasReturnKeyword(f), Parameters(f.results),
            new Block(Span(f), f._statements.Select(Statement).ToImmutableArray(), true)),
        P.ExternalFunctionContext f => new ExternalFunctionDefinition(Span(f), f.name.Text, IsArrow(f.assignOp()),
            Parameters(f.parameters), f.results is not null || HasReturnKeyword(f), Parameters(f.results),
            f._options.Select(KeyValue).ToImmutableArray()),
        _ => throw new InvalidOperationException("unknown function form"),
    };

    private static bool HasReturnKeyword(ParserRuleContext context) =>
        context.children.Any(c => c.GetText() == "return");

    private static bool IsArrow(P.AssignOpContext op) => op.GetText() == "<-";

    private ImmutableArray<Parameter> Parameters(P.TypedParameterListContext? list) =>
        list is null ? [] : list.typedParameter().Select(Parameter).ToImmutableArray();

    private Parameter Parameter(P.TypedParameterContext p)
    {
        TypeSyntax type = p.type switch
        {
            P.DataParameterTypeContext d => new TypeSyntax(Span(d), d.dataType.Text, d.valueType().GetText()),
            _ => new TypeSyntax(Span(p.type), null, p.type.GetText()),
        };
        return new Parameter(Span(p), type, p.name.Text, p.defaultValue is null ? null : Expression(p.defaultValue));
    }

    private KeyValue KeyValue(P.KeyValueContext kv) => new(Span(kv), kv.key.Text, Expression(kv.value));

    private Statement Statement(P.StatementContext context) => context switch
    {
        P.FunctionStatementContext s => NestedFunction(s),
        P.SourceStatementContext s => new SourceStatement(Span(s), StringValue(s.path), s.@namespace.Text),
        P.SetwdStatementContext s => new SetwdStatement(Span(s), StringValue(s.path)),
        P.AssignmentStatementContext s => new AssignmentStatement(Span(s), DataIdentifier(s.target),
            IsArrow(s.assignOp()) ? AssignmentKind.Arrow : AssignmentKind.Equals, Expression(s.value)),
        P.AccumulateStatementContext s => new AssignmentStatement(Span(s), DataIdentifier(s.target),
            AssignmentKind.PlusEquals, Expression(s.value)),
        P.MultiAssignmentStatementContext s => new MultiAssignmentStatement(Span(s),
            s._targets.Select(t => new IdentifierExpression(Span(t), t.Text)).ToImmutableArray(),
            IsArrow(s.assignOp()), Call(s.call)),
        P.CallStatementContext s => new CallStatement(Span(s), Call(s.call)),
        P.IfStatementContext s => new IfStatement(Span(s), Expression(s.predicate), Body(s.thenBody),
            s.elseBody is null ? null : Body(s.elseBody)),
        P.ForStatementContext s => new ForStatement(Span(s), Identifier(s.variable), Range(s.range), Body(s.loopBody)),
        P.ParforStatementContext s => new ParForStatement(Span(s), Identifier(s.variable), Range(s.range),
            s._options.Select(KeyValue).ToImmutableArray(), Body(s.loopBody)),
        P.WhileStatementContext s => new WhileStatement(Span(s), Expression(s.predicate), Body(s.loopBody)),
        _ => throw new InvalidOperationException("unknown statement form"),
    };

    private Statement NestedFunction(P.FunctionStatementContext context)
    {
        var function = Function(context.functionDefinition());
        diagnostics.Error(DiagnosticCode.NestedFunction, function.Span,
            "functions can only be defined at the top level of a file, not inside a block");
        return function;
    }

    private Block Body(P.BodyContext body) => body switch
    {
        P.BlockBodyContext b => new Block(Span(b), b._statements.Select(Statement).ToImmutableArray(), true),
        P.SingleStatementBodyContext s => new Block(Span(s), [Statement(s.statement())], false),
        _ => throw new InvalidOperationException("unknown body form"),
    };

    private LoopRange Range(P.IterableContext context) => context switch
    {
        P.RangeIterableContext r => new ColonRange(Span(r), Expression(r.from), Expression(r.to)),
        P.ExpressionIterableContext e => new SequenceRange(Span(e), Expression(e.sequence)),
        _ => throw new InvalidOperationException("unknown loop range"),
    };

    private Expression DataIdentifier(P.DataIdentifierContext context)
    {
        if (context is P.IndexedIdentifierContext x)
        {
            var target = Identifier(x.name);
            var rows = x.rowLower is null ? null
                : new IndexRange(Span(x.rowLower, x.rowUpper ?? x.rowLower), Expression(x.rowLower),
                    x.rowUpper is null ? null : Expression(x.rowUpper));
            var columns = x.columnLower is null ? null
                : new IndexRange(Span(x.columnLower, x.columnUpper ?? x.columnLower), Expression(x.columnLower),
                    x.columnUpper is null ? null : Expression(x.columnUpper));
            return new IndexExpression(Span(x), target, rows, columns, x.hasComma is not null);
        }
        return Identifier(((P.SimpleIdentifierContext)context).name);
    }

    private IdentifierExpression Identifier(IToken token) => new(Span(token), token.Text);

    private CallExpression Call(P.FunctionCallContext call)
    {
        var fullName = call.name.Text;
        var separator = fullName.IndexOf("::", StringComparison.Ordinal);
        var arguments = call._arguments
            .Select(a => new Argument(Span(a), a.name?.Text, Expression(a.value)))
            .ToImmutableArray();
        return separator < 0
            ? new CallExpression(Span(call), null, fullName, arguments)
            : new CallExpression(Span(call), fullName[..separator], fullName[(separator + 2)..], arguments);
    }

    private Expression Expression(P.ExpressionContext context) => context switch
    {
        P.PowerExpressionContext e => Binary(e, e.left, e.op, e.right),
        P.MatrixMultiplyExpressionContext e => Binary(e, e.left, e.op, e.right),
        P.IntegerDivideExpressionContext e => Binary(e, e.left, e.op, e.right),
        P.MultiplyExpressionContext e => Binary(e, e.left, e.op, e.right),
        P.AddExpressionContext e => Binary(e, e.left, e.op, e.right),
        P.ComparisonExpressionContext e => Binary(e, e.left, e.op, e.right),
        P.AndExpressionContext e => Binary(e, e.left, e.op, e.right),
        P.OrExpressionContext e => Binary(e, e.left, e.op, e.right),
        P.UnaryExpressionContext e => new UnaryExpression(Span(e),
            e.op.Text == "-" ? UnaryOperator.Negate : UnaryOperator.Plus, Expression(e.operand)),
        P.NotExpressionContext e => new UnaryExpression(Span(e), UnaryOperator.Not, Expression(e.operand)),
        P.CallExpressionContext e => Call(e.functionCall()),
        P.IfdefExpressionContext e => new IfdefExpression(Span(e), Parameter(e.parameter), Expression(e.fallback)),
        P.DataExpressionContext e => DataIdentifier(e.dataIdentifier()),
        P.ParameterExpressionContext e => Parameter(e.commandLineParameter()),
        P.ListLiteralExpressionContext e => new ListLiteral(Span(e), e._elements.Select(Expression).ToImmutableArray()),
        P.ParenthesizedExpressionContext e => Expression(e.inner),
        P.IntLiteralContext e => IntLiteral(e),
        P.DoubleLiteralContext e => DoubleLiteral(e),
        P.StringLiteralContext e => new StringLiteral(Span(e), StringValue(e.Start)),
        P.BooleanLiteralContext e => new BooleanLiteral(Span(e), e.value.Text == "TRUE"),
        _ => throw new InvalidOperationException("unknown expression form"),
    };

    private BinaryExpression Binary(ParserRuleContext context, P.ExpressionContext left, IToken op, P.ExpressionContext right) =>
        new(Span(context), OperatorFacts.ParseBinary(op.Text), Expression(left), Expression(right));

    private CommandLineParameter Parameter(P.CommandLineParameterContext context) =>
        new(Span(context), context.GetText()[1..]);

    private Expression IntLiteral(P.IntLiteralContext context)
    {
        var text = context.GetText();
        var span = Span(context);
        if (RejectSuffix(text, span))
        {
            return new IntLiteral(span, 0);
        }
        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            diagnostics.Error(DiagnosticCode.InvalidNumber, span, $"integer literal '{text}' does not fit in 64 bits");
        }
        return new IntLiteral(span, value);
    }

    private Expression DoubleLiteral(P.DoubleLiteralContext context)
    {
        var text = context.GetText();
        var span = Span(context);
        if (RejectSuffix(text, span))
        {
            return new DoubleLiteral(span, 0);
        }
        return new DoubleLiteral(span, double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
    }

    private bool RejectSuffix(string text, SourceSpan span)
    {
        if (text.EndsWith('L') || text.EndsWith('l'))
        {
            diagnostics.Error(DiagnosticCode.InvalidNumber, span,
                $"numeric literal '{text}': the 'L' suffix is not supported, write '{text[..^1]}'");
            return true;
        }
        return false;
    }

    private static string StringValue(IToken token) => StringLiterals.Decode(token.Text);

    private SourceSpan Span(ParserRuleContext context) => Span(context.Start, context.Stop ?? context.Start);

    private SourceSpan Span(ParserRuleContext start, ParserRuleContext stop) => Span(start.Start, stop.Stop ?? stop.Start);

    private SourceSpan Span(IToken token) => Span(token, token);

    private SourceSpan Span(IToken start, IToken stop)
    {
        var text = stop.Text ?? string.Empty;
        var lastBreak = text.LastIndexOf('\n');
        var endLine = stop.Line + text.Count(c => c == '\n');
        var endColumn = lastBreak < 0 ? stop.Column + Math.Max(1, text.Length) : text.Length - lastBreak - 1;
        return new SourceSpan(file, start.Line, start.Column + 1, endLine, endColumn);
    }
}

using System.Globalization;
using System.Text;

namespace DmlNet.Syntax;

/// <summary>
/// Prints a syntax tree back as DML text, one statement per line with two-space indentation.
/// Parentheses are inserted only where precedence requires them, so parsing the output gives
/// an equal tree (spans aside).
/// </summary>
public sealed class AstPrinter
{
    private readonly StringBuilder output = new();
    private int indent;

    /// <summary>Prints a whole program.</summary>
    public static string Print(ProgramSyntax program)
    {
        var printer = new AstPrinter();
        foreach (var statement in program.Statements)
        {
            printer.Statement(statement);
        }
        return printer.output.ToString();
    }

    /// <summary>Prints one expression.</summary>
    public static string Print(Expression expression)
    {
        var printer = new AstPrinter();
        printer.Expression(expression, 0);
        return printer.output.ToString();
    }

    private void Line(string text) => output.Append(' ', indent * 2).Append(text).Append('\n');

    private string Text(Expression e)
    {
        var printer = new AstPrinter();
        printer.Expression(e, 0);
        return printer.output.ToString();
    }

    private void Statement(Statement statement)
    {
        switch (statement)
        {
            case AssignmentStatement s:
                Line($"{Text(s.Target)} {AssignText(s.Kind)} {Text(s.Value)}");
                break;
            case MultiAssignmentStatement s:
                Line($"[{string.Join(", ", s.Targets.Select(t => t.Name))}] {(s.Arrow ? "<-" : "=")} {Text(s.Call)}");
                break;
            case CallStatement s:
                Line(Text(s.Call));
                break;
            case IfStatement s:
                Line($"if ({Text(s.Predicate)}){Open(s.Then)}");
                Body(s.Then);
                if (s.Else is { } otherwise)
                {
                    Line($"{(s.Then.Braced ? "} " : "")}else{Open(otherwise)}");
                    Body(otherwise);
                    Close(otherwise);
                }
                else
                {
                    Close(s.Then);
                }
                break;
            case ForStatement s:
                Line($"for ({s.Variable.Name} in {RangeText(s.Range)}){Open(s.Body)}");
                Body(s.Body);
                Close(s.Body);
                break;
            case ParForStatement s:
                var options = string.Concat(s.Options.Select(o => $", {o.Key}={Text(o.Value)}"));
                Line($"parfor ({s.Variable.Name} in {RangeText(s.Range)}{options}){Open(s.Body)}");
                Body(s.Body);
                Close(s.Body);
                break;
            case WhileStatement s:
                Line($"while ({Text(s.Predicate)}){Open(s.Body)}");
                Body(s.Body);
                Close(s.Body);
                break;
            case SourceStatement s:
                Line($"source({StringLiterals.Encode(s.Path)}) as {s.Namespace}");
                break;
            case SetwdStatement s:
                Line($"setwd({StringLiterals.Encode(s.Path)})");
                break;
            case FunctionDefinition f:
                Line($"{f.Name} {(f.Arrow ? "<-" : "=")} function({Parameters(f.Parameters)}){Returns(f.HasReturnClause, f.Results)} {{");
                Body(f.Body);
                Line("}");
                break;
            case ExternalFunctionDefinition f:
                var implementation = string.Join(", ", f.Options.Select(o => $"{o.Key}={Text(o.Value)}"));
                Line($"{f.Name} {(f.Arrow ? "<-" : "=")} externalFunction({Parameters(f.Parameters)}){Returns(f.HasReturnClause, f.Results)} implemented in ({implementation})");
                break;
            default:
                throw new InvalidOperationException($"cannot print {statement.GetType().Name}");
        }
    }

    private static string Open(Block block) => block.Braced ? " {" : string.Empty;

    private void Close(Block block)
    {
        if (block.Braced)
        {
            Line("}");
        }
    }

    private void Body(Block block)
    {
        indent++;
        foreach (var statement in block.Statements)
        {
            Statement(statement);
        }
        indent--;
    }

    private static string AssignText(AssignmentKind kind) => kind switch
    {
        AssignmentKind.Arrow => "<-",
        AssignmentKind.PlusEquals => "+=",
        _ => "=",
    };

    private string RangeText(LoopRange range) => range switch
    {
        ColonRange r => $"{Text(r.From)}:{Text(r.To)}",
        SequenceRange r => Text(r.Sequence),
        _ => throw new InvalidOperationException("unknown loop range"),
    };

    private string Parameters(IEnumerable<Parameter> parameters) => string.Join(", ", parameters.Select(p =>
        $"{TypeText(p.Type)} {p.Name}{(p.Default is null ? "" : " = " + Text(p.Default))}"));

    private string Returns(bool hasClause, IEnumerable<Parameter> results) =>
        hasClause ? $" return ({Parameters(results)})" : string.Empty;

    private static string TypeText(TypeSyntax type) =>
        type.DataType is null ? type.ValueType : $"{type.DataType}[{type.ValueType}]";

    private void Expression(Expression expression, int minimumPrecedence)
    {
        var precedence = Precedence(expression);
        var parenthesize = precedence < minimumPrecedence;
        if (parenthesize)
        {
            output.Append('(');
        }
        switch (expression)
        {
            case IntLiteral e:
                output.Append(e.Value.ToString(CultureInfo.InvariantCulture));
                break;
            case DoubleLiteral e:
                output.Append(DoubleText(e.Value));
                break;
            case StringLiteral e:
                output.Append(StringLiterals.Encode(e.Value));
                break;
            case BooleanLiteral e:
                output.Append(e.Value ? "TRUE" : "FALSE");
                break;
            case IdentifierExpression e:
                output.Append(e.Name);
                break;
            case CommandLineParameter e:
                output.Append('$').Append(e.Name);
                break;
            case UnaryExpression e:
                output.Append(OperatorFacts.Text(e.Operator));
                Expression(e.Operand, precedence);
                break;
            case BinaryExpression e:
                var rightAssociative = OperatorFacts.IsRightAssociative(e.Operator);
                Expression(e.Left, rightAssociative ? precedence + 1 : precedence);
                output.Append(' ').Append(OperatorFacts.Text(e.Operator)).Append(' ');
                Expression(e.Right, rightAssociative ? precedence : precedence + 1);
                break;
            case IndexExpression e:
                output.Append(e.Target.Name).Append('[');
                Range(e.Rows);
                if (e.HasComma)
                {
                    output.Append(e.Columns is null ? "," : ", ");
                    Range(e.Columns);
                }
                output.Append(']');
                break;
            case CallExpression e:
                output.Append(e.QualifiedName).Append('(');
                for (var i = 0; i < e.Arguments.Length; i++)
                {
                    if (i > 0)
                    {
                        output.Append(", ");
                    }
                    if (e.Arguments[i].Name is { } name)
                    {
                        output.Append(name).Append('=');
                    }
                    Expression(e.Arguments[i].Value, 0);
                }
                output.Append(')');
                break;
            case IfdefExpression e:
                output.Append("ifdef($").Append(e.Parameter.Name).Append(", ");
                Expression(e.Fallback, 0);
                output.Append(')');
                break;
            case ListLiteral e:
                output.Append('[').AppendJoin(", ", e.Elements.Select(Text)).Append(']');
                break;
            default:
                throw new InvalidOperationException($"cannot print {expression.GetType().Name}");
        }
        if (parenthesize)
        {
            output.Append(')');
        }
    }

    private void Range(IndexRange? range)
    {
        if (range is null)
        {
            return;
        }
        Expression(range.Lower, 0);
        if (range.Upper is not null)
        {
            output.Append(':');
            Expression(range.Upper, 0);
        }
    }

    private static int Precedence(Expression expression) => expression switch
    {
        BinaryExpression b => OperatorFacts.Precedence(b.Operator),
        UnaryExpression u => OperatorFacts.Precedence(u.Operator),
        _ => OperatorFacts.AtomPrecedence,
    };

    /// <summary>Shortest text that reads back as the same double and lexes as a double literal.</summary>
    private static string DoubleText(double value)
    {
        if (double.IsPositiveInfinity(value))
        {
            return "1.0E999";
        }
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.') || text.Contains('E') ? text : text + ".0";
    }
}

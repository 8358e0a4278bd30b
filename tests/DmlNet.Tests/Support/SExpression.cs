using DmlNet.Syntax;

namespace DmlNet.Tests.Support;

/// <summary>Prints expressions fully parenthesised in prefix form, to make precedence and associativity visible.</summary>
public static class SExpression
{
    /// <summary>E.g. <c>-2^2</c> gives <c>(- (^ 2 2))</c>.</summary>
    public static string Of(Expression e) => e switch
    {
        BinaryExpression b => $"({OperatorFacts.Text(b.Operator)} {Of(b.Left)} {Of(b.Right)})",
        UnaryExpression u => $"({OperatorFacts.Text(u.Operator)} {Of(u.Operand)})",
        _ => AstPrinter.Print(e),
    };
}

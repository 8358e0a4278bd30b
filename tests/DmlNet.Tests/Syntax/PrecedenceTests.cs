using DmlNet.Tests.Support;

namespace DmlNet.Tests.Syntax;

/// <summary>Operator precedence and associativity as in the reference table (§3.1).</summary>
public class PrecedenceTests
{
    [Theory]
    [InlineData("-2^2", "(- (^ 2 2))")]
    [InlineData("2^-1", "(^ 2 (- 1))")]
    [InlineData("2^3^2", "(^ 2 (^ 3 2))")]
    [InlineData("!a == b", "(! (== a b))")]
    [InlineData("!a & b", "(& (! a) b)")]
    [InlineData("a %*% b ^ 2", "(%*% a (^ b 2))")]
    [InlineData("x %% y * z", "(* (%% x y) z)")]
    [InlineData("x * y %% z", "(* x (%% y z))")]
    [InlineData("x %/% y %% z", "(%% (%/% x y) z)")]
    [InlineData("-a %*% b", "(%*% (- a) b)")]
    [InlineData("a %*% b * c", "(* (%*% a b) c)")]
    [InlineData("a + b * c", "(+ a (* b c))")]
    [InlineData("a - b - c", "(- (- a b) c)")]
    [InlineData("a / b / c", "(/ (/ a b) c)")]
    [InlineData("a < b < c", "(< (< a b) c)")]
    [InlineData("a + b > c - d", "(> (+ a b) (- c d))")]
    [InlineData("a | b & c", "(| a (& b c))")]
    [InlineData("a & b | c & d", "(| (& a b) (& c d))")]
    [InlineData("!a | !b", "(| (! a) (! b))")]
    [InlineData("a == b & c != d", "(& (== a b) (!= c d))")]
    [InlineData("-x * y", "(* (- x) y)")]
    [InlineData("a * -b", "(* a (- b))")]
    [InlineData("+a - b", "(- (+ a) b)")]
    [InlineData("(a + b) * c", "(* (+ a b) c)")]
    [InlineData("a && b || c", "(|| (&& a b) c)")]
    [InlineData("- -a", "(- (- a))")]
    [InlineData("a >= b", "(>= a b)")]
    [InlineData("a <= -b ^ 2", "(<= a (- (^ b 2)))")]
    public void ParsesWithReferencePrecedence(string source, string expected)
    {
        Assert.Equal(expected, SExpression.Of(Checker.Expression(source)));
    }

    [Theory]
    [InlineData("-2^2")]
    [InlineData("(-2)^2")]
    [InlineData("(a + b) %*% (c - d)")]
    [InlineData("!(a & b) == c")]
    [InlineData("(!a) == b")]
    [InlineData("a - (b - c)")]
    [InlineData("(2^3)^2")]
    [InlineData("a < (b < c)")]
    public void PrintingPreservesStructure(string source)
    {
        var parsed = Checker.Expression(source);
        var reparsed = Checker.Expression(DmlNet.Syntax.AstPrinter.Print(parsed));
        Assert.Null(SyntaxEquality.Difference(parsed, reparsed));
    }
}

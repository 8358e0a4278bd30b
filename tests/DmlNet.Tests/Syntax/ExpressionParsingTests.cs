using DmlNet.Syntax;
using DmlNet.Tests.Support;

namespace DmlNet.Tests.Syntax;

/// <summary>Literals, identifiers, indexing and calls parse into the expected nodes and values.</summary>
public class ExpressionParsingTests
{
    [Theory]
    [InlineData("42", 42L)]
    [InlineData("0", 0L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    public void IntegerLiterals(string text, long value) =>
        Assert.Equal(value, Assert.IsType<IntLiteral>(Checker.Expression(text)).Value);

    [Theory]
    [InlineData("1.5", 1.5)]
    [InlineData("1.", 1.0)]
    [InlineData(".5", 0.5)]
    [InlineData("1e-3", 0.001)]
    [InlineData("2E5", 200000.0)]
    [InlineData("1e3", 1000.0)]
    [InlineData("3.25e+2", 325.0)]
    public void DoubleLiterals(string text, double value) =>
        Assert.Equal(value, Assert.IsType<DoubleLiteral>(Checker.Expression(text)).Value);

    [Theory]
    [InlineData("\"abc\"", "abc")]
    [InlineData("'abc'", "abc")]
    [InlineData("\"a\\tb\\nc\"", "a\tb\nc")]
    [InlineData("'it\\'s'", "it's")]
    [InlineData("\"say \\\"hi\\\"\"", "say \"hi\"")]
    [InlineData("\"back\\\\slash\"", "back\\slash")]
    [InlineData("\"two\nlines\"", "two\nlines")]
    [InlineData("\"\"", "")]
    public void StringLiterals(string text, string value) =>
        Assert.Equal(value, Assert.IsType<StringLiteral>(Checker.Expression(text)).Value);

    [Fact]
    public void BooleansAreUpperCaseOnly()
    {
        Assert.True(Assert.IsType<BooleanLiteral>(Checker.Expression("TRUE")).Value);
        Assert.False(Assert.IsType<BooleanLiteral>(Checker.Expression("FALSE")).Value);
        Assert.Equal("true", Assert.IsType<IdentifierExpression>(Checker.Expression("true")).Name);
    }

    [Fact]
    public void DottedBuiltinNamesAreIdentifiers()
    {
        foreach (var name in new[] { "as.scalar", "as.matrix", "as.integer", "lower.tri", "is.nan", "as.logical" })
        {
            Assert.Equal(name, Assert.IsType<CallExpression>(Checker.Expression($"{name}(X)")).Name);
        }
    }

    [Fact]
    public void IndexingWithOpenBoundsAndRanges()
    {
        var all = Assert.IsType<IndexExpression>(Checker.Expression("X[, ]"));
        Assert.Null(all.Rows);
        Assert.Null(all.Columns);
        var row = Assert.IsType<IndexExpression>(Checker.Expression("X[i, ]"));
        Assert.NotNull(row.Rows);
        Assert.Null(row.Columns);
        var column = Assert.IsType<IndexExpression>(Checker.Expression("X[, j]"));
        Assert.Null(column.Rows);
        Assert.NotNull(column.Columns);
        var block = Assert.IsType<IndexExpression>(Checker.Expression("X[a:b, c+1:d]"));
        Assert.NotNull(block.Rows!.Upper);
        Assert.IsType<BinaryExpression>(block.Columns!.Lower);
        var list = Assert.IsType<IndexExpression>(Checker.Expression("L[\"name\"]"));
        Assert.False(list.HasComma);
    }

    [Fact]
    public void LeftIndexing()
    {
        var s = Assert.IsType<AssignmentStatement>(Assert.Single(Checker.Parse("X[2:3, ] = Y").Statements));
        Assert.IsType<IndexExpression>(s.Target);
    }

    [Fact]
    public void HalfOpenRangesAreSyntaxErrors()
    {
        Assert.False(DmlSyntax.Parse("y = X[1:, ]").Success);
    }

    [Fact]
    public void NamedArgumentsAndListLiterals()
    {
        var call = Assert.IsType<CallExpression>(Checker.Expression(
            "conv2d(X, W, input_shape=[N, C, H, W], filter_shape=[F, C, 3, 3], stride=[1, 1], padding=[0, 0])"));
        Assert.Equal([null, null, "input_shape", "filter_shape", "stride", "padding"], call.Arguments.Select(a => a.Name));
        Assert.Equal(4, Assert.IsType<ListLiteral>(call.Arguments[2].Value).Elements.Length);
    }

    [Fact]
    public void NamespacedCall()
    {
        var call = Assert.IsType<CallExpression>(Checker.Expression("affine::forward(X, W, b)"));
        Assert.Equal(("affine", "forward"), (call.Namespace, call.Name));
    }

    [Fact]
    public void SpansAreOneBasedLineAndColumn()
    {
        var statement = Checker.Parse("\n  y = foo + 1").Statements[0];
        var value = (BinaryExpression)((AssignmentStatement)statement).Value;
        Assert.Equal((2, 3), (statement.Span.Line, statement.Span.Column));
        Assert.Equal((2, 7), (value.Left.Span.Line, value.Left.Span.Column));
        Assert.Equal(9, value.Left.Span.EndColumn);
    }

    [Theory]
    [InlineData("x = 5L", "DML1003")]
    [InlineData("x = 99999999999999999999", "DML1003")]
    [InlineData("x = 1 @ 2", "DML1002")]
    [InlineData("x = ", "DML1001")]
    [InlineData("ns :: f(1)", "DML1001")]
    [InlineData("int = 3", "DML1001")]
    public void MalformedLiteralsAndTokens(string text, string code)
    {
        var tree = DmlSyntax.Parse(text);
        Assert.False(tree.Success);
        Assert.Contains(tree.Diagnostics, d => d.Code == code);
    }
}

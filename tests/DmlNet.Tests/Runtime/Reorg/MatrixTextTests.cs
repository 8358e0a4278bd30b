using DmlNet.Runtime.Data;
using DmlNet.Runtime.Formatting;

namespace DmlNet.Tests.Runtime.Reorg;

/// <summary>toString of matrices and lists: Java DecimalFormat numbers (worked out by hand from its rules), layouts and limits.</summary>
public class MatrixTextTests
{
    private static string Cell(double value, int decimals = 3) =>
        MatrixFormat.ToString(MatrixBlock.FromDense(1, 1, [value]), TextLayout.Default with { Decimal = decimals });

    [Theory]
    [InlineData(0.5, 3, "0.500")]
    [InlineData(1.0 / 3, 3, "0.333")]
    [InlineData(2.0 / 3, 3, "0.667")]
    [InlineData(0.0625, 3, "0.062")]
    [InlineData(0.1875, 3, "0.188")]
    [InlineData(-0.0625, 3, "-0.062")]
    [InlineData(0.0005, 3, "0.001")]
    [InlineData(2.675, 3, "2.675")]
    [InlineData(1234567.891, 3, "1234567.891")]
    [InlineData(1e20, 3, "100000000000000000000.000")]
    [InlineData(1e23, 3, "100000000000000000000000.000")]
    [InlineData(1e-10, 3, "0.000")]
    [InlineData(-1e-10, 3, "-0.000")]
    [InlineData(-0.0, 3, "0.000")]
    [InlineData(0.25, 1, "0.25")]
    [InlineData(2.0, 1, "2.0")]
    [InlineData(1.0 / 3, 1, "0.333")]
    [InlineData(2.0, 0, "2")]
    [InlineData(2.5, 0, "2.5")]
    [InlineData(1.0 / 3, 5, "0.33333")]
    [InlineData(2.0, 5, "2.00000")]
    [InlineData(0.123456789, 7, "0.1234568")]
    [InlineData(double.NaN, 3, "NaN")]
    [InlineData(double.PositiveInfinity, 3, "Infinity")]
    [InlineData(double.NegativeInfinity, 3, "-Infinity")]
    public void CellsUseJavaDecimalFormatWithAtLeastDecimalAndAtMostMaxOf3AndDecimalDigits(double value, int decimals, string expected) =>
        Assert.Equal(expected + "\n", Cell(value, decimals));

    [Fact]
    public void DenseLayoutSeparatesCellsAndEndsEveryRow()
    {
        foreach (var x in TestBlocks.Both(2, 3, 1, 0, -2.5, 0, 0, 4))
        {
            Assert.Equal("1.000 0.000 -2.500\n0.000 0.000 4.000\n", MatrixFormat.ToString(x));
            Assert.Equal("1.0,0.0,-2.5|0.0,0.0,4.0|", MatrixFormat.ToString(x, new TextLayout(Decimal: 1, Separator: ",", LineSeparator: "|")));
        }
    }

    [Fact]
    public void SparseLayoutListsTheNonZerosAsRowColumnValue()
    {
        foreach (var x in TestBlocks.Both(2, 3, 1, 0, -2.5, 0, double.NaN, 4))
        {
            Assert.Equal("1 1 1.000\n1 3 -2.500\n2 2 NaN\n2 3 4.000\n", MatrixFormat.ToString(x, TextLayout.Default with { Sparse = true }));
            Assert.Equal("1,1,1.0;1,3,-2.5;", MatrixFormat.ToString(x, new TextLayout(Rows: 1, Columns: 3, Decimal: 1, Sparse: true, Separator: ",", LineSeparator: ";")));
            Assert.Equal("1 1 1.000\n2 2 NaN\n", MatrixFormat.ToString(x, new TextLayout(Columns: 2, Sparse: true)));
        }
    }

    [Fact]
    public void RowAndColumnLimitsTruncateAndNegativeLimitsShowEverything()
    {
        var x = MatrixBlock.FromDense(3, 3, [1, 2, 3, 4, 5, 6, 7, 8, 9]);
        Assert.Equal("1.000 2.000\n", MatrixFormat.ToString(x, new TextLayout(Rows: 1, Columns: 2)));
        Assert.Equal("1.000 2.000 3.000\n4.000 5.000 6.000\n7.000 8.000 9.000\n", MatrixFormat.ToString(x, new TextLayout(Rows: -1, Columns: -1)));
        Assert.Equal("", MatrixFormat.ToString(x, new TextLayout(Rows: 0)));
        Assert.Equal("", MatrixFormat.ToString(MatrixBlock.Filled(0, 4, 0)));
    }

    [Fact]
    public void ListsShowScalarsAsPrintDoesAndMatricesAfterAMatrixLine()
    {
        var m = new MatrixValue(MatrixBlock.FromDense(2, 2, [1, 2, 3, 4]));
        var list = new ListValue([ScalarValue.Of(1L), ScalarValue.Of("a"), ScalarValue.True, ScalarValue.Of(2.5), m], [null, null, null, null, null]);
        Assert.Equal("List containing:\n[1, a, TRUE, 2.5, \nMatrix:\n1.000 2.000\n3.000 4.000\n]", ListFormat.ToString(list));
        Assert.Equal("List containing:]", ListFormat.ToString(new ListValue([], [])));
    }

    [Fact]
    public void NestedListsAreShownWithTheRowAndColumnLimitsSwapped()
    {
        var m = new MatrixValue(MatrixBlock.FromDense(2, 2, [1, 2, 3, 4]));
        var layout = new TextLayout(Rows: 1, Columns: 2);
        Assert.Equal("List containing:\n[\nMatrix:\n1.000 2.000\n]", ListFormat.ToString(new ListValue([m], [null]), layout));
        var nested = new ListValue([new ListValue([m, ScalarValue.Of(5L)], [null, null])], [null]);
        Assert.Equal("List containing:\n[List containing:\n[\nMatrix:\n1.000\n3.000\n, 5]]", ListFormat.ToString(nested, layout));
    }

    [Fact]
    public void ToStringInAScriptTakesItsNamedOptions()
    {
        Assert.Equal("1.00;2.00|3.00;4.00|\n", Scripts.Output("X = matrix(\"1 2 3 4\", rows=2, cols=2)\nprint(toString(X, decimal=2, sep=\";\", linesep=\"|\"))"));
        Assert.Equal("1 2 2.000\n\n", Scripts.Output("X = matrix(\"0 2 0 0\", rows=2, cols=2)\nprint(toString(X, sparse=TRUE))"));
        Assert.Equal("1.000\n\n", Scripts.Output("X = matrix(\"1 2 3 4\", rows=2, cols=2)\nprint(toString(X, rows=1, cols=1))"));
        Assert.Equal("2.5|7|TRUE\n", Scripts.Output("print(toString(2.5) + \"|\" + toString(7) + \"|\" + toString(TRUE))"));
    }
}

using System.Text;
using DmlNet.Runtime.Data;
using DmlNet.Runtime.Formatting;

namespace DmlNet.Tests.Formatting;

/// <summary>
/// toString of matrices: Java's DecimalFormat as SystemDS sets it up (no grouping, decimal = the
/// minimum number of fraction digits, the maximum max(3, decimal), HALF_EVEN on the exact binary
/// value), and the layout options.
/// </summary>
public class MatrixFormatTests
{
    private static string Format(double value, int decimals)
    {
        var text = new StringBuilder();
        DecimalFormat.Append(text, value, decimals);
        return text.ToString();
    }

    [Theory]
    // Ties of the binary value go to the even digit: 0.0625 is exact, so 0.062.
    [InlineData(0.0625, 3, "0.062")]
    [InlineData(0.1875, 3, "0.188")]
    // Decimal ties that are not binary ties round by the exact value (Python: Decimal(x)):
    // 0.0635 is 0.063500000000000000888..., 2.6745 is 2.674500000000000099..., 0.0005 is 0.00050000000000000001...
    [InlineData(0.0635, 3, "0.064")]
    [InlineData(2.6745, 3, "2.675")]
    [InlineData(0.0005, 3, "0.001")]
    // ... and 2.6755 is 2.675499999999999989..., 1.0005 is 1.000499999999999944..., 2.675 is 2.674999999999999822...
    [InlineData(2.6755, 3, "2.675")]
    [InlineData(1.0005, 3, "1.000")]
    [InlineData(2.675, 2, "2.675")]
    // decimal is the minimum: decimal=1 shows 1 to 3 digits, decimal=0 none to 3.
    [InlineData(0.5, 1, "0.5")]
    [InlineData(0.25, 1, "0.25")]
    [InlineData(2.0, 1, "2.0")]
    [InlineData(0.1234, 1, "0.123")]
    [InlineData(1.0, 0, "1")]
    [InlineData(1.5, 0, "1.5")]
    [InlineData(0.0004, 0, "0")]
    // decimal above 3 raises the maximum too: exactly that many digits.
    [InlineData(0.5, 5, "0.50000")]
    [InlineData(1.0 / 3, 5, "0.33333")]
    [InlineData(2.0 / 3, 5, "0.66667")]
    [InlineData(0.0000125, 5, "0.00001")]
    // No grouping, no exponent.
    [InlineData(1234567.0, 3, "1234567.000")]
    [InlineData(1e-10, 3, "0.000")]
    // Java formats the shortest digits and pads them with zeros when no rounding is needed: 1e23 is
    // 99999999999999991611392 in binary but shown as 1 and 23 zeros; 2^60 = 1152921504606846976 has
    // the shortest digits 1152921504606847; 0.1 with 20 decimals is not 0.10000000000000000555.
    [InlineData(1e23, 3, "100000000000000000000000.000")]
    [InlineData(1152921504606846976.0, 3, "1152921504606847000.000")]
    [InlineData(0.1, 20, "0.10000000000000000000")]
    [InlineData(1000000000000000.25, 3, "1000000000000000.200")]
    // Java keeps the minus sign of negative values that round to zero (SystemDS only rewrites -0.0 itself).
    [InlineData(-0.0001, 3, "-0.000")]
    [InlineData(-1.5, 3, "-1.500")]
    [InlineData(double.NaN, 3, "NaN")]
    [InlineData(double.PositiveInfinity, 3, "Infinity")]
    [InlineData(double.NegativeInfinity, 1, "-Infinity")]
    public void CellsAreFormattedAsJavasDecimalFormat(double value, int decimals, string expected) =>
        Assert.Equal(expected, Format(value, decimals));

    private static MatrixBlock Matrix(double[,] values) => MatrixBlock.FromArray(values);

    [Fact]
    public void DefaultLayoutSeparatesCellsByBlanksAndEndsEveryRow()
    {
        var m = Matrix(new[,] { { 1, 2.5, -3 }, { -0.0, double.NaN, 1e7 } });
        Assert.Equal("1.000 2.500 -3.000\n0.000 NaN 10000000.000\n", MatrixFormat.ToString(m));
        Assert.Equal("1.000 2.500 -3.000\n0.000 NaN 10000000.000\n", MatrixFormat.ToString(m.ToSparse()));
    }

    [Fact]
    public void LayoutOptionsAreHonoured()
    {
        var m = Matrix(new double[,] { { 1, 0, 3 }, { 0, 5, 0 }, { 7, 0, 9 } });
        Assert.Equal("1.0,0.0,3.0|0.0,5.0,0.0|7.0,0.0,9.0|", MatrixFormat.ToString(m, new TextLayout(Decimal: 1, Separator: ",", LineSeparator: "|")));
        Assert.Equal("1.000 0.000\n0.000 5.000\n", MatrixFormat.ToString(m, new TextLayout(Rows: 2, Columns: 2)));
        Assert.Equal("1.000 0.000 3.000\n", MatrixFormat.ToString(m, new TextLayout(Rows: 1, Columns: -1)));
        Assert.Equal("1 1 1.000\n1 3 3.000\n2 2 5.000\n3 1 7.000\n3 3 9.000\n", MatrixFormat.ToString(m, new TextLayout(Sparse: true)));
        Assert.Equal("1 1 1.000\n2 2 5.000\n", MatrixFormat.ToString(m.ToSparse(), new TextLayout(Rows: 2, Columns: 2, Sparse: true)));
        Assert.Equal("1;1;1\n1;3;3\n", MatrixFormat.ToString(m, new TextLayout(Rows: 1, Decimal: 0, Sparse: true, Separator: ";")));
    }

    [Fact]
    public void SparseLayoutSkipsZerosOfBothSigns()
    {
        var m = Matrix(new[,] { { -0.0, 2 }, { 0, double.NaN } });
        Assert.Equal("1 2 2.000\n2 2 NaN\n", MatrixFormat.ToString(m, new TextLayout(Sparse: true)));
    }

    [Fact]
    public void EmptyMatricesPrintNothing()
    {
        Assert.Equal("", MatrixFormat.ToString(Matrix(new double[0, 3])));
        Assert.Equal("", MatrixFormat.ToString(Matrix(new double[0, 0]), new TextLayout(Sparse: true)));
    }
}

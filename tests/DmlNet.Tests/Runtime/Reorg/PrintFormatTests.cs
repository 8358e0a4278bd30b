using DmlNet.Runtime;
using DmlNet.Runtime.Data;
using DmlNet.Runtime.Formatting;

namespace DmlNet.Tests.Runtime.Reorg;

/// <summary>print(format, args) as Java's String.format and scalar text as Java's Double.toString; expected values worked out from the Java rules.</summary>
public class PrintFormatTests
{
    private static string Format(string format, params object[] arguments) =>
        JavaStringFormat.Format(format, arguments.Select(a => a switch
        {
            int i => ScalarValue.Of((long)i),
            long l => ScalarValue.Of(l),
            double d => ScalarValue.Of(d),
            bool b => ScalarValue.Of(b),
            string s => ScalarValue.Of(s),
            _ => throw new ArgumentException("unsupported test argument"),
        }).ToList());

    [Theory]
    [InlineData("%d", 42, "42")]
    [InlineData("%5d|", 42, "   42|")]
    [InlineData("%-5d|", 42, "42   |")]
    [InlineData("%05d", 42, "00042")]
    [InlineData("%05d", -42, "-0042")]
    [InlineData("%+d", 5, "+5")]
    [InlineData("% d", 5, " 5")]
    [InlineData("%(d", -5, "(5)")]
    [InlineData("%,d", 1234567, "1,234,567")]
    [InlineData("%x", 255, "ff")]
    [InlineData("%X", 255, "FF")]
    [InlineData("%#x", 255, "0xff")]
    [InlineData("%o", 8, "10")]
    [InlineData("%#o", 8, "010")]
    [InlineData("%x", -1, "ffffffffffffffff")]
    [InlineData("%h", 5, "5")]
    [InlineData("%s", 3, "3")]
    public void IntegerConversions(string format, int value, string expected) => Assert.Equal(expected, Format(format, value));

    [Fact]
    public void TheSmallestLongKeepsItsDigits() => Assert.Equal("-9223372036854775808", Format("%d", long.MinValue));

    [Theory]
    [InlineData("%f", 3.14159265, "3.141593")]
    [InlineData("%.2f", 2.675, "2.68")]
    [InlineData("%.1f", 0.25, "0.3")]
    [InlineData("%.1f", 0.35, "0.4")]
    [InlineData("%.0f", 2.5, "3")]
    [InlineData("%.0f", -2.5, "-3")]
    [InlineData("%.3f", 1e-7, "0.000")]
    [InlineData("%.2f", -0.001, "-0.00")]
    [InlineData("%f", -0.0, "-0.000000")]
    [InlineData("%10.3f|", -3.14159, "    -3.142|")]
    [InlineData("%-10.2f|", 1.5, "1.50      |")]
    [InlineData("%010.2f", -1.5, "-000001.50")]
    [InlineData("%,.2f", 1234567.891, "1,234,567.89")]
    [InlineData("%+.1f", 2.0, "+2.0")]
    [InlineData("%(.1f", -2.0, "(2.0)")]
    [InlineData("%#.0f", 3.0, "3.")]
    [InlineData("%.1f", 1e20, "100000000000000000000.0")]
    [InlineData("%e", 12345.678, "1.234568e+04")]
    [InlineData("%.2e", 0.000123, "1.23e-04")]
    [InlineData("%E", 1.5, "1.500000E+00")]
    [InlineData("%e", 0.0, "0.000000e+00")]
    [InlineData("%.0e", 5.5, "6e+00")]
    [InlineData("%e", 9.9999999, "1.000000e+01")]
    [InlineData("%e", 1e100, "1.000000e+100")]
    [InlineData("%g", 0.0001234, "0.000123400")]
    [InlineData("%g", 123456789.0, "1.23457e+08")]
    [InlineData("%g", 100000.0, "100000")]
    [InlineData("%g", 1000000.0, "1.00000e+06")]
    [InlineData("%g", 999999.5, "1.00000e+06")]
    [InlineData("%g", 0.0, "0.00000")]
    [InlineData("%g", 0.00001, "1.00000e-05")]
    [InlineData("%.3g", 1234.5, "1.23e+03")]
    [InlineData("%G", 1e-5, "1.00000E-05")]
    [InlineData("%s", 1.5, "1.5")]
    [InlineData("%s", 1e7, "1.0E7")]
    [InlineData("%h", 1.0, "3ff00000")]
    [InlineData("%f", double.NaN, "NaN")]
    [InlineData("%+f", double.NaN, "NaN")]
    [InlineData("%08.2f", double.NaN, "     NaN")]
    [InlineData("%+e", double.PositiveInfinity, "+Infinity")]
    [InlineData("%(f", double.NegativeInfinity, "(Infinity)")]
    [InlineData("%E", double.NaN, "NAN")]
    public void FloatingConversionsRoundHalfUpOnTheShortestDigits(string format, double value, string expected) =>
        Assert.Equal(expected, Format(format, value));

    [Theory]
    [InlineData("%b", true, "true")]
    [InlineData("%b", false, "false")]
    [InlineData("%B", true, "TRUE")]
    [InlineData("%.2b", true, "tr")]
    [InlineData("%s", true, "true")]
    [InlineData("%h", true, "4cf")]
    [InlineData("%6b|", false, " false|")]
    public void BooleanConversionsAreLowerCase(string format, bool value, string expected) => Assert.Equal(expected, Format(format, value));

    [Theory]
    [InlineData("%s", "hi", "hi")]
    [InlineData("%.3s", "abcdef", "abc")]
    [InlineData("%10s|", "hi", "        hi|")]
    [InlineData("%-6s|", "hi", "hi    |")]
    [InlineData("%S", "abc", "ABC")]
    [InlineData("%h", "hi", "d01")]
    [InlineData("%b", "no", "true")]
    public void StringConversions(string format, string value, string expected) => Assert.Equal(expected, Format(format, value));

    [Fact]
    public void PercentNewlineAndArgumentIndexes()
    {
        Assert.Equal("100% done\n", Format("%d%% done%n", 100));
        Assert.Equal("    %|%    |", Format("%5%|%-5%|"));
        Assert.Equal("b a", Format("%2$s %1$s", "a", "b"));
        Assert.Equal("x x y", Format("%s %<s %s", "x", "y"));
        Assert.Equal("1 extra arguments are ignored", Format("%d extra arguments are ignored", 1, 2, 3));
    }

    [Theory]
    [InlineData("%d", "does not accept the double value 2.0")]
    [InlineData("%D", "'D' is not a conversion")]
    [InlineData("%-d", "the '-' flag needs a width")]
    [InlineData("%-05d", "exclude each other")]
    [InlineData("%+ 5d", "exclude each other")]
    [InlineData("%#d", "the '#' flag does not apply to %d")]
    [InlineData("%.2d", "%d takes no precision")]
    [InlineData("%,x", "the ',' flag does not apply to %x")]
    [InlineData("%#g", "the '#' flag does not apply to %g")]
    [InlineData("%,e", "the ',' flag does not apply to %e")]
    [InlineData("%+s", "the '+' flag does not apply to %s")]
    [InlineData("%.1c", "%c takes no precision")]
    [InlineData("%s %s", "no argument for the format specifier '%s'")]
    [InlineData("abc%", "malformed format specifier")]
    [InlineData("%y", "unknown format conversion 'y'")]
    public void JavaRejectsTheseSpecifiers(string format, string message)
    {
        var error = Assert.Throws<DmlRuntimeException>(() => Format(format, 2.0));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void IntegersAndBooleansDoNotFitFloatingConversions()
    {
        Assert.Contains("does not accept the int value 2", Assert.Throws<DmlRuntimeException>(() => Format("%f", 2)).Message);
        Assert.Contains("does not accept the boolean value TRUE", Assert.Throws<DmlRuntimeException>(() => Format("%d", true)).Message);
    }

    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(100.0, "100.0")]
    [InlineData(1.0 / 3, "0.3333333333333333")]
    [InlineData(0.1 + 0.2, "0.30000000000000004")]
    [InlineData(1e7, "1.0E7")]
    [InlineData(9999999.0, "9999999.0")]
    [InlineData(0.001, "0.001")]
    [InlineData(1e-4, "1.0E-4")]
    [InlineData(123456789.0, "1.23456789E8")]
    [InlineData(9007199254740992.0, "9.007199254740992E15")]
    [InlineData(1.5e-10, "1.5E-10")]
    [InlineData(1e21, "1.0E21")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    public void DoublesPrintAsJavaDoubleToString(double value, string expected) => Assert.Equal(expected, ScalarFormat.FormatDouble(value));

    [Fact]
    public void PrintFormatsInAScript()
    {
        Assert.Equal("n=3 x=2.50 ok=true\n", Scripts.Output("print(\"n=%d x=%.2f ok=%b\", 3, 2.5, TRUE)"));
        Assert.Equal("100%%\n", Scripts.Output("print(\"100%%\")"));
        Assert.Equal("9223372036854775807 TRUE -0.0 7\n", Scripts.Output("print(9223372036854775807 + \" \" + TRUE + \" \" + (-0.0) + \" \" + 7)"));
        Assert.Contains("does not accept the double value 4.0", Scripts.Error("print(\"%d\", 8 / 2)"));
        Assert.Contains("does not accept the int value 65", Scripts.Error("print(\"%c\", 65)"));
    }
}

using DmlNet.Runtime;
using DmlNet.Runtime.Data;
using DmlNet.Runtime.Formatting;

namespace DmlNet.Tests.Formatting;

/// <summary>
/// print(format, ...) against Java's String.format as SystemDS calls it: an int scalar is passed as
/// a Long, a double as a Double, booleans as Boolean, strings as String. Expected texts follow the
/// java.util.Formatter documentation; the floating conversions round HALF_UP on the digits of
/// Double.toString (so %.2f of 2.675 is 2.68, where C's printf gives 2.67).
/// </summary>
public class JavaStringFormatTests
{
    private static ScalarValue Scalar(object value) => value switch
    {
        int i => ScalarValue.Of((long)i),
        long l => ScalarValue.Of(l),
        double d => ScalarValue.Of(d),
        bool b => ScalarValue.Of(b),
        string s => ScalarValue.Of(s),
        _ => throw new ArgumentException(value.GetType().Name),
    };

    private static string Format(string format, params object[] arguments) => JavaStringFormat.Format(format, arguments.Select(Scalar).ToList());

    [Theory]
    [InlineData("%d", 42, "42")]
    [InlineData("%5d", 42, "   42")]
    [InlineData("%-5d|", 42, "42   |")]
    [InlineData("%05d", 42, "00042")]
    [InlineData("%05d", -42, "-0042")]
    [InlineData("%+d", 42, "+42")]
    [InlineData("%+d", -42, "-42")]
    [InlineData("%+d", 0, "+0")]
    [InlineData("% d", 42, " 42")]
    [InlineData("%(d", -42, "(42)")]
    [InlineData("%,d", 1234567, "1,234,567")]
    [InlineData("%,d", -1234567, "-1,234,567")]
    [InlineData("%,d", 999, "999")]
    [InlineData("%x", 255, "ff")]
    [InlineData("%X", 255, "FF")]
    [InlineData("%#x", 255, "0xff")]
    [InlineData("%08x", 255, "000000ff")]
    [InlineData("%x", -1, "ffffffffffffffff")]
    [InlineData("%o", 8, "10")]
    [InlineData("%#o", 8, "010")]
    public void IntegersFollowJava(string format, int value, string expected) => Assert.Equal(expected, Format(format, value));

    [Fact]
    public void TheExtremeLongsArePrintedExactly()
    {
        Assert.Equal("-9223372036854775808", Format("%d", long.MinValue));
        Assert.Equal("9,223,372,036,854,775,807", Format("%,d", long.MaxValue));
    }

    [Theory]
    [InlineData("%f", 3.14159, "3.141590")]
    [InlineData("%.2f", 2.675, "2.68")]
    [InlineData("%.2f", 0.125, "0.13")]
    [InlineData("%.0f", 0.5, "1")]
    [InlineData("%.0f", 2.5, "3")]
    [InlineData("%.1f", 0.05, "0.1")]
    [InlineData("%.2f", 0.005, "0.01")]
    [InlineData("%.2f", 0.0049, "0.00")]
    [InlineData("%10.3f", 3.14159, "     3.142")]
    [InlineData("%-10.3f|", 3.14159, "3.142     |")]
    [InlineData("%010.3f", -3.14159, "-00003.142")]
    [InlineData("%+.1f", 2.0, "+2.0")]
    [InlineData("%,.2f", 1234567.891, "1,234,567.89")]
    [InlineData("%.3f", -0.0001, "-0.000")]
    [InlineData("%f", -0.0, "-0.000000")]
    [InlineData("%f", 1e20, "100000000000000000000.000000")]
    [InlineData("%.20f", 0.1, "0.10000000000000000000")]
    [InlineData("%.2f", 99.995, "100.00")]
    [InlineData("%e", 12345.678, "1.234568e+04")]
    [InlineData("%.3e", 12345.678, "1.235e+04")]
    [InlineData("%E", 0.000123, "1.230000E-04")]
    [InlineData("%e", 0.0, "0.000000e+00")]
    [InlineData("%.0e", 1.5, "2e+00")]
    [InlineData("%e", 9.9999999, "1.000000e+01")]
    [InlineData("%.2e", -1e-100, "-1.00e-100")]
    [InlineData("%g", 123.456, "123.456")]
    [InlineData("%g", 1.0, "1.00000")]
    [InlineData("%g", 0.0, "0.00000")]
    [InlineData("%g", 100000.0, "100000")]
    [InlineData("%g", 1234567.0, "1.23457e+06")]
    [InlineData("%g", 0.0001, "0.000100000")]
    [InlineData("%g", 0.00001, "1.00000e-05")]
    [InlineData("%.3g", 0.0001234, "0.000123")]
    [InlineData("%.0g", 123.0, "1e+02")]
    [InlineData("%G", 1e-10, "1.00000E-10")]
    public void FloatingPointFollowsJava(string format, double value, string expected) => Assert.Equal(expected, Format(format, value));

    /// <summary>%g decides between fixed and scientific after rounding to the precision (Formatter's GENERAL conversion).</summary>
    [Theory]
    [InlineData("%g", 999999.5, "1.00000e+06")]
    [InlineData("%g", 99999.95, "100000")]
    [InlineData("%g", 0.00009999995, "0.000100000")]
    [InlineData("%.2g", 99.5, "1.0e+02")]
    public void GeneralNotationRoundsBeforeChoosingTheForm(string format, double value, string expected) =>
        Assert.Equal(expected, Format(format, value));

    /// <summary>NaN and Infinity are spelled out, signed like numbers, and padded with blanks even under the 0 flag.</summary>
    [Theory]
    [InlineData("%f", double.NaN, "NaN")]
    [InlineData("%+e", double.NaN, "NaN")]
    [InlineData("%f", double.PositiveInfinity, "Infinity")]
    [InlineData("%+f", double.PositiveInfinity, "+Infinity")]
    [InlineData("%(f", double.NegativeInfinity, "(Infinity)")]
    [InlineData("%E", double.NegativeInfinity, "-INFINITY")]
    [InlineData("%8f", double.NaN, "     NaN")]
    [InlineData("%010f", double.NaN, "       NaN")]
    [InlineData("%010.2f", double.NegativeInfinity, " -Infinity")]
    public void NonFiniteValuesFollowJava(string format, double value, string expected) => Assert.Equal(expected, Format(format, value));

    [Fact]
    public void StringsAndBooleansFollowJava()
    {
        Assert.Equal("abc", Format("%s", "abc"));
        Assert.Equal("ABC", Format("%S", "abc"));
        Assert.Equal("ab", Format("%.2s", "abcdef"));
        Assert.Equal("    ab|ab    |", Format("%6s|%-6s|", "ab", "ab"));
        Assert.Equal("1.0 3 true", Format("%s %s %s", 1.0, 3, true));
        Assert.Equal("1.0E7 NAN", Format("%s %S", 1e7, double.NaN));
        Assert.Equal("true false", Format("%b %b", true, false));
        // %b is true for any non-null argument that is not a Boolean.
        Assert.Equal("true true true", Format("%b %b %b", "false", 0, 0.0));
        Assert.Equal("TRUE", Format("%B", true));
        Assert.Equal("tr", Format("%.2b", true));
    }

    [Fact]
    public void LiteralsIndexesAndLineBreaksFollowJava()
    {
        Assert.Equal("100% done\n", Format("%d%% done%n", 100));
        Assert.Equal("    %", Format("%5%"));
        Assert.Equal("b a", Format("%2$s %1$s", "a", "b"));
        Assert.Equal("x x y", Format("%s %<s %s", "x", "y"));
        Assert.Equal("no specifiers", Format("no specifiers"));
    }

    /// <summary>Java rejects an argument of the wrong class: IllegalFormatConversionException, a runtime error in DML.</summary>
    [Theory]
    [InlineData("%d", 1.5)]
    [InlineData("%d", "abc")]
    [InlineData("%d", true)]
    [InlineData("%x", 2.0)]
    [InlineData("%f", 3)]
    [InlineData("%e", "1.5")]
    [InlineData("%g", true)]
    [InlineData("%c", 65)]
    [InlineData("%c", "A")]
    public void ArgumentsOfTheWrongTypeAreErrors(string format, object value)
    {
        var error = Assert.Throws<DmlRuntimeException>(() => Format(format, value));
        Assert.Contains($"'{format}' does not accept", error.Message);
    }

    [Theory]
    [InlineData("%s %s", "no argument for the format specifier '%s'")]
    [InlineData("%3$s", "no argument for the format specifier '%3$s'")]
    [InlineData("100%", "malformed format specifier")]
    [InlineData("%q", "unknown format conversion 'q'")]
    public void MalformedFormatsAreErrors(string format, string message) =>
        Assert.Contains(message, Assert.Throws<DmlRuntimeException>(() => Format(format, "a")).Message);
}

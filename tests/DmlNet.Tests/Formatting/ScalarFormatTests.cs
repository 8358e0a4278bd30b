using DmlNet.Runtime.Data;
using DmlNet.Runtime.Formatting;

namespace DmlNet.Tests.Formatting;

/// <summary>ScalarFormat.FormatDouble against Java's Double.toString, value by value with the reason each text is certain.</summary>
public class ScalarFormatTests
{
    [Theory]
    // Whole numbers keep one fractional digit.
    [InlineData(1.0, "1.0")]
    [InlineData(100.0, "100.0")]
    [InlineData(-42.0, "-42.0")]
    // Plain notation for 10^-3 <= |x| < 10^7 (the Double.toString javadoc).
    [InlineData(9999999.0, "9999999.0")]
    [InlineData(1234567.0, "1234567.0")]
    [InlineData(12345.678, "12345.678")]
    [InlineData(0.001, "0.001")]
    [InlineData(0.00123, "0.00123")]
    [InlineData(0.1, "0.1")]
    [InlineData(100.5, "100.5")]
    // Computerized scientific notation outside that range, mantissa with at least one fraction digit.
    [InlineData(1.0E7, "1.0E7")]
    [InlineData(1.2345678E8, "1.2345678E8")]
    [InlineData(1.0E-4, "1.0E-4")]
    [InlineData(1.0E-5, "1.0E-5")]
    [InlineData(-1.5E-10, "-1.5E-10")]
    [InlineData(1.0E21, "1.0E21")]
    [InlineData(1.0E100, "1.0E100")]
    // As many digits as needed to round-trip, no more.
    [InlineData(1.0 / 3, "0.3333333333333333")]
    [InlineData(2.0 / 3, "0.6666666666666666")]
    [InlineData(0.1 + 0.2, "0.30000000000000004")]
    [InlineData(9007199254740992.0, "9.007199254740992E15")]
    [InlineData(9223372036854775807.0, "9.223372036854776E18")]
    // The documented extremes: Double.MAX_VALUE, MIN_NORMAL and MIN_VALUE (4.9E-324 in every JDK,
    // although the shortest round-trip digit is 5: Java shows two digits where two are closer).
    [InlineData(double.MaxValue, "1.7976931348623157E308")]
    [InlineData(2.2250738585072014E-308, "2.2250738585072014E-308")]
    [InlineData(double.Epsilon, "4.9E-324")]
    // Zeros keep their sign; the special values are spelled out.
    [InlineData(0.0, "0.0")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    public void FormatDoubleIsJavasDoubleToString(double value, string expected) =>
        Assert.Equal(expected, ScalarFormat.FormatDouble(value));

    [Fact]
    public void ScalarsOfEveryValueTypeAreShownAsDmlPrintsThem()
    {
        Assert.Equal("5.0", ScalarFormat.ToString(ScalarValue.Of(5.0)));
        Assert.Equal("5", ScalarFormat.ToString(ScalarValue.Of(5L)));
        Assert.Equal("-9223372036854775808", ScalarFormat.ToString(ScalarValue.Of(long.MinValue)));
        Assert.Equal("TRUE", ScalarFormat.ToString(ScalarValue.True));
        Assert.Equal("FALSE", ScalarFormat.ToString(ScalarValue.False));
        Assert.Equal("a b", ScalarFormat.ToString(ScalarValue.Of("a b")));
    }

    /// <summary>Every text parses back to the same double (the property Double.toString guarantees).</summary>
    [Fact]
    public void EveryTextRoundTrips()
    {
        var random = new Random(1);
        for (var k = 0; k < 20000; k++)
        {
            var value = BitConverter.Int64BitsToDouble(random.NextInt64());
            if (!double.IsFinite(value))
            {
                continue;
            }
            var text = ScalarFormat.FormatDouble(value);
            Assert.Equal(value, double.Parse(text, System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}

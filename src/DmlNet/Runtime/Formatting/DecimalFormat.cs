using System.Globalization;
using System.Numerics;
using System.Text;

namespace DmlNet.Runtime.Formatting;

/// <summary>
/// Java's <c>DecimalFormat</c> as SystemDS configures it for <c>toString</c>: no grouping, at least
/// <c>min</c> and at most <c>max(3, min)</c> fraction digits, rounded half-even on the exact binary
/// value; NaN and infinities as Java's <c>Double.toString</c> shows them. Like Java it starts from
/// the shortest digits of the value (<see cref="DecimalDigits"/>): when they need no rounding they
/// are shown padded with zeros, so 1e23 is 100000000000000000000000 and 0.1 with 20 decimals is
/// 0.10000000000000000000, not the binary value's exact digits.
/// </summary>
internal static class DecimalFormat
{
    /// <summary>Appends <paramref name="value"/> with <paramref name="minimumFractionDigits"/> (the DML <c>decimal</c> argument).</summary>
    public static void Append(StringBuilder text, double value, int minimumFractionDigits)
    {
        if (!double.IsFinite(value))
        {
            text.Append(ScalarFormat.FormatDouble(value));
            return;
        }
        var maximum = Math.Max(3, minimumFractionDigits);
        if (double.IsNegative(value))
        {
            text.Append('-');
        }
        var digits = Scaled(Math.Abs(value), maximum).PadLeft(maximum + 1, '0');
        var integerLength = digits.Length - maximum;
        text.Append(digits, 0, integerLength);
        var fractionLength = maximum;
        while (fractionLength > minimumFractionDigits && digits[integerLength + fractionLength - 1] == '0')
        {
            fractionLength--;
        }
        if (fractionLength > 0)
        {
            text.Append('.').Append(digits, integerLength, fractionLength);
        }
    }

    /// <summary>value * 10^digits as a digit string: the shortest digits zero-padded when they fit, else rounded half-even.</summary>
    private static string Scaled(double value, int digits)
    {
        var shortest = DecimalDigits.Of(value);
        var kept = shortest.PointPosition + digits;
        return kept >= shortest.Digits.Length ? shortest.Digits.PadRight(kept, '0') : ScaledHalfEven(value, digits);
    }

    /// <summary>
    /// round(value * 10^digits) with ties to even, exactly, as a decimal digit string. Where the
    /// rounding position lies inside the shortest digits this is what Java computes from them.
    /// </summary>
    private static string ScaledHalfEven(double value, int digits)
    {
        var bits = BitConverter.DoubleToInt64Bits(value);
        var biased = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (biased == 0)
        {
            biased = 1;
        }
        else
        {
            mantissa |= 1L << 52;
        }
        var exponent = biased - 1075;
        var numerator = new BigInteger(mantissa) * BigInteger.Pow(10, digits);
        if (exponent >= 0)
        {
            return (numerator << exponent).ToString(CultureInfo.InvariantCulture);
        }
        var denominator = BigInteger.One << -exponent;
        var quotient = BigInteger.DivRem(numerator, denominator, out var remainder);
        var twice = remainder << 1;
        var comparison = twice.CompareTo(denominator);
        if (comparison > 0 || (comparison == 0 && !quotient.IsEven))
        {
            quotient += 1;
        }
        return quotient.ToString(CultureInfo.InvariantCulture);
    }
}

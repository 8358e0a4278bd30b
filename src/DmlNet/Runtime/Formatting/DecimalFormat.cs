using System.Numerics;
using System.Text;

namespace DmlNet.Runtime.Formatting;

/// <summary>
/// Java's <c>DecimalFormat</c> as SystemDS configures it for <c>toString</c>: no grouping, at least
/// <c>min</c> and at most <c>max(3, min)</c> fraction digits. Like Java it starts from the shortest
/// digits that identify the double (those of <c>Double.toString</c>, so 1e23 shows as 1 and 23 zeros)
/// and rounds them half-even; a tie in those digits is decided by the exact binary value (rounded
/// up when the double lies above the digits, down when below, to even when exact). A negative value
/// that rounds to zero keeps its sign (<c>-0.000</c>), as in Java. NaN and infinities are shown as
/// Java's <c>Double.toString</c> shows them.
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
        var digits = DecimalDigits.Of(value);
        if (digits.Negative)
        {
            text.Append('-');
        }
        var (integer, fraction) = RoundHalfEven(digits, value, maximum);
        text.Append(integer);
        var length = fraction.Length;
        while (length > Math.Max(0, minimumFractionDigits) && fraction[length - 1] == '0')
        {
            length--;
        }
        if (length > 0)
        {
            text.Append('.').Append(fraction, 0, length);
        }
    }

    /// <summary>The integer digits and exactly <paramref name="fractionDigits"/> fraction digits after half-even rounding.</summary>
    private static (string Integer, string Fraction) RoundHalfEven(DecimalDigits digits, double value, int fractionDigits)
    {
        var keep = digits.PointPosition + fractionDigits;
        var kept = keep <= 0 ? "" : keep >= digits.Digits.Length ? digits.Digits.PadRight(keep, '0') : digits.Digits[..keep];
        if (keep >= 0 && keep < digits.Digits.Length && RoundsUp(digits, value, keep, kept))
        {
            kept = DecimalDigits.Increment(kept.Length == 0 ? "0" : kept);
        }
        kept = kept.PadLeft(fractionDigits + 1, '0');
        var split = kept.Length - fractionDigits;
        return (kept[..split].TrimStart('0') is { Length: > 0 } integer ? integer : "0", kept[split..]);
    }

    /// <summary>Java's <c>DigitList.shouldRoundUp</c> for HALF_EVEN when dropping the digits from <paramref name="cut"/> on.</summary>
    private static bool RoundsUp(DecimalDigits digits, double value, int cut, string kept)
    {
        var first = digits.Digits[cut];
        if (first != '5')
        {
            return first > '5';
        }
        if (cut < digits.Digits.Length - 1)
        {
            return true;
        }
        var comparison = CompareExact(Math.Abs(value), digits);
        return comparison != 0 ? comparison > 0 : kept.Length > 0 && (kept[^1] - '0') % 2 != 0;
    }

    /// <summary>The sign of (exact binary value - the decimal digits' value), by exact integer arithmetic.</summary>
    private static int CompareExact(double magnitude, DecimalDigits digits)
    {
        var bits = BitConverter.DoubleToInt64Bits(magnitude);
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
        var binaryExponent = biased - 1075;
        var decimalExponent = digits.PointPosition - digits.Digits.Length;
        var binary = new BigInteger(mantissa);
        var decimalValue = BigInteger.Parse(digits.Digits, System.Globalization.CultureInfo.InvariantCulture);
        // scale both to integers: binary * 2^e2 versus decimal * 10^e10
        if (binaryExponent >= 0)
        {
            binary <<= binaryExponent;
        }
        else
        {
            decimalValue <<= -binaryExponent;
        }
        if (decimalExponent >= 0)
        {
            decimalValue *= BigInteger.Pow(10, decimalExponent);
        }
        else
        {
            binary *= BigInteger.Pow(10, -decimalExponent);
        }
        return binary.CompareTo(decimalValue);
    }
}

using System.Globalization;

namespace DmlNet.Runtime.Formatting;

/// <summary>
/// The decimal digits Java shows for a double (<c>Double.toString</c>, <c>String.format</c>,
/// <c>DecimalFormat</c>): the shortest digits that identify it, as .NET's round-trip format gives
/// them, except that Java never shows a single digit where two are closer to the value (JDK 19+
/// rule; it only matters for subnormals: <c>Double.MIN_VALUE</c> is <c>4.9E-324</c>, not <c>5E-324</c>).
/// value = 0.d1d2d3... x 10^<see cref="PointPosition"/>.
/// </summary>
internal readonly record struct DecimalDigits(bool Negative, string Digits, int PointPosition)
{
    /// <summary>The digits of a finite double (zero gives "0" with point position 1).</summary>
    public static DecimalDigits Of(double value)
    {
        var negative = double.IsNegative(value);
        if (value == 0)
        {
            return new DecimalDigits(negative, "0", 1);
        }
        var text = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        if (!text.Contains('.') && text.Contains('E'))
        {
            // One significant digit: take the two-digit decimal nearest to the value (the same for all normal doubles).
            text = Math.Abs(value).ToString("E1", CultureInfo.InvariantCulture);
        }
        var exponent = 0;
        var e = text.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }
        var point = text.IndexOf('.');
        var integerDigits = point < 0 ? text.Length : point;
        var digits = point < 0 ? text : text.Remove(point, 1);
        var leadingZeros = 0;
        while (leadingZeros < digits.Length - 1 && digits[leadingZeros] == '0')
        {
            leadingZeros++;
        }
        digits = digits[leadingZeros..].TrimEnd('0');
        if (digits.Length == 0)
        {
            digits = "0";
        }
        return new DecimalDigits(negative, digits, integerDigits - leadingZeros + exponent);
    }

    /// <summary>
    /// Rounds half-up to <paramref name="fractionDigits"/> digits after the point (Java's Formatter rule
    /// for <c>%f</c>); returns the integer and fraction parts as digit strings.
    /// </summary>
    public (string Integer, string Fraction) RoundHalfUp(int fractionDigits)
    {
        var keep = PointPosition + fractionDigits;
        var scaled = keep <= 0 ? "0" : keep >= Digits.Length ? Digits.PadRight(keep, '0') : Digits[..keep];
        if (keep >= 0 && keep < Digits.Length && Digits[keep] >= '5')
        {
            scaled = Increment(scaled);
        }
        scaled = scaled.PadLeft(fractionDigits + 1, '0');
        var split = scaled.Length - fractionDigits;
        return (scaled[..split], scaled[split..]);
    }

    /// <summary>A decimal digit string plus one.</summary>
    public static string Increment(string digits)
    {
        var chars = digits.ToCharArray();
        for (var i = chars.Length - 1; i >= 0; i--)
        {
            if (chars[i] != '9')
            {
                chars[i]++;
                return new string(chars);
            }
            chars[i] = '0';
        }
        return "1" + new string(chars);
    }
}

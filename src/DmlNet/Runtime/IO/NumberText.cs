using System.Globalization;

namespace DmlNet.Runtime.IO;

/// <summary>
/// Parses the numbers of text data files: decimal and scientific notation (invariant culture),
/// plus the spellings of non-finite values that Java, R and NumPy write (<c>NaN</c>,
/// <c>Infinity</c>, <c>-Infinity</c>, <c>Inf</c>, <c>-inf</c>..., any case).
/// </summary>
public static class NumberText
{
    /// <summary>Parses a double; false when the text is not a number.</summary>
    public static bool TryParseDouble(ReadOnlySpan<char> text, out double value)
    {
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }
        var negative = text.Length > 0 && text[0] == '-';
        var body = text.Length > 0 && text[0] is '-' or '+' ? text[1..] : text;
        if (body.Equals("inf", StringComparison.OrdinalIgnoreCase) || body.Equals("infinity", StringComparison.OrdinalIgnoreCase))
        {
            value = negative ? double.NegativeInfinity : double.PositiveInfinity;
            return true;
        }
        if (body.Equals("nan", StringComparison.OrdinalIgnoreCase))
        {
            value = double.NaN;
            return true;
        }
        return false;
    }

    /// <summary>Parses a whole number written without a fraction or exponent; false otherwise.</summary>
    public static bool TryParseLong(ReadOnlySpan<char> text, out long value) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
}

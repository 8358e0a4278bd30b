using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DmlNet.Runtime.Data;
using ValueType = DmlNet.Semantics.ValueType;

namespace DmlNet.Runtime.Formatting;

/// <summary>
/// Java's <c>String.format</c> for DML's <c>print(format, args...)</c>: specifiers
/// <c>%[index$][flags][width][.precision]conversion</c> with conversions b, h, s, c, d, o, x, e, f,
/// g, and %, n, checked as Java checks them (<see cref="JavaFormatRules"/>). As in Java (SystemDS passes a
/// Long, Double, Boolean or String), an int scalar is a Long and a double a Double, so <c>%d</c> with a
/// double (or <c>%f</c> with an int) is an error, and <c>%c</c>, which Java accepts only for Character,
/// Byte, Short and Integer, fails for every value.
/// </summary>
public static partial class JavaStringFormat
{
    [GeneratedRegex(@"%(\d+\$|<)?([-#+ 0,(]*)(\d+)?(\.\d+)?([a-zA-Z%])")]
    private static partial Regex Specifier();

    /// <summary>Formats <paramref name="arguments"/> into <paramref name="format"/>.</summary>
    public static string Format(string format, IReadOnlyList<ScalarValue> arguments)
    {
        var text = new StringBuilder();
        var position = 0;
        var nextArgument = 0;
        var lastArgument = -1;
        foreach (Match match in Specifier().Matches(format))
        {
            CheckLiteral(format, position, match.Index);
            text.Append(format, position, match.Index - position);
            position = match.Index + match.Length;
            var conversion = match.Groups[5].Value[0];
            var precision = match.Groups[4].Success ? int.Parse(match.Groups[4].Value[1..], CultureInfo.InvariantCulture) : (int?)null;
            JavaFormatRules.Check(match.Value, conversion, match.Groups[2].Value, match.Groups[3].Value, precision);
            if (conversion == '%')
            {
                text.Append(Pad("%", match.Groups[2].Value, match.Groups[3].Value));
                continue;
            }
            if (conversion == 'n')
            {
                text.Append('\n');
                continue;
            }
            var index = match.Groups[1].Value switch
            {
                "" => nextArgument++,
                "<" => lastArgument,
                var explicitIndex => int.Parse(explicitIndex.TrimEnd('$'), CultureInfo.InvariantCulture) - 1,
            };
            if (index < 0 || index >= arguments.Count)
            {
                throw new DmlRuntimeException($"print(): no argument for the format specifier '{match.Value}'");
            }
            lastArgument = index;
            text.Append(Convert(match.Value, conversion, match.Groups[2].Value, match.Groups[3].Value, precision, arguments[index]));
        }
        CheckLiteral(format, position, format.Length);
        text.Append(format, position, format.Length - position);
        return text.ToString();
    }

    private static void CheckLiteral(string format, int start, int end)
    {
        var stray = format.IndexOf('%', start, end - start);
        if (stray >= 0)
        {
            throw new DmlRuntimeException($"print(): malformed format specifier at '{format[stray..Math.Min(format.Length, stray + 3)]}'");
        }
    }

    private static string Convert(string specifier, char conversion, string flags, string width, int? precision, ScalarValue value)
    {
        var upper = char.IsUpper(conversion);
        string body = char.ToLowerInvariant(conversion) switch
        {
            'b' => Truncate(value.ValueType == ValueType.Boolean ? (value.AsBoolean() ? "true" : "false") : "true", precision),
            's' => Truncate(JavaString(value), precision),
            'h' => Truncate(JavaHashCode.Hex(value), precision),
            'c' => throw Mismatch(specifier, value),
            'd' => Integer(specifier, value, flags, 10),
            'o' => Integer(specifier, value, flags, 8),
            'x' => Integer(specifier, value, flags, 16),
            'e' => Floating(specifier, value, flags, precision ?? 6, 'e'),
            'f' => Floating(specifier, value, flags, precision ?? 6, 'f'),
            'g' => Floating(specifier, value, flags, precision ?? 6, 'g'),
            _ => throw new DmlRuntimeException($"print(): unknown format conversion '{conversion}' in '{specifier}'"),
        };
        if (upper)
        {
            body = body.ToUpperInvariant();
        }
        var nonFinite = value.ValueType == ValueType.Double && !double.IsFinite(value.AsDouble());
        return Pad(body, nonFinite ? flags.Replace("0", "", StringComparison.Ordinal) : flags, width);
    }

    /// <summary>How Java's <c>String.valueOf</c> shows a DML scalar: doubles as <c>Double.toString</c>, booleans lowercase.</summary>
    private static string JavaString(ScalarValue value) => value.ValueType switch
    {
        ValueType.Boolean => value.AsBoolean() ? "true" : "false",
        _ => ScalarFormat.ToString(value),
    };

    private static string Truncate(string text, int? precision) => precision is { } p && p < text.Length ? text[..p] : text;

    private static string Integer(string specifier, ScalarValue value, string flags, int radix)
    {
        if (value.ValueType != ValueType.Int)
        {
            throw Mismatch(specifier, value);
        }
        var number = value.Long;
        if (radix != 10)
        {
            var digits = radix == 16 ? number.ToString("x", CultureInfo.InvariantCulture) : System.Convert.ToString(number, 8);
            return (flags.Contains('#') ? (radix == 16 ? "0x" : "0") : "") + digits;
        }
        var magnitude = number == long.MinValue ? "9223372036854775808" : Math.Abs(number).ToString(CultureInfo.InvariantCulture);
        if (flags.Contains(','))
        {
            magnitude = Group(magnitude);
        }
        return Signed(magnitude, number < 0, flags);
    }

    private static string Floating(string specifier, ScalarValue value, string flags, int precision, char style)
    {
        if (value.ValueType != ValueType.Double)
        {
            throw Mismatch(specifier, value);
        }
        var number = value.AsDouble();
        if (double.IsNaN(number))
        {
            return "NaN";
        }
        if (double.IsInfinity(number))
        {
            return Signed("Infinity", number < 0, flags);
        }
        var digits = DecimalDigits.Of(number);
        var magnitude = style switch
        {
            'f' => Fixed(digits, precision, flags),
            'e' => Scientific(digits, precision),
            _ => General(digits, number, precision, flags),
        };
        return Signed(magnitude, digits.Negative, flags);
    }

    private static string Fixed(DecimalDigits digits, int precision, string flags)
    {
        var (integer, fraction) = digits.RoundHalfUp(precision);
        if (flags.Contains(','))
        {
            integer = Group(integer);
        }
        return precision == 0 && !flags.Contains('#') ? integer : $"{integer}.{fraction}";
    }

    private static string Scientific(DecimalDigits digits, int precision)
    {
        if (digits.Digits == "0")
        {
            return (precision > 0 ? "0." + new string('0', precision) : "0") + "e+00";
        }
        var exponent = digits.PointPosition - 1;
        var mantissa = digits with { PointPosition = 1 };
        var (integer, fraction) = mantissa.RoundHalfUp(precision);
        if (integer.Length > 1)
        {
            exponent++;
            (integer, fraction) = ("1", new string('0', precision));
        }
        var sign = exponent < 0 ? "-" : "+";
        var body = precision > 0 ? $"{integer}.{fraction}" : integer;
        return $"{body}e{sign}{Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture)}";
    }

    /// <summary>
    /// <c>%g</c>: rounded half-up to <paramref name="precision"/> significant digits (at least 1); the
    /// rounded value in [10^-4, 10^precision) is written as <c>%f</c>, otherwise as <c>%e</c> (Java's rule).
    /// </summary>
    private static string General(DecimalDigits digits, double number, int precision, string flags)
    {
        var p = precision == 0 ? 1 : precision;
        if (number == 0)
        {
            return Fixed(digits, p - 1, flags);
        }
        var (integer, _) = (digits with { PointPosition = 1 }).RoundHalfUp(p - 1);
        var exponent = digits.PointPosition - 1 + (integer.Length > 1 ? 1 : 0);
        return exponent < -4 || exponent >= p ? Scientific(digits, p - 1) : Fixed(digits, p - 1 - exponent, flags);
    }

    private static string Signed(string magnitude, bool negative, string flags)
    {
        if (negative)
        {
            return flags.Contains('(') ? $"({magnitude})" : "-" + magnitude;
        }
        return flags.Contains('+') ? "+" + magnitude : flags.Contains(' ') ? " " + magnitude : magnitude;
    }

    private static string Group(string digits)
    {
        var text = new StringBuilder();
        for (var i = 0; i < digits.Length; i++)
        {
            if (i > 0 && (digits.Length - i) % 3 == 0)
            {
                text.Append(',');
            }
            text.Append(digits[i]);
        }
        return text.ToString();
    }

    private static string Pad(string body, string flags, string width)
    {
        if (width.Length == 0)
        {
            return body;
        }
        var total = int.Parse(width, CultureInfo.InvariantCulture);
        if (body.Length >= total)
        {
            return body;
        }
        if (flags.Contains('-'))
        {
            return body.PadRight(total);
        }
        if (flags.Contains('0'))
        {
            var signLength = body.Length > 0 && body[0] is '-' or '+' or ' ' or '(' ? 1 : 0;
            return body[..signLength] + body[signLength..].PadLeft(total - signLength, '0');
        }
        return body.PadLeft(total);
    }

    private static DmlRuntimeException Mismatch(string specifier, ScalarValue value) =>
        new($"print(): the format specifier '{specifier}' does not accept the {value.ValueType.ToString().ToLowerInvariant()} value {ScalarFormat.ToString(value)}");
}

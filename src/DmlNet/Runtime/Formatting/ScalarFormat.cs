using System.Globalization;
using DmlNet.Runtime.Data;
using ValueType = DmlNet.Semantics.ValueType;

namespace DmlNet.Runtime.Formatting;

/// <summary>The text of scalars as DML prints and concatenates them (Java conventions: <c>1.0</c>, <c>1.0E7</c>, <c>TRUE</c>).</summary>
public static class ScalarFormat
{
    /// <summary>The text of a scalar of any value type.</summary>
    public static string ToString(ScalarValue value) => value.ValueType switch
    {
        ValueType.String => value.Text!,
        ValueType.Int => value.Long.ToString(CultureInfo.InvariantCulture),
        ValueType.Boolean => value.AsBoolean() ? "TRUE" : "FALSE",
        _ => FormatDouble(value.AsDouble()),
    };

    /// <summary>
    /// Java's <c>Double.toString</c>: the shortest round-trip digits, plain between 10^-3 and 10^7
    /// (<c>0.001</c>, <c>100.0</c>), otherwise computerized scientific notation (<c>1.0E7</c>, <c>1.0E-4</c>).
    /// </summary>
    public static string FormatDouble(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }
        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        var d = DecimalDigits.Of(value);
        var sign = d.Negative ? "-" : "";
        if (value == 0)
        {
            return sign + "0.0";
        }
        var exponent = d.PointPosition - 1;
        if (exponent is >= -3 and < 7)
        {
            if (exponent >= 0)
            {
                var digits = d.Digits.PadRight(exponent + 1, '0');
                var fraction = digits.Length > exponent + 1 ? digits[(exponent + 1)..] : "0";
                return $"{sign}{digits[..(exponent + 1)]}.{fraction}";
            }
            return $"{sign}0.{new string('0', -exponent - 1)}{d.Digits}";
        }
        var mantissaFraction = d.Digits.Length > 1 ? d.Digits[1..] : "0";
        return $"{sign}{d.Digits[0]}.{mantissaFraction}E{exponent.ToString(CultureInfo.InvariantCulture)}";
    }
}

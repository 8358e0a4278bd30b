using System.Globalization;
using DmlNet.Runtime.Data;
using DmlNet.Runtime.Formatting;
using ValueType = DmlNet.Semantics.ValueType;

namespace DmlNet.Runtime.Frames;

/// <summary>
/// Frame cells as text and back: how files store them and how a string becomes a typed cell.
/// Text follows Java, as SystemDS writes frames: doubles as <c>Double.toString</c> (<c>1.0</c>),
/// booleans as <c>true</c>/<c>false</c>.
/// </summary>
public static class FrameCellText
{
    /// <summary>The text of a cell in files and transform tokens (strings unchanged).</summary>
    public static string Format(ScalarValue cell) => cell.ValueType switch
    {
        ValueType.Boolean => cell.AsBoolean() ? "true" : "false",
        _ => ScalarFormat.ToString(cell),
    };

    /// <summary>
    /// Parses <paramref name="text"/> as a cell of <paramref name="type"/>: doubles with Java's spellings
    /// (<c>NaN</c>, <c>Infinity</c>, also <c>Inf</c>), ints as whole numbers (<c>3</c> or <c>3.0</c>),
    /// booleans as <c>true/false</c>, <c>t/f</c> or <c>1/0</c> in any case. False when the text does not fit.
    /// </summary>
    public static bool TryParse(string text, ValueType type, out ScalarValue cell)
    {
        cell = ScalarValue.Of(text);
        switch (type)
        {
            case ValueType.Double when TryParseDouble(text, out var d):
                cell = ScalarValue.Of(d);
                return true;
            case ValueType.Int when long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l):
                cell = ScalarValue.Of(l);
                return true;
            case ValueType.Int when TryParseDouble(text, out var whole) && whole == Math.Floor(whole) && Math.Abs(whole) < 9.2e18:
                cell = ScalarValue.Of((long)whole);
                return true;
            case ValueType.Boolean when TryParseBoolean(text, out var b):
                cell = ScalarValue.Of(b);
                return true;
            case ValueType.String:
                return true;
            default:
                return false;
        }
    }

    /// <summary>Parses a cell or fails with a message naming <paramref name="where"/> (e.g. the file and line).</summary>
    public static ScalarValue Parse(string text, ValueType type, string where) => TryParse(text, type, out var cell)
        ? cell
        : throw new DmlRuntimeException($"{where}: '{text}' is not a valid {FrameSchema.Name(type)} value");

    /// <summary>A double in Java's or .NET's spelling; false when not a number.</summary>
    public static bool TryParseDouble(string text, out double value)
    {
        var trimmed = text.Trim();
        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }
        value = trimmed switch
        {
            "Inf" or "+Inf" => double.PositiveInfinity,
            "-Inf" => double.NegativeInfinity,
            _ => double.NaN,
        };
        return !double.IsNaN(value);
    }

    private static bool TryParseBoolean(string text, out bool value)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "true" or "t" or "1" or "1.0":
                value = true;
                return true;
            case "false" or "f" or "0" or "0.0":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }
}

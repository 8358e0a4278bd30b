using System.Globalization;

namespace DmlNet.Semantics;

/// <summary>Types the text of a <c>-args</c>/<c>-nvargs</c> value as DML does: long, else double, else TRUE/FALSE, else string.</summary>
public static class CommandLineValues
{
    /// <summary>The typed constant for <paramref name="text"/> (quotes around a string are stripped).</summary>
    public static object Parse(string text)
    {
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
        {
            return l;
        }
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
        {
            return d;
        }
        if (text is "TRUE" or "FALSE")
        {
            return text == "TRUE";
        }
        if (text.Length >= 2 && (text[0] == '"' || text[0] == '\'') && text[^1] == text[0])
        {
            return text[1..^1];
        }
        return text;
    }
}

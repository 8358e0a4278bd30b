using DmlNet.Runtime.Data;
using DmlNet.Runtime.Formatting;

namespace DmlNet.Runtime.IO;

/// <summary>
/// Scalar files: the value's text as DML prints it (<c>1.5</c>, <c>3</c>, <c>TRUE</c>, a string
/// as it is), without a line break. Reading removes one trailing line break; numbers and booleans
/// may be surrounded by blanks.
/// </summary>
public static class ScalarFile
{
    /// <summary>The text written for <paramref name="value"/>.</summary>
    public static string Text(ScalarValue value) => ScalarFormat.ToString(value);

    /// <summary>Reads <paramref name="path"/> as a scalar of <paramref name="valueType"/> (double, int, boolean or string).</summary>
    public static ScalarValue Read(string path, string valueType)
    {
        var text = File.ReadAllText(path);
        if (text.EndsWith("\r\n", StringComparison.Ordinal))
        {
            text = text[..^2];
        }
        else if (text.EndsWith('\n'))
        {
            text = text[..^1];
        }
        if (valueType == "string")
        {
            return ScalarValue.Of(text);
        }
        var trimmed = text.Trim();
        switch (valueType)
        {
            case "int" when NumberText.TryParseLong(trimmed, out var whole):
                return ScalarValue.Of(whole);
            case "boolean" when trimmed.Equals("true", StringComparison.OrdinalIgnoreCase):
                return ScalarValue.True;
            case "boolean" when trimmed.Equals("false", StringComparison.OrdinalIgnoreCase):
                return ScalarValue.False;
            case "double" when NumberText.TryParseDouble(trimmed, out var number):
                return ScalarValue.Of(number);
            default:
                var shown = trimmed.Length > 40 ? trimmed[..40] + "..." : trimmed;
                throw DataFileErrors.InFile(path, $"expected a{(valueType == "int" ? "n" : "")} {valueType} scalar, found '{shown}'");
        }
    }
}

using DmlNet.Runtime.Data;

namespace DmlNet.Runtime.Formatting;

/// <summary>The text <c>print</c> and <c>toString</c> show for a value of any data type.</summary>
public static class ValueText
{
    /// <summary>Scalars as Java prints them, matrices, frames and lists via <c>toString</c> with <paramref name="layout"/>.</summary>
    public static string Of(DmlValue value, TextLayout? layout = null)
    {
        layout ??= TextLayout.Default;
        return value switch
        {
            ScalarValue s => ScalarFormat.ToString(s),
            MatrixValue m => MatrixFormat.ToString(m.Block, layout),
            FrameValue f => FrameFormat.ToString(f.Block, layout),
            ListValue l => ListFormat.ToString(l, layout),
            _ => throw new DmlRuntimeException($"cannot show a {value.DataType.ToString().ToLowerInvariant()} as text"),
        };
    }
}

using System.Text;
using DmlNet.Runtime.Data;

namespace DmlNet.Runtime.Formatting;

/// <summary>
/// <c>toString</c> of a list as SystemDS writes it: <c>List containing:</c>, then the elements in
/// brackets separated by <c>", "</c>, matrices introduced by a <c>Matrix:</c> line, scalars as
/// print shows them. As in SystemDS, a nested list is shown with the row and column limits
/// swapped, and an empty list as <c>List containing:]</c>.
/// </summary>
public static class ListFormat
{
    /// <summary>The text of a list with the default layout.</summary>
    public static string ToString(ListValue list) => ToString(list, TextLayout.Default);

    /// <summary>The text of a list.</summary>
    public static string ToString(ListValue list, TextLayout layout)
    {
        var text = new StringBuilder("List containing:\n[");
        foreach (var element in list.Elements)
        {
            switch (element)
            {
                case MatrixValue m:
                    text.Append("\nMatrix:\n").Append(MatrixFormat.ToString(m.Block, layout));
                    break;
                case ListValue l:
                    text.Append(ToString(l, layout with { Rows = layout.Columns, Columns = layout.Rows }));
                    break;
                case ScalarValue s:
                    text.Append(ScalarFormat.ToString(s));
                    break;
                default:
                    text.Append('\n').Append(ValueText.Of(element, layout));
                    break;
            }
            text.Append(", ");
        }
        text.Length -= 2;
        text.Append(']');
        return text.ToString();
    }
}

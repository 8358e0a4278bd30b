using System.Text;
using DmlNet.Runtime.Frames;
using ValueType = DmlNet.Semantics.ValueType;

namespace DmlNet.Runtime.Formatting;

/// <summary>
/// <c>toString</c> of a frame as SystemDS writes it: <c># FRAME: nrow = R, ncol = C</c>, then <c>#</c>,
/// the separator and the column names joined by the separator, the same for the schema names
/// (<c>STRING FP64 INT64 BOOLEAN</c>), then the rows: FP64 cells with the matrix
/// <see cref="DecimalFormat"/>, booleans <c>TRUE</c>/<c>FALSE</c>, missing cells <c>null</c>. Every line
/// ends with the line separator; the row and column limits cut the names, schema and rows (the header
/// line keeps the full size); the sparse option does not apply to frames.
/// </summary>
public static class FrameFormat
{
    /// <summary>The text of a frame with the default layout.</summary>
    public static string ToString(FrameBlock frame) => ToString(frame, TextLayout.Default);

    /// <summary>The text of a frame.</summary>
    public static string ToString(FrameBlock frame, TextLayout layout)
    {
        var rows = layout.Rows < 0 ? frame.Rows : Math.Min(layout.Rows, frame.Rows);
        var columns = layout.Columns < 0 ? frame.ColumnCount : Math.Min(layout.Columns, frame.ColumnCount);
        var text = new StringBuilder();
        text.Append("# FRAME: nrow = ").Append(frame.Rows).Append(", ncol = ").Append(frame.ColumnCount).Append(layout.LineSeparator);
        text.Append('#').Append(layout.Separator)
            .AppendJoin(layout.Separator, Enumerable.Range(0, columns).Select(frame.ColumnName)).Append(layout.LineSeparator);
        text.Append('#').Append(layout.Separator)
            .AppendJoin(layout.Separator, frame.Schema.Take(columns).Select(FrameSchema.Name)).Append(layout.LineSeparator);
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                if (j > 0)
                {
                    text.Append(layout.Separator);
                }
                AppendCell(text, frame, i, j, layout.Decimal);
            }
            text.Append(layout.LineSeparator);
        }
        return text.ToString();
    }

    private static void AppendCell(StringBuilder text, FrameBlock frame, int row, int column, int decimals)
    {
        var cell = frame.Get(row, column);
        if (cell is null)
        {
            text.Append("null");
        }
        else if (cell.ValueType == ValueType.Double)
        {
            DecimalFormat.Append(text, cell.AsDouble(), decimals);
        }
        else
        {
            text.Append(ScalarFormat.ToString(cell));
        }
    }
}

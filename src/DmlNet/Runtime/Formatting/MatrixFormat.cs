using System.Text;
using DmlNet.Runtime.Data;

namespace DmlNet.Runtime.Formatting;

/// <summary>The options of DML's <c>toString</c> (defaults as <c>print</c> uses them).</summary>
public sealed record TextLayout(int Rows = 100, int Columns = 100, int Decimal = 3, bool Sparse = false, string Separator = " ",
    string LineSeparator = "\n")
{
    /// <summary>The defaults.</summary>
    public static TextLayout Default { get; } = new();
}

/// <summary>
/// <c>toString</c> of a matrix: at most <see cref="TextLayout.Rows"/> x <see cref="TextLayout.Columns"/>
/// cells, each with <see cref="TextLayout.Decimal"/> decimals, separated by the separator, every row
/// ending with the line separator; the sparse layout lists <c>i j v</c> of the non-zeros instead.
/// </summary>
public static class MatrixFormat
{
    /// <summary>The text of a matrix with the default layout.</summary>
    public static string ToString(MatrixBlock block) => ToString(block, TextLayout.Default);

    /// <summary>The text of a matrix.</summary>
    public static string ToString(MatrixBlock block, TextLayout layout)
    {
        var text = new StringBuilder();
        var rows = layout.Rows < 0 ? block.Rows : Math.Min(layout.Rows, block.Rows);
        var columns = layout.Columns < 0 ? block.Columns : Math.Min(layout.Columns, block.Columns);
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                var value = block.Get(i, j);
                if (layout.Sparse)
                {
                    if (value != 0)
                    {
                        text.Append(i + 1).Append(layout.Separator).Append(j + 1).Append(layout.Separator);
                        DecimalFormat.Append(text, value, layout.Decimal);
                        text.Append(layout.LineSeparator);
                    }
                    continue;
                }
                DecimalFormat.Append(text, value == 0 ? 0.0 : value, layout.Decimal);
                if (j < columns - 1)
                {
                    text.Append(layout.Separator);
                }
            }
            if (!layout.Sparse && columns > 0)
            {
                text.Append(layout.LineSeparator);
            }
        }
        return text.ToString();
    }
}

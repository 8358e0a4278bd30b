using System.Globalization;
using System.Text;
using DmlNet.Runtime.Data;
using DmlNet.Runtime.Formatting;

namespace DmlNet.Runtime.IO;

/// <summary>
/// Writes the <c>text</c> format: one <c>row column value</c> line per non-zero (1-based, row by
/// row, values as Java's <c>Double.toString</c>; NaN counts as non-zero), or the single line
/// <c>0 0 0</c> for a matrix without non-zeros.
/// </summary>
public static class TextCellWriter
{
    /// <summary>Writes the block to <paramref name="writer"/>.</summary>
    public static void Write(MatrixBlock block, TextWriter writer)
    {
        if (WriteCells(block, writer) == 0)
        {
            writer.Write("0 0 0\n");
        }
    }

    /// <summary>Writes one <c>row column value</c> line per non-zero, row by row; returns how many.</summary>
    public static long WriteCells(MatrixBlock block, TextWriter writer)
    {
        var line = new StringBuilder();
        long written = 0;
        void Cell(int i, int j, double value)
        {
            line.Clear()
                .Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append(' ')
                .Append((j + 1).ToString(CultureInfo.InvariantCulture)).Append(' ')
                .Append(ScalarFormat.FormatDouble(value)).Append('\n');
            writer.Write(line);
            written++;
        }
        if (block.Sparse is { } sparse)
        {
            for (var i = 0; i < block.Rows; i++)
            {
                for (var k = sparse.RowStart[i]; k < sparse.RowStart[i + 1]; k++)
                {
                    Cell(i, sparse.ColumnIndexes[k], sparse.Values[k]);
                }
            }
            return written;
        }
        var dense = block.Dense!;
        for (var i = 0; i < block.Rows; i++)
        {
            var offset = (long)i * block.Columns;
            for (var j = 0; j < block.Columns; j++)
            {
                var value = dense[offset + j];
                if (value != 0)
                {
                    Cell(i, j, value);
                }
            }
        }
        return written;
    }
}

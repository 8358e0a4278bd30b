using DmlNet.Runtime.Data;

namespace DmlNet.Runtime.IO;

/// <summary>
/// Reads the <c>text</c> format: one <c>row column value</c> line (1-based, separated by blanks)
/// per non-zero, in any order; the line <c>0 0 0</c> (written for matrices without non-zeros)
/// is skipped. The dimensions come from the arguments or the .mtd file.
/// </summary>
public static class TextCellReader
{
    /// <summary>Reads <paramref name="path"/> as a <paramref name="rows"/> x <paramref name="columns"/> matrix.</summary>
    public static MatrixBlock Read(string path, long rows, long columns)
    {
        var rowCount = MatrixDimensions.Require(path, rows, "rows", "text");
        var columnCount = MatrixDimensions.Require(path, columns, "cols", "text");
        var cells = new CellCollector();
        Span<Range> fields = stackalloc Range[3];
        foreach (var (line, number) in TextLines.Read(path))
        {
            var text = line.AsSpan();
            var count = TextLines.SplitBlanks(text, fields);
            if (count == 0)
            {
                continue;
            }
            if (count != 3)
            {
                throw DataFileErrors.AtLine(path, number, $"expected 'row column value', found {(count > 3 ? "more than 3" : count)} fields");
            }
            var i = CellIndex(path, number, text[fields[0]], "row", rowCount);
            var j = CellIndex(path, number, text[fields[1]], "column", columnCount);
            var value = CellValue(path, number, text[fields[2]]);
            if (i < 0 || j < 0)
            {
                if (i < 0 && j < 0 && value == 0)
                {
                    continue;
                }
                throw DataFileErrors.AtLine(path, number, "indexes are 1-based; only the line '0 0 0' may use 0");
            }
            cells.Add(i, j, value);
        }
        return cells.ToBlock(rowCount, columnCount);
    }

    /// <summary>A 1-based index made 0-based (-1 for the index 0); an error when it is no whole number or beyond <paramref name="limit"/>.</summary>
    public static int CellIndex(string path, long line, ReadOnlySpan<char> text, string what, int limit)
    {
        if (!NumberText.TryParseLong(text, out var index))
        {
            throw DataFileErrors.AtLine(path, line, $"the {what} index '{text}' is not a whole number");
        }
        if (index < 0 || index > limit)
        {
            throw DataFileErrors.AtLine(path, line, $"{what} index {index} is outside the declared {limit} {what}s");
        }
        return (int)index - 1;
    }

    /// <summary>A cell value; an error naming the line when it is not a number.</summary>
    public static double CellValue(string path, long line, ReadOnlySpan<char> text) =>
        NumberText.TryParseDouble(text, out var value)
            ? value
            : throw DataFileErrors.AtLine(path, line, $"the value '{text}' is not a number");
}

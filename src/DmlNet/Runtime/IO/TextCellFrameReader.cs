using System.Globalization;
using DmlNet.Runtime.Data;
using DmlNet.Runtime.Frames;
using ValueType = DmlNet.Semantics.ValueType;

namespace DmlNet.Runtime.IO;

/// <summary>
/// Reads a frame in the text cell format: one <c>i j value</c> line per present cell (1-based, any
/// order); the value is the rest of the line after one blank, so strings may contain blanks. Cells not
/// listed are missing. The size comes from the read() arguments or the .mtd file.
/// </summary>
public static class TextCellFrameReader
{
    /// <summary>Reads a <paramref name="rows"/> x <paramref name="columns"/> frame from <paramref name="path"/>.</summary>
    public static FrameBlock Read(string path, IReadOnlyList<ValueType>? schema, long rows, long columns)
    {
        if (rows < 0 || columns < 0 || rows > int.MaxValue || columns > int.MaxValue)
        {
            throw new DmlRuntimeException($"{path}: a frame in text format needs rows and cols (as read() arguments or in the .mtd file)");
        }
        var types = schema ?? Enumerable.Repeat(ValueType.String, (int)columns).ToList();
        if (types.Count != columns)
        {
            throw new DmlRuntimeException($"{path}: the schema has {types.Count} types but the frame has {columns} columns");
        }
        var cells = Enumerable.Range(0, (int)columns).Select(_ => new ScalarValue?[rows]).ToArray();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            var text = line.TrimEnd('\r');
            if (text.Trim().Length == 0)
            {
                continue;
            }
            var parts = text.TrimStart().Split(' ', 3);
            if (parts.Length < 3 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var i)
                || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var j))
            {
                throw new DmlRuntimeException($"{path}:{lineNumber}: expected 'row column value', found '{text}'");
            }
            if (i < 1 || i > rows || j < 1 || j > columns)
            {
                throw new DmlRuntimeException($"{path}:{lineNumber}: cell ({i}, {j}) is outside the {rows} x {columns} frame");
            }
            cells[j - 1][i - 1] = FrameCellText.Parse(parts[2], types[j - 1], $"{path}:{lineNumber}");
        }
        return new FrameBlock((int)rows, cells.Select((c, j) => FrameColumn.FromCells(types[j], c)).ToList());
    }
}

using DmlNet.Api;
using DmlNet.Runtime.Frames;

namespace DmlNet.Tests.Runtime.Frames;

/// <summary>Small frames for the frame tests, built from text cells.</summary>
internal static class FrameTestData
{
    /// <summary>A frame from rows of text cells (null: missing) parsed by a schema.</summary>
    public static FrameBlock Frame(string?[][] rows, string? schema = null, params string[] names)
    {
        var columns = rows.Length == 0 ? schema?.Split(',').Length ?? 0 : rows[0].Length;
        var cells = new string?[rows.Length, columns];
        for (var i = 0; i < rows.Length; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                cells[i, j] = rows[i][j];
            }
        }
        return FrameData.FromStrings(cells, schema, names.Length == 0 ? null : names).Block;
    }

    /// <summary>The cells of a frame as display strings ("null" for missing), row by row.</summary>
    public static string[][] Texts(FrameBlock frame) => Enumerable.Range(0, frame.Rows)
        .Select(i => Enumerable.Range(0, frame.ColumnCount)
            .Select(j => frame.Get(i, j) is { } cell ? DmlNet.Runtime.Formatting.ScalarFormat.ToString(cell) : "null").ToArray())
        .ToArray();
}

using DmlNet.Runtime.Frames;

namespace DmlNet.Runtime.IO;

/// <summary>Writes a frame in the text cell format: <c>i j value</c> (1-based) for every present cell, row by row.</summary>
public static class TextCellFrameWriter
{
    /// <summary>Writes the frame to <paramref name="writer"/>.</summary>
    public static void Write(FrameBlock frame, TextWriter writer)
    {
        for (var i = 0; i < frame.Rows; i++)
        {
            for (var j = 0; j < frame.ColumnCount; j++)
            {
                if (frame.Get(i, j) is { } cell)
                {
                    writer.Write($"{i + 1} {j + 1} {FrameCellText.Format(cell)}\n");
                }
            }
        }
    }
}

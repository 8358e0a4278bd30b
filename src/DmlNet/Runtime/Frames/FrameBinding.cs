namespace DmlNet.Runtime.Frames;

/// <summary>cbind and rbind of frames.</summary>
public static class FrameBinding
{
    /// <summary>
    /// <c>cbind(F1, F2, ...)</c>: the columns side by side (equal row counts). The names stay the
    /// defaults when every input has default names; otherwise each input contributes its names
    /// (defaults numbered within that input), as SystemDS appends name arrays.
    /// </summary>
    public static FrameBlock Columns(IReadOnlyList<FrameBlock> frames)
    {
        var rows = frames[0].Rows;
        var mismatch = frames.FirstOrDefault(f => f.Rows != rows);
        if (mismatch is not null)
        {
            throw new DmlRuntimeException($"cbind() needs frames with the same number of rows, got {rows} and {mismatch.Rows}");
        }
        var names = frames.Any(f => f.HasExplicitNames) ? frames.SelectMany(f => f.ColumnNames).ToList() : null;
        var metadata = frames.Any(f => f.HasMetadata)
            ? frames.SelectMany(f => Enumerable.Range(0, f.ColumnCount).Select(f.ColumnMetadata)).ToList()
            : null;
        return new FrameBlock(rows, frames.SelectMany(f => f.Columns).ToList(), names, metadata);
    }

    /// <summary>
    /// <c>rbind(F1, F2, ...)</c>: the rows one below the other (equal column counts); each column gets
    /// the common type of its inputs (<see cref="FrameSchema.Common"/>); names and metadata of the first.
    /// </summary>
    public static FrameBlock Rows(IReadOnlyList<FrameBlock> frames)
    {
        var first = frames[0];
        var mismatch = frames.FirstOrDefault(f => f.ColumnCount != first.ColumnCount);
        if (mismatch is not null)
        {
            throw new DmlRuntimeException(
                $"rbind() needs frames with the same number of columns, got {first.ColumnCount} and {mismatch.ColumnCount}");
        }
        var columns = new List<FrameColumn>(first.ColumnCount);
        for (var j = 0; j < first.ColumnCount; j++)
        {
            var type = frames.Select(f => f.Columns[j].Type).Aggregate(FrameSchema.Common);
            columns.Add(FrameColumn.FromCells(type, frames.SelectMany(f => f.Columns[j].Cells()).ToList()));
        }
        return new FrameBlock(frames.Sum(f => f.Rows), columns, first.ExplicitNames, first.AllMetadata);
    }
}

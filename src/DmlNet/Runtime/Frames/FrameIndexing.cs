using DmlNet.Runtime.Data;

namespace DmlNet.Runtime.Frames;

/// <summary>Right and left indexing of frames; bounds are 0-based and inclusive, as in <see cref="Kernels.IndexingKernels"/>.</summary>
public static class FrameIndexing
{
    /// <summary><c>F[rl:ru, cl:cu]</c>: the selected cells with their column types, names and metadata.</summary>
    public static FrameBlock Slice(FrameBlock frame, int rl, int ru, int cl, int cu)
    {
        Check(frame, rl, ru, cl, cu);
        var rows = ru - rl + 1;
        var count = cu - cl + 1;
        var columns = frame.Columns.Skip(cl).Take(count).Select(c => c.Slice(rl, rows)).ToList();
        return new FrameBlock(rows, columns, frame.ExplicitNames?.Skip(cl).Take(count).ToList(),
            frame.AllMetadata?.Skip(cl).Take(count).ToList());
    }

    /// <summary>
    /// <c>F[rl:ru, cl:cu] = G</c>: a copy of <paramref name="frame"/> with the range replaced by the cells of
    /// <paramref name="value"/> (same shape). A column whose new cells have a wider type becomes that
    /// type (<see cref="FrameSchema.Common"/>), so no value is lost; names and metadata stay.
    /// </summary>
    public static FrameBlock LeftIndex(FrameBlock frame, int rl, int ru, int cl, int cu, FrameBlock value)
    {
        Check(frame, rl, ru, cl, cu);
        var rows = ru - rl + 1;
        var count = cu - cl + 1;
        if (value.Rows != rows || value.ColumnCount != count)
        {
            throw new DmlRuntimeException(
                $"left indexing selects {rows} x {count} cells but the assigned frame is {value.Rows} x {value.ColumnCount}");
        }
        return Replace(frame, rl, cl, count, j => value.Columns[j - cl], (i, j) => value.Get(i - rl, j - cl));
    }

    /// <summary><c>F[i, j] = s</c> for a single cell.</summary>
    public static FrameBlock LeftIndex(FrameBlock frame, int row, int column, ScalarValue value)
    {
        Check(frame, row, row, column, column);
        var single = FrameColumn.FromCells(value.ValueType, [value]);
        return Replace(frame, row, column, 1, _ => single, (_, _) => value);
    }

    private static FrameBlock Replace(FrameBlock frame, int rl, int cl, int count, Func<int, FrameColumn> source,
        Func<int, int, ScalarValue?> cell)
    {
        var rows = source(cl).Length;
        var columns = frame.Columns.ToArray();
        for (var j = cl; j < cl + count; j++)
        {
            var type = FrameSchema.Common(columns[j].Type, source(j).Type);
            var cells = columns[j].Cells().ToArray();
            for (var i = rl; i < rl + rows; i++)
            {
                cells[i] = cell(i, j);
            }
            columns[j] = FrameColumn.FromCells(type, cells);
        }
        return new FrameBlock(frame.Rows, columns, frame.ExplicitNames, frame.AllMetadata);
    }

    private static void Check(FrameBlock frame, int rl, int ru, int cl, int cu)
    {
        if (rl < 0 || ru >= frame.Rows || rl > ru || cl < 0 || cu >= frame.ColumnCount || cl > cu)
        {
            throw new DmlRuntimeException(
                $"index range [{rl + 1}:{ru + 1}, {cl + 1}:{cu + 1}] is out of bounds for a {frame.Rows} x {frame.ColumnCount} frame");
        }
    }
}

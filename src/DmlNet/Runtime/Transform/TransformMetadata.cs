using DmlNet.Runtime.Frames;

namespace DmlNet.Runtime.Transform;

/// <summary>
/// The metadata frame of transformencode, laid out as SystemDS lays it out: one STRING column per
/// input column with the input's names; a recoded column lists <c>token·code</c> entries (here in code
/// order; SystemDS follows its hash map), a binned column <c>min·max</c> per bin, other cells are
/// missing; as many rows as the longest list. The number of codes and the impute value of each
/// column go into the column metadata, where SystemDS keeps them too.
/// </summary>
internal static class TransformMetadata
{
    /// <summary>The metadata frame of <paramref name="frame"/> encoded with <paramref name="encodings"/>.</summary>
    public static FrameBlock Create(FrameBlock frame, IReadOnlyList<ColumnEncoding> encodings)
    {
        var entries = encodings.Select(e => e.MetadataEntries()).ToList();
        var rows = entries.Count == 0 ? 0 : entries.Max(e => e.Count);
        var columns = entries.Select(list => FrameColumn.OfStrings(
            Enumerable.Range(0, rows).Select(i => i < list.Count ? list[i] : null).ToList())).ToList();
        return new FrameBlock(rows, columns, frame.ColumnNames, encodings.Select(e => e.Metadata()).ToList());
    }
}

using DmlNet.Runtime.Data;
using DmlNet.Runtime.Frames;

namespace DmlNet.Runtime.Transform;

/// <summary>
/// transformencode, transformapply and transformcolmap. Each frame column becomes, in place, one
/// matrix column (its code, bin or number) or, when dummycoded, one column per code; missing cells
/// encode to NaN (all zeros when dummycoded) unless imputed; rows with a missing value in an omit
/// column are dropped. The recode maps, bins and impute values are built from all rows, omitted ones
/// included, as in SystemDS.
/// </summary>
internal static class TransformEncoder
{
    /// <summary><c>[X, M] = transformencode(target=F, spec=js)</c>.</summary>
    public static (MatrixBlock Encoded, FrameBlock Metadata) Encode(FrameBlock frame, string spec)
    {
        const string builtin = "transformencode";
        var parsed = TransformSpec.Parse(spec, frame.ColumnNames, builtin);
        var encodings = parsed.Columns.Select((c, j) => ColumnEncoding.Build(c, frame, j, builtin)).ToList();
        return (Apply(frame, encodings, builtin), TransformMetadata.Create(frame, encodings));
    }

    /// <summary><c>transformapply(target=F, spec=js, meta=M)</c>: the encoding with the recode maps, bins and impute values of M.</summary>
    public static MatrixBlock Apply(FrameBlock frame, string spec, FrameBlock meta)
    {
        const string builtin = "transformapply";
        if (meta.ColumnCount != frame.ColumnCount)
        {
            throw new DmlRuntimeException(
                $"{builtin}(): the metadata frame has {meta.ColumnCount} columns but the target has {frame.ColumnCount}");
        }
        var parsed = TransformSpec.Parse(spec, frame.ColumnNames, builtin);
        var encodings = parsed.Columns.Select((c, j) => ColumnEncoding.FromMetadata(c, meta, j, needImpute: true, builtin)).ToList();
        return Apply(frame, encodings, builtin);
    }

    /// <summary>
    /// <c>transformcolmap(target=M, spec=js)</c>: for each column its 1-based position and the first
    /// and last encoded column. As in SystemDS the target is the metadata frame (the widths of
    /// dummycoded columns come from its entries); a data frame also works, its distinct tokens or bins
    /// giving the widths.
    /// </summary>
    public static MatrixBlock ColumnMap(FrameBlock target, string spec)
    {
        const string builtin = "transformcolmap";
        var parsed = TransformSpec.Parse(spec, target.ColumnNames, builtin);
        var values = new double[target.ColumnCount * 3];
        var next = 1;
        for (var j = 0; j < target.ColumnCount; j++)
        {
            var column = parsed.Columns[j];
            var width = column.Dummycode ? DomainSize(column, target, j, builtin) : 1;
            values[j * 3] = j + 1;
            values[j * 3 + 1] = next;
            values[j * 3 + 2] = next + width - 1;
            next += width;
        }
        return MatrixBlock.FromDense(target.ColumnCount, 3, values);
    }

    private static int DomainSize(ColumnSpec column, FrameBlock target, int j, string builtin)
    {
        if (target.ColumnMetadata(j).DistinctCount >= 0)
        {
            return (int)target.ColumnMetadata(j).DistinctCount;
        }
        var present = target.Columns[j].Cells().Where(c => !TransformCells.IsMissing(c)).ToList();
        var isMetadata = present.Count > 0 && present.All(c => TransformCells.Token(c!).Contains(TransformCells.EntrySeparator));
        return isMetadata ? present.Count : ColumnEncoding.Build(column, target, j, builtin).DomainSize;
    }

    /// <summary>Encodes every kept row with the built encodings.</summary>
    private static MatrixBlock Apply(FrameBlock frame, IReadOnlyList<ColumnEncoding> encodings, string builtin)
    {
        var omit = encodings.Select((e, j) => (e, j)).Where(p => p.e.Spec.Omit).Select(p => p.j).ToList();
        var kept = Enumerable.Range(0, frame.Rows).Where(i => omit.All(j => !TransformCells.IsMissing(frame.Get(i, j)))).ToList();
        var width = encodings.Sum(e => e.Width);
        var values = new double[(long)kept.Count * width];
        var offset = 0;
        for (var j = 0; j < encodings.Count; j++)
        {
            var encoding = encodings[j];
            for (var r = 0; r < kept.Count; r++)
            {
                var code = encoding.Encode(frame.Get(kept[r], j), builtin);
                if (!encoding.Spec.Dummycode)
                {
                    values[(long)r * width + offset] = code;
                }
                else if (!double.IsNaN(code) && code >= 1 && code <= encoding.Width)
                {
                    values[(long)r * width + offset + (long)code - 1] = 1;
                }
            }
            offset += encoding.Width;
        }
        return MatrixBlock.FromDense(kept.Count, width, values).WithBestFormat();
    }
}

using DmlNet.Runtime.Data;
using DmlNet.Runtime.Frames;
using ValueType = DmlNet.Semantics.ValueType;

namespace DmlNet.Runtime.Transform;

/// <summary>
/// transformdecode: an encoded matrix back to a frame with the metadata frame's column names.
/// Recoded columns become STRING columns of their tokens (codes without a token, and NaN, become
/// missing), dummycoded columns take the code of their first non-zero column (none: missing), pass-through
/// columns become FP64 columns of the values. Binning cannot be reversed and is an error.
/// </summary>
internal static class TransformDecoder
{
    /// <summary><c>transformdecode(target=X, spec=js, meta=M)</c>.</summary>
    public static FrameBlock Decode(MatrixBlock encoded, string spec, FrameBlock meta)
    {
        const string builtin = "transformdecode";
        var parsed = TransformSpec.Parse(spec, meta.ColumnNames, builtin);
        var encodings = parsed.Columns.Select((c, j) => ColumnEncoding.FromMetadata(c, meta, j, needImpute: false, builtin)).ToList();
        var binned = encodings.FirstOrDefault(e => e.Bins is not null);
        if (binned is not null)
        {
            throw new DmlRuntimeException($"{builtin}(): binning cannot be reversed (column '{binned.Spec.Name}')");
        }
        var width = encodings.Sum(e => e.Width);
        if (width != encoded.Columns)
        {
            throw new DmlRuntimeException(
                $"{builtin}(): the spec and metadata describe {width} encoded columns but the matrix has {encoded.Columns}");
        }
        var columns = new List<FrameColumn>(encodings.Count);
        var offset = 0;
        foreach (var encoding in encodings)
        {
            var cells = new ScalarValue?[encoded.Rows];
            for (var i = 0; i < encoded.Rows; i++)
            {
                var code = encoding.Spec.Dummycode ? HotColumn(encoded, i, offset, encoding.Width) : encoded.Get(i, offset);
                cells[i] = encoding.Recode is { } recode
                    ? double.IsNaN(code) || recode.TokenOf(ScalarValue.ToLong(code)) is not { } token ? null : ScalarValue.Of(token)
                    : ScalarValue.Of(code);
            }
            columns.Add(FrameColumn.FromCells(encoding.Recode is null ? ValueType.Double : ValueType.String, cells));
            offset += encoding.Width;
        }
        return new FrameBlock(encoded.Rows, columns, meta.ColumnNames);
    }

    /// <summary>The 1-based position of the first non-zero cell among the dummycoded columns, NaN when all are zero.</summary>
    private static double HotColumn(MatrixBlock encoded, int row, int offset, int width)
    {
        for (var k = 0; k < width; k++)
        {
            if (encoded.Get(row, offset + k) != 0)
            {
                return k + 1;
            }
        }
        return double.NaN;
    }
}

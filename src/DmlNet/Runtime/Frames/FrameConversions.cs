using DmlNet.Runtime.Data;
using ValueType = DmlNet.Semantics.ValueType;

namespace DmlNet.Runtime.Frames;

/// <summary>as.matrix of a frame and as.frame of a matrix or scalar.</summary>
public static class FrameConversions
{
    /// <summary>
    /// <c>as.matrix(F)</c>: every cell as a double. Missing cells are NaN, booleans 1/0; strings are
    /// parsed, an empty string is 0 and <c>true/false</c>, <c>T/F</c> (any case) are 1/0, as current
    /// SystemDS converts them; any other text is an error naming the cell.
    /// </summary>
    public static MatrixBlock ToMatrix(FrameBlock frame)
    {
        var values = new double[(long)frame.Rows * frame.ColumnCount];
        for (var j = 0; j < frame.ColumnCount; j++)
        {
            for (var i = 0; i < frame.Rows; i++)
            {
                values[(long)i * frame.ColumnCount + j] = CellAsDouble(frame, i, j, "as.matrix()");
            }
        }
        return MatrixBlock.FromDense(frame.Rows, frame.ColumnCount, values).WithBestFormat();
    }

    /// <summary>The cell (i, j) as a double by the rules of <see cref="ToMatrix"/>; <paramref name="what"/> starts the error message.</summary>
    public static double CellAsDouble(FrameBlock frame, int row, int column, string what)
    {
        switch (frame.Get(row, column))
        {
            case null:
                return double.NaN;
            case { ValueType: ValueType.String } text:
                var s = text.Text!.Trim();
                if (s.Length == 0)
                {
                    return 0;
                }
                if (FrameCellText.TryParseDouble(s, out var d))
                {
                    return d;
                }
                return s.ToLowerInvariant() switch
                {
                    "true" or "t" => 1,
                    "false" or "f" => 0,
                    _ => throw new DmlRuntimeException(
                        $"{what}: cell ({row + 1}, {column + 1}) of column '{frame.ColumnName(column)}' is '{text.Text}', not a number"),
                };
            case var cell:
                return cell.AsDouble();
        }
    }

    /// <summary><c>as.frame(X[, names])</c>: one FP64 column per matrix column; default names unless given.</summary>
    public static FrameBlock FromMatrix(MatrixBlock matrix, IReadOnlyList<string>? names = null)
    {
        if (names is not null && names.Count != matrix.Columns)
        {
            throw new DmlRuntimeException($"as.frame() got {names.Count} column names for a matrix of {matrix.Columns} columns");
        }
        var dense = matrix.DenseValues();
        var columns = new List<FrameColumn>(matrix.Columns);
        for (var j = 0; j < matrix.Columns; j++)
        {
            var column = new double[matrix.Rows];
            for (var i = 0; i < matrix.Rows; i++)
            {
                column[i] = dense[(long)i * matrix.Columns + j];
            }
            columns.Add(FrameColumn.OfDoubles(column));
        }
        return new FrameBlock(matrix.Rows, columns, names);
    }

    /// <summary><c>as.frame(s)</c>: a 1 x 1 frame whose column has the scalar's value type.</summary>
    public static FrameBlock FromScalar(ScalarValue value) => new(1, [FrameColumn.FromCells(value.ValueType, [value])]);

    /// <summary><c>as.scalar(F)</c> of a 1 x 1 frame: the cell with its column's type; a missing FP64 cell is NaN, other missing cells an error.</summary>
    public static ScalarValue ToScalar(FrameBlock frame)
    {
        if (frame.Rows != 1 || frame.ColumnCount != 1)
        {
            throw new DmlRuntimeException($"as.scalar() needs a 1 x 1 frame, got {frame.Rows} x {frame.ColumnCount}");
        }
        return frame.Get(0, 0) ?? (frame.Columns[0].Type == ValueType.Double
            ? ScalarValue.Of(double.NaN)
            : throw new DmlRuntimeException($"as.scalar(): the frame cell is missing (null) in column '{frame.ColumnName(0)}'"));
    }
}

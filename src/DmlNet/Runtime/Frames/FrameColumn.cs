using DmlNet.Runtime.Data;
using ValueType = DmlNet.Semantics.ValueType;

namespace DmlNet.Runtime.Frames;

/// <summary>
/// One column of a frame: a typed array (double, long, bool or string) in which any cell may be
/// missing (null). Columns are immutable; operations build new ones.
/// </summary>
public abstract class FrameColumn
{
    /// <summary>The value type of every cell.</summary>
    public abstract ValueType Type { get; }

    /// <summary>The number of cells.</summary>
    public abstract int Length { get; }

    /// <summary>True when the cell is missing (null).</summary>
    public abstract bool IsNull(int row);

    /// <summary>The cell as a scalar of the column's type, or null when missing.</summary>
    public abstract ScalarValue? Get(int row);

    /// <summary>The cells start..start+count-1 as a new column.</summary>
    public abstract FrameColumn Slice(int start, int count);

    /// <summary>All cells in order.</summary>
    public IEnumerable<ScalarValue?> Cells()
    {
        for (var i = 0; i < Length; i++)
        {
            yield return Get(i);
        }
    }

    /// <summary>A column of doubles without missing cells (the array is not copied).</summary>
    public static FrameColumn OfDoubles(double[] values) => new TypedFrameColumn<double>(ValueType.Double, values, null);

    /// <summary>A string column; null entries are missing cells (the list is copied).</summary>
    public static FrameColumn OfStrings(IReadOnlyList<string?> values)
    {
        var missing = values.Select(v => v is null).ToArray();
        return new TypedFrameColumn<string>(ValueType.String, values.Select(v => v ?? "").ToArray(), missing.Any(m => m) ? missing : null);
    }

    /// <summary>
    /// A column of <paramref name="type"/> holding <paramref name="cells"/> (null: missing), each
    /// converted to the type: numbers to strings as Java prints them, strings parsed (an unparsable
    /// string is an error), doubles to ints toward zero, numbers to booleans by <c>!= 0</c>.
    /// </summary>
    public static FrameColumn FromCells(ValueType type, IReadOnlyList<ScalarValue?> cells) => type switch
    {
        ValueType.Double => Build(type, cells, ToDouble),
        ValueType.Int => Build(type, cells, ToLong),
        ValueType.Boolean => Build(type, cells, ToBoolean),
        ValueType.String => Build(type, cells, FrameCellText.Format),
        _ => throw new ArgumentException($"frames have no {type} columns", nameof(type)),
    };

    /// <summary>A column of <paramref name="length"/> missing cells.</summary>
    public static FrameColumn Missing(ValueType type, int length) => FromCells(type, new ScalarValue?[length]);

    private static TypedFrameColumn<T> Build<T>(ValueType type, IReadOnlyList<ScalarValue?> cells, Func<ScalarValue, T> convert)
    {
        var values = new T[cells.Count];
        bool[]? missing = null;
        for (var i = 0; i < values.Length; i++)
        {
            if (cells[i] is { } cell)
            {
                values[i] = convert(cell);
            }
            else
            {
                missing ??= new bool[values.Length];
                missing[i] = true;
            }
        }
        return new TypedFrameColumn<T>(type, values, missing);
    }

    private static double ToDouble(ScalarValue cell) => cell.ValueType == ValueType.String
        ? FrameCellText.Parse(cell.Text!, ValueType.Double, "frame cell").AsDouble()
        : cell.AsDouble();

    private static long ToLong(ScalarValue cell) => cell.ValueType == ValueType.String
        ? FrameCellText.Parse(cell.Text!, ValueType.Int, "frame cell").Long
        : cell.AsLong();

    private static bool ToBoolean(ScalarValue cell) => cell.ValueType == ValueType.String
        ? FrameCellText.Parse(cell.Text!, ValueType.Boolean, "frame cell").AsBoolean()
        : cell.AsBoolean();
}

using DmlNet.Runtime.Data;
using DmlNet.Runtime.Frames;
using ValueType = DmlNet.Semantics.ValueType;

namespace DmlNet.Api;

/// <summary>
/// A frame passed to or returned from a script: column names, a schema of SystemDS type names
/// (<c>STRING</c>, <c>FP64</c>, <c>INT64</c>, <c>BOOLEAN</c>) and cells as .NET values
/// (<c>string</c>, <c>double</c>, <c>long</c>, <c>bool</c>, or null for a missing cell).
/// </summary>
public sealed class FrameData
{
    internal FrameData(FrameBlock block) => Block = block;

    internal FrameBlock Block { get; }

    /// <summary>Number of rows.</summary>
    public int Rows => Block.Rows;

    /// <summary>Number of columns.</summary>
    public int Columns => Block.ColumnCount;

    /// <summary>The column names.</summary>
    public IReadOnlyList<string> ColumnNames => Block.ColumnNames;

    /// <summary>The type of each column: STRING, FP64, INT64 or BOOLEAN.</summary>
    public IReadOnlyList<string> Schema => Block.Schema.Select(FrameSchema.Name).ToList();

    /// <summary>The cell (row, column), 0-based, or null when missing.</summary>
    public object? this[int row, int column] => Block.Get(row, column) switch
    {
        null => null,
        { ValueType: ValueType.String } s => s.Text,
        { ValueType: ValueType.Int } s => s.Long,
        { ValueType: ValueType.Boolean } s => s.AsBoolean(),
        var s => s.AsDouble(),
    };

    /// <summary>
    /// A frame from text cells (null, or an empty string in a non-string column: missing), each parsed
    /// by <paramref name="schema"/> (comma-separated types as in read(), e.g. <c>"string,double,int,boolean"</c>;
    /// all strings when null); default names <c>C1..Cn</c> unless <paramref name="names"/> are given.
    /// </summary>
    public static FrameData FromStrings(string?[,] cells, string? schema = null, IReadOnlyList<string>? names = null)
    {
        var rows = cells.GetLength(0);
        var columns = cells.GetLength(1);
        var types = schema is null ? Enumerable.Repeat(ValueType.String, columns).ToList() : FrameSchema.Parse(schema);
        if (types.Count != columns)
        {
            throw new ArgumentException($"the schema has {types.Count} types for {columns} columns", nameof(schema));
        }
        if (names is not null && names.Count != columns)
        {
            throw new ArgumentException($"{names.Count} names for {columns} columns", nameof(names));
        }
        var built = new List<FrameColumn>(columns);
        for (var j = 0; j < columns; j++)
        {
            var parsed = new ScalarValue?[rows];
            for (var i = 0; i < rows; i++)
            {
                var text = cells[i, j];
                var missing = text is null || text.Length == 0 && types[j] != ValueType.String;
                parsed[i] = missing ? null : FrameCellText.Parse(text!, types[j], $"cell ({i}, {j})");
            }
            built.Add(FrameColumn.FromCells(types[j], parsed));
        }
        return new FrameData(new FrameBlock(rows, built, names));
    }
}

using DmlNet.Runtime.Data;
using ValueType = DmlNet.Semantics.ValueType;

namespace DmlNet.Runtime.Frames;

/// <summary>
/// An in-memory frame: typed columns of equal length, column names and per-column metadata. Like
/// <see cref="Data.MatrixBlock"/> a block is a value: operations return new blocks. Column names are
/// either explicit (from a CSV header, <c>as.frame(X, names)</c>, a transform) or the defaults
/// <c>C1..Cn</c>, which follow a column's position through slicing and binding as in SystemDS.
/// </summary>
public sealed class FrameBlock
{
    private readonly FrameColumn[] columns;
    private readonly string[]? names;
    private readonly FrameColumnMetadata[]? metadata;

    /// <summary>
    /// A frame of <paramref name="rows"/> rows over <paramref name="columns"/> (each of that length);
    /// <paramref name="names"/> null for the default names, <paramref name="metadata"/> null for none.
    /// </summary>
    public FrameBlock(int rows, IReadOnlyList<FrameColumn> columns, IReadOnlyList<string>? names = null,
        IReadOnlyList<FrameColumnMetadata>? metadata = null)
    {
        if (columns.Any(c => c.Length != rows))
        {
            throw new ArgumentException($"every column of a {rows}-row frame needs {rows} cells", nameof(columns));
        }
        if (names is not null && names.Count != columns.Count || metadata is not null && metadata.Count != columns.Count)
        {
            throw new ArgumentException($"a frame of {columns.Count} columns needs {columns.Count} names and metadata entries");
        }
        Rows = rows;
        this.columns = [.. columns];
        this.names = names?.ToArray();
        this.metadata = metadata?.ToArray();
    }

    /// <summary>Number of rows.</summary>
    public int Rows { get; }

    /// <summary>Number of columns.</summary>
    public int ColumnCount => columns.Length;

    /// <summary>The columns.</summary>
    public IReadOnlyList<FrameColumn> Columns => columns;

    /// <summary>The value type of each column.</summary>
    public IReadOnlyList<ValueType> Schema => columns.Select(c => c.Type).ToList();

    /// <summary>True when the names were given rather than the defaults <c>C1..Cn</c>.</summary>
    public bool HasExplicitNames => names is not null;

    /// <summary>The name of each column.</summary>
    public IReadOnlyList<string> ColumnNames => Enumerable.Range(0, ColumnCount).Select(ColumnName).ToList();

    /// <summary>True when some column has metadata.</summary>
    public bool HasMetadata => metadata is not null;

    /// <summary>The name of column <paramref name="column"/> (0-based).</summary>
    public string ColumnName(int column) => names?[column] ?? DefaultName(column);

    /// <summary>The metadata of column <paramref name="column"/> (0-based).</summary>
    public FrameColumnMetadata ColumnMetadata(int column) => metadata?[column] ?? FrameColumnMetadata.None;

    /// <summary>The cell (i, j), 0-based, or null when missing.</summary>
    public ScalarValue? Get(int row, int column) => columns[column].Get(row);

    /// <summary>The same cells and names with other column metadata.</summary>
    public FrameBlock WithMetadata(IReadOnlyList<FrameColumnMetadata>? columnMetadata) => new(Rows, columns, names, columnMetadata);

    /// <summary>The explicit names, or null for the defaults.</summary>
    internal IReadOnlyList<string>? ExplicitNames => names;

    /// <summary>The column metadata, or null for none.</summary>
    internal IReadOnlyList<FrameColumnMetadata>? AllMetadata => metadata;

    /// <summary>SystemDS's default name of a column: <c>C</c> and its 1-based position.</summary>
    public static string DefaultName(int column) => "C" + (column + 1);
}

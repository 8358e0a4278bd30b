using DmlNet.Plan;
using DmlNet.Runtime.Data;
using DmlNet.Runtime.Frames;
using DmlNet.Runtime.Operations;
using ValueType = DmlNet.Semantics.ValueType;

namespace DmlNet.Runtime.Builtins;

/// <summary>
/// The frame schema utilities [SDS]: typeof and colnames (a 1 x ncol string frame of the column types
/// or names), detectSchema (the most specific type each column's values fit) and applySchema
/// (the columns converted to the types of a 1 x ncol schema frame).
/// </summary>
internal static class FrameSchemaImplementations
{
    /// <summary>Adds this category's implementations.</summary>
    public static void Register(Dictionary<string, Operation> map)
    {
        map["typeof"] = args => [Row(Frame(args, "typeof"), f => f.Schema.Select(FrameSchema.Name).ToList())];
        map["colnames"] = args => [Row(Frame(args, "colnames"), f => f.ColumnNames)];
        map["detectSchema"] = args => [Row(Frame(args, "detectSchema"), f => f.Columns.Select(c => FrameSchema.Name(Detect(c))).ToList())];
        map["applySchema"] = args => [new FrameValue(Apply(Frame(args, "applySchema"), SchemaOf(args.Get("schema"))))];
    }

    private static FrameBlock Frame(OperationArguments args, string name) => args.Get("x") as FrameValue is { } f
        ? f.Block
        : throw new DmlRuntimeException($"{name}() needs a frame, got a {OperatorOperations.Kind(args[0])}");

    /// <summary>A 1 x ncol string frame with the same column names as <paramref name="frame"/>.</summary>
    private static FrameValue Row(FrameBlock frame, Func<FrameBlock, IReadOnlyList<string>> cells)
    {
        var values = cells(frame);
        var columns = values.Select(v => FrameColumn.OfStrings([v])).ToList();
        return new FrameValue(new FrameBlock(1, columns, frame.ExplicitNames));
    }

    /// <summary>
    /// The most specific type every non-missing value of a string column fits: BOOLEAN for the words
    /// true/false (any case), else INT64 for whole numbers, else FP64 for numbers, else STRING (also
    /// for a column without values); other columns keep their type.
    /// </summary>
    private static ValueType Detect(FrameColumn column)
    {
        var texts = column.Cells().OfType<ScalarValue>().Select(c => c.Text!.Trim()).ToList();
        if (column.Type != ValueType.String || texts.Count == 0)
        {
            return column.Type;
        }
        if (texts.All(t => t.Equals("true", StringComparison.OrdinalIgnoreCase) || t.Equals("false", StringComparison.OrdinalIgnoreCase)))
        {
            return ValueType.Boolean;
        }
        return texts.All(t => long.TryParse(t, System.Globalization.NumberStyles.AllowLeadingSign,
                System.Globalization.CultureInfo.InvariantCulture, out _)) ? ValueType.Int
            : texts.All(t => FrameCellText.TryParseDouble(t, out _)) ? ValueType.Double
            : ValueType.String;
    }

    private static IReadOnlyList<ValueType> SchemaOf(DmlValue? schema) => schema switch
    {
        FrameValue { Block.Rows: 1 } f => f.Block.Columns.Select(c => FrameSchema.ParseType(
            c.Get(0) is { } cell ? Formatting.ScalarFormat.ToString(cell) : "string")).ToList(),
        _ => throw new DmlRuntimeException("applySchema(): the schema must be a 1 x ncol frame of type names (as typeof() gives)"),
    };

    private static FrameBlock Apply(FrameBlock frame, IReadOnlyList<ValueType> schema)
    {
        if (schema.Count != frame.ColumnCount)
        {
            throw new DmlRuntimeException($"applySchema(): the schema has {schema.Count} types for a frame of {frame.ColumnCount} columns");
        }
        var columns = new List<FrameColumn>();
        for (var j = 0; j < frame.ColumnCount; j++)
        {
            var cells = frame.Columns[j].Cells().Select((cell, i) => cell is null ? null
                : FrameCellText.Parse(FrameCellText.Format(cell), schema[j], $"applySchema(): row {i + 1}, column {frame.ColumnName(j)}"))
                .ToList();
            columns.Add(FrameColumn.FromCells(schema[j], cells));
        }
        return new FrameBlock(frame.Rows, columns, frame.ExplicitNames);
    }
}

using ValueType = DmlNet.Semantics.ValueType;

namespace DmlNet.Runtime.Frames;

/// <summary>
/// The value types of frame columns: SystemDS's names (<c>STRING FP64 INT64 BOOLEAN</c>), the
/// spellings read() and .mtd files accept, and the common type of two columns.
/// </summary>
public static class FrameSchema
{
    /// <summary>The four column types a frame supports.</summary>
    public static IReadOnlyList<ValueType> Types { get; } = [ValueType.String, ValueType.Double, ValueType.Int, ValueType.Boolean];

    /// <summary>The SystemDS name of a column type, as toString and .mtd files show it.</summary>
    public static string Name(ValueType type) => type switch
    {
        ValueType.Double => "FP64",
        ValueType.Int => "INT64",
        ValueType.Boolean => "BOOLEAN",
        _ => "STRING",
    };

    /// <summary>
    /// A comma-separated schema such as <c>"string,double,int,boolean"</c> or <c>"STRING,FP64,INT64,BOOLEAN"</c>
    /// (any case; <c>*</c> is an unknown type, read as strings). Blanks around items are ignored and so is
    /// an empty last item (SystemDS writes a trailing comma).
    /// </summary>
    public static IReadOnlyList<ValueType> Parse(string schema)
    {
        var items = schema.Split(',').Select(item => item.Trim()).ToList();
        if (items.Count > 0 && items[^1].Length == 0)
        {
            items.RemoveAt(items.Count - 1);
        }
        return items.Select(ParseType).ToList();
    }

    /// <summary>One schema item.</summary>
    public static ValueType ParseType(string name) => name.ToLowerInvariant() switch
    {
        "string" or "str" or "*" or "unknown" => ValueType.String,
        "double" or "fp64" or "fp32" or "float" => ValueType.Double,
        "int" or "integer" or "int64" or "int32" or "long" => ValueType.Int,
        "boolean" or "bool" => ValueType.Boolean,
        _ => throw new DmlRuntimeException(
            $"unknown frame column type \"{name}\"; use string, double, int or boolean (or STRING, FP64, INT64, BOOLEAN)"),
    };

    /// <summary>
    /// The type that holds the values of both columns, as SystemDS combines schemas
    /// (STRING over FP64 over INT64 over BOOLEAN).
    /// </summary>
    public static ValueType Common(ValueType a, ValueType b) => Rank(a) >= Rank(b) ? a : b;

    private static int Rank(ValueType type) => type switch
    {
        ValueType.String => 3,
        ValueType.Double => 2,
        ValueType.Int => 1,
        _ => 0,
    };
}

using DmlNet.Runtime.Data;
using DmlNet.Runtime.Frames;
using ValueType = DmlNet.Semantics.ValueType;

namespace DmlNet.Runtime.Transform;

/// <summary>How the transform builtins read frame cells: missing values, tokens and numbers.</summary>
internal static class TransformCells
{
    /// <summary>The separator of recode and bin entries in metadata frames (U+00B7, SystemDS's <c>Lop.DATATYPE_PREFIX</c>).</summary>
    public const char EntrySeparator = '\u00b7';

    /// <summary>A missing value: a null cell, an empty string or a NaN double.</summary>
    public static bool IsMissing(ScalarValue? cell) => cell is null
        || cell.ValueType == ValueType.String && cell.Text!.Length == 0
        || cell.ValueType == ValueType.Double && double.IsNaN(cell.AsDouble());

    /// <summary>The token of a present cell, as SystemDS recodes it (numbers as Java prints them, booleans true/false).</summary>
    public static string Token(ScalarValue cell) => FrameCellText.Format(cell);

    /// <summary>A present cell as a number (strings parsed, booleans 1/0); an unparsable string is an error naming the column.</summary>
    public static double Number(ScalarValue cell, string column, string builtin)
    {
        if (cell.ValueType != ValueType.String)
        {
            return cell.AsDouble();
        }
        return FrameCellText.TryParseDouble(cell.Text!, out var value)
            ? value
            : throw new DmlRuntimeException(
                $"{builtin}(): column '{column}' holds '{cell.Text}', which is not a number; recode the column to encode text");
    }

    /// <summary>A token (an imputed value) as a number.</summary>
    public static double Number(string token, string column, string builtin) => Number(ScalarValue.Of(token), column, builtin);
}

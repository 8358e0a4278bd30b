using System.Globalization;
using DmlNet.Runtime.Data;
using ValueType = DmlNet.Semantics.ValueType;

namespace DmlNet.Runtime.Formatting;

/// <summary>Java's <c>hashCode()</c> of the boxed value of a DML scalar (Long, Double, Boolean, String), for <c>%h</c>.</summary>
internal static class JavaHashCode
{
    /// <summary>The hash code as Java's <c>Integer.toHexString</c> writes it.</summary>
    public static string Hex(ScalarValue value) => unchecked((uint)Of(value)).ToString("x", CultureInfo.InvariantCulture);

    private static int Of(ScalarValue value) => value.ValueType switch
    {
        ValueType.Int => Fold(value.Long),
        ValueType.Boolean => value.AsBoolean() ? 1231 : 1237,
        ValueType.String => OfString(value.Text!),
        _ => Fold(double.IsNaN(value.AsDouble()) ? 0x7ff8000000000000L : BitConverter.DoubleToInt64Bits(value.AsDouble())),
    };

    /// <summary><c>(int)(v ^ (v &gt;&gt;&gt; 32))</c>.</summary>
    private static int Fold(long v) => unchecked((int)(v ^ (long)((ulong)v >> 32)));

    private static int OfString(string text)
    {
        var hash = 0;
        foreach (var c in text)
        {
            hash = unchecked(31 * hash + c);
        }
        return hash;
    }
}

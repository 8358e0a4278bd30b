using DmlNet.Runtime.Data;
using DmlNet.Semantics;
using ValueType = DmlNet.Semantics.ValueType;

namespace DmlNet.Runtime;

/// <summary>Converts values passed to and from user-defined functions to the declared types, as DML does.</summary>
public static class ValueConversion
{
    /// <summary>
    /// The value converted to <paramref name="declared"/>: scalars to the declared value type
    /// (double to int toward zero, strings parsed, numbers to boolean by != 0); a data-type
    /// mismatch (e.g. a 1x1 matrix for a scalar) is an error naming <paramref name="what"/>.
    /// </summary>
    public static DmlValue ToDeclared(DmlValue value, TypeInfo declared, string what)
    {
        if (declared.DataType != DataType.Unknown && declared.DataType != value.DataType)
        {
            throw new DmlRuntimeException(
                $"{what} must be a {declared.DataType.ToString().ToLowerInvariant()}, got a {value.DataType.ToString().ToLowerInvariant()}");
        }
        if (value is not ScalarValue scalar || declared.DataType != DataType.Scalar || scalar.ValueType == declared.ValueType)
        {
            return value;
        }
        return declared.ValueType switch
        {
            ValueType.Int => ScalarValue.Of(scalar.AsLong()),
            ValueType.Double => ScalarValue.Of(scalar.AsDouble()),
            ValueType.Boolean => ScalarValue.Of(scalar.AsBoolean()),
            ValueType.String => ScalarValue.Of(Formatting.ScalarFormat.ToString(scalar)),
            _ => value,
        };
    }
}

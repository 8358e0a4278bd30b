using System.Globalization;
using DmlNet.Semantics;
using ValueType = DmlNet.Semantics.ValueType;

namespace DmlNet.Runtime.Data;

/// <summary>A scalar: a double, a 64-bit int, a boolean or a string, with DML's conversions.</summary>
public sealed class ScalarValue : DmlValue
{
    private readonly double number;
    private readonly string? text;

    private ScalarValue(ValueType type, double number, string? text)
    {
        ValueType = type;
        this.number = number;
        this.text = text;
        Long = 0;
    }

    private ScalarValue(long value)
    {
        ValueType = ValueType.Int;
        Long = value;
        number = value;
    }

    /// <summary>The value type.</summary>
    public ValueType ValueType { get; }

    /// <summary>The exact value of an int scalar (0 for other types).</summary>
    public long Long { get; }

    /// <inheritdoc />
    public override DataType DataType => DataType.Scalar;

    /// <summary>TRUE.</summary>
    public static ScalarValue True { get; } = new(ValueType.Boolean, 1, null);

    /// <summary>FALSE.</summary>
    public static ScalarValue False { get; } = new(ValueType.Boolean, 0, null);

    /// <summary>A double scalar.</summary>
    public static ScalarValue Of(double value) => new(ValueType.Double, value, null);

    /// <summary>An int scalar.</summary>
    public static ScalarValue Of(long value) => new(value);

    /// <summary>A boolean scalar.</summary>
    public static ScalarValue Of(bool value) => value ? True : False;

    /// <summary>A string scalar.</summary>
    public static ScalarValue Of(string value) => new(ValueType.String, double.NaN, value);

    /// <summary>The value as a double (booleans 0/1, strings parsed; an unparsable string is an error).</summary>
    public double AsDouble()
    {
        if (ValueType != ValueType.String)
        {
            return number;
        }
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? d
            : throw new DmlRuntimeException($"cannot convert the string \"{text}\" to a number");
    }

    /// <summary>The value as an int: doubles round toward zero (SystemDS), strings are parsed.</summary>
    public long AsLong() => ValueType switch
    {
        ValueType.Int => Long,
        _ => ToLong(AsDouble()),
    };

    /// <summary>The value as a boolean: numbers are TRUE when non-zero; only "TRUE"/"true" strings are TRUE.</summary>
    public bool AsBoolean() => ValueType switch
    {
        ValueType.String => text is "TRUE" or "true",
        _ => number != 0,
    };

    /// <summary>The exact string of a string scalar (use the formatter for other types).</summary>
    public string? Text => text;

    /// <summary>DML's double-to-int rule: <c>sign(v) * floor(abs(v) + 2^-53)</c>, NaN as 0.</summary>
    public static long ToLong(double value)
    {
        if (double.IsNaN(value))
        {
            return 0;
        }
        var magnitude = Math.Floor(Math.Abs(value) + Math.Pow(2, -53));
        if (magnitude >= 9.2233720368547758E18)
        {
            return value > 0 ? long.MaxValue : long.MinValue;
        }
        return (long)(Math.Sign(value) * magnitude);
    }
}

namespace DmlNet.Semantics;

/// <summary>
/// What the compiler knows about a value: data type, value type, dimensions (-1 = unknown)
/// and, for scalars computed from constants, the constant itself (long, double, bool or string).
/// </summary>
public sealed record TypeInfo(DataType DataType, ValueType ValueType, long Rows = -1, long Columns = -1, object? Constant = null)
{
    /// <summary>Nothing known.</summary>
    public static TypeInfo Unknown { get; } = new(DataType.Unknown, ValueType.Unknown);

    /// <summary>A scalar double.</summary>
    public static TypeInfo Double { get; } = new(DataType.Scalar, ValueType.Double);

    /// <summary>A scalar int.</summary>
    public static TypeInfo Int { get; } = new(DataType.Scalar, ValueType.Int);

    /// <summary>A scalar boolean.</summary>
    public static TypeInfo Boolean { get; } = new(DataType.Scalar, ValueType.Boolean);

    /// <summary>A scalar string.</summary>
    public static TypeInfo String { get; } = new(DataType.Scalar, ValueType.String);

    /// <summary>A matrix of unknown size.</summary>
    public static TypeInfo AnyMatrix { get; } = new(DataType.Matrix, ValueType.Double);

    /// <summary>A frame of unknown size.</summary>
    public static TypeInfo AnyFrame { get; } = new(DataType.Frame, ValueType.Unknown);

    /// <summary>A list of unknown length.</summary>
    public static TypeInfo AnyList { get; } = new(DataType.List, ValueType.Unknown);

    /// <summary>A double matrix of the given size (-1 for unknown dimensions).</summary>
    public static TypeInfo Matrix(long rows, long columns) => new(DataType.Matrix, ValueType.Double, rows, columns);

    /// <summary>A scalar constant of the matching value type.</summary>
    public static TypeInfo Of(object constant) => constant switch
    {
        long => Int with { Constant = constant },
        double => Double with { Constant = constant },
        bool => Boolean with { Constant = constant },
        string => String with { Constant = constant },
        _ => throw new ArgumentException($"not a scalar constant: {constant}", nameof(constant)),
    };

    /// <summary>True for scalars.</summary>
    public bool IsScalar => DataType == DataType.Scalar;

    /// <summary>True for matrices.</summary>
    public bool IsMatrix => DataType == DataType.Matrix;

    /// <summary>True for int, double or boolean scalars and for unknown value types.</summary>
    public bool IsNumericOrUnknown => ValueType is ValueType.Int or ValueType.Double or ValueType.Boolean or ValueType.Unknown;

    /// <summary>True when both dimensions are known.</summary>
    public bool HasKnownShape => Rows >= 0 && Columns >= 0;

    /// <summary>The value as a long when it is a constant integral number.</summary>
    public long? ConstantLong => Constant switch
    {
        long l => l,
        double d when d == Math.Floor(d) && Math.Abs(d) < 9e18 => (long)d,
        _ => null,
    };

    /// <summary>The value as a double when it is a constant number or boolean.</summary>
    public double? ConstantDouble => Constant switch
    {
        long l => l,
        double d => d,
        bool b => b ? 1 : 0,
        _ => null,
    };

    /// <summary>A short description for messages: "scalar int", "matrix (3 x ?)", "frame".</summary>
    public string Describe() => DataType switch
    {
        DataType.Scalar => $"scalar {ValueName(ValueType)}",
        DataType.Matrix => $"matrix ({Dim(Rows)} x {Dim(Columns)})",
        DataType.Frame => "frame",
        DataType.List => "list",
        _ => "value of unknown type",
    };

    /// <summary>The DML spelling of a value type.</summary>
    public static string ValueName(ValueType type) => type switch
    {
        ValueType.Double => "double",
        ValueType.Int => "int",
        ValueType.Boolean => "boolean",
        ValueType.String => "string",
        _ => "unknown",
    };

    private static string Dim(long d) => d < 0 ? "?" : d.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>What is true of a value that is either this or <paramref name="other"/> (control-flow merge).</summary>
    public TypeInfo Merge(TypeInfo other)
    {
        if (ReferenceEquals(this, other) || this == other)
        {
            return this;
        }
        return new TypeInfo(
            DataType == other.DataType ? DataType : DataType.Unknown,
            ValueType == other.ValueType ? ValueType : ValueType.Unknown,
            Rows == other.Rows ? Rows : -1,
            Columns == other.Columns ? Columns : -1,
            Equals(Constant, other.Constant) ? Constant : null);
    }
}

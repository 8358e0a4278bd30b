namespace DmlNet.Semantics;

/// <summary>The data types of DML values.</summary>
public enum DataType
{
    /// <summary>Not known at compile time.</summary>
    Unknown,
    /// <summary>One value of a value type.</summary>
    Scalar,
    /// <summary>2-D matrix of doubles.</summary>
    Matrix,
    /// <summary>2-D table with a per-column value type.</summary>
    Frame,
    /// <summary>Ordered, optionally named, heterogeneous elements.</summary>
    List,
}

/// <summary>The value types of DML scalars (and of matrix cells, frame columns).</summary>
public enum ValueType
{
    /// <summary>Not known at compile time.</summary>
    Unknown,
    /// <summary>FP64.</summary>
    Double,
    /// <summary>INT64.</summary>
    Int,
    /// <summary>TRUE/FALSE.</summary>
    Boolean,
    /// <summary>Text.</summary>
    String,
}

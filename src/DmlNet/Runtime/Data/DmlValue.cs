using DmlNet.Semantics;

namespace DmlNet.Runtime.Data;

/// <summary>A runtime value bound to a variable: a scalar, matrix, frame or list.</summary>
public abstract class DmlValue
{
    /// <summary>The data type of the value.</summary>
    public abstract DataType DataType { get; }
}

/// <summary>A matrix value.</summary>
public sealed class MatrixValue(MatrixBlock block) : DmlValue
{
    /// <summary>The data.</summary>
    public MatrixBlock Block { get; } = block;

    /// <inheritdoc />
    public override DataType DataType => DataType.Matrix;
}

/// <summary>A list value: ordered elements, each optionally named.</summary>
public sealed class ListValue(IReadOnlyList<DmlValue> elements, IReadOnlyList<string?> names) : DmlValue
{
    /// <summary>The elements.</summary>
    public IReadOnlyList<DmlValue> Elements { get; } = elements;

    /// <summary>The element names (null entries for unnamed elements); same length as <see cref="Elements"/>.</summary>
    public IReadOnlyList<string?> Names { get; } = names;

    /// <inheritdoc />
    public override DataType DataType => DataType.List;
}

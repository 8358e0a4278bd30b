using System.Runtime.CompilerServices;
using DmlNet.Runtime.Data;
using ValueType = DmlNet.Semantics.ValueType;

namespace DmlNet.Runtime.Frames;

/// <summary>A frame column over a <typeparamref name="T"/> array (double, long, bool or string) and a mask of missing cells.</summary>
internal sealed class TypedFrameColumn<T>(ValueType type, T[] values, bool[]? missing) : FrameColumn
{
    /// <inheritdoc />
    public override ValueType Type { get; } = type;

    /// <inheritdoc />
    public override int Length => values.Length;

    /// <inheritdoc />
    public override bool IsNull(int row) => missing is not null && missing[row];

    /// <inheritdoc />
    public override ScalarValue? Get(int row)
    {
        if (IsNull(row))
        {
            return null;
        }
        ref var value = ref values[row];
        if (typeof(T) == typeof(double))
        {
            return ScalarValue.Of(Unsafe.As<T, double>(ref value));
        }
        if (typeof(T) == typeof(long))
        {
            return ScalarValue.Of(Unsafe.As<T, long>(ref value));
        }
        if (typeof(T) == typeof(bool))
        {
            return ScalarValue.Of(Unsafe.As<T, bool>(ref value));
        }
        return ScalarValue.Of((string)(object)value!);
    }

    /// <inheritdoc />
    public override FrameColumn Slice(int start, int count) =>
        new TypedFrameColumn<T>(Type, values[start..(start + count)], missing?[start..(start + count)]);
}

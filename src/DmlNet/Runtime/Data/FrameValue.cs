using DmlNet.Runtime.Frames;
using DmlNet.Semantics;

namespace DmlNet.Runtime.Data;

/// <summary>A frame value: a table with typed, named columns.</summary>
public sealed class FrameValue(FrameBlock block) : DmlValue
{
    /// <summary>The data.</summary>
    public FrameBlock Block { get; } = block;

    /// <inheritdoc />
    public override DataType DataType => DataType.Frame;
}

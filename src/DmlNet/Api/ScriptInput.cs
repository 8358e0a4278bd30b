using DmlNet.Semantics;
using ValueType = DmlNet.Semantics.ValueType;

namespace DmlNet.Api;

/// <summary>A declared input of a prepared script: its variable name and type.</summary>
public sealed record ScriptInput(string Name, TypeInfo Type)
{
    /// <summary>A matrix input.</summary>
    public static ScriptInput Matrix(string name) => new(name, TypeInfo.AnyMatrix);

    /// <summary>A frame input (a <see cref="FrameData"/> or a <c>string[,]</c> of all-string columns).</summary>
    public static ScriptInput Frame(string name) => new(name, TypeInfo.AnyFrame);

    /// <summary>A double scalar input.</summary>
    public static ScriptInput Double(string name) => new(name, TypeInfo.Double);

    /// <summary>An int scalar input.</summary>
    public static ScriptInput Int(string name) => new(name, TypeInfo.Int);

    /// <summary>A boolean scalar input.</summary>
    public static ScriptInput Boolean(string name) => new(name, TypeInfo.Boolean);

    /// <summary>A string scalar input.</summary>
    public static ScriptInput String(string name) => new(name, new TypeInfo(DataType.Scalar, ValueType.String));
}

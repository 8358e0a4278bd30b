using DmlNet.Runtime;
using DmlNet.Runtime.Data;

namespace DmlNet.Api;

/// <summary>The output variables of one execution, as .NET values.</summary>
public sealed class ScriptResults(IReadOnlyDictionary<string, DmlValue> values)
{
    /// <summary>A matrix output as a 2-D array.</summary>
    public double[,] GetMatrix(string name) => Get(name) is MatrixValue m
        ? m.Block.ToArray()
        : throw new InvalidCastException($"output '{name}' is a {Get(name).DataType.ToString().ToLowerInvariant()}, not a matrix");

    /// <summary>A frame output.</summary>
    public FrameData GetFrame(string name) => Get(name) is FrameValue f
        ? new FrameData(f.Block)
        : throw new InvalidCastException($"output '{name}' is a {Get(name).DataType.ToString().ToLowerInvariant()}, not a frame");

    /// <summary>A scalar output as a double.</summary>
    public double GetDouble(string name) => Scalar(name).AsDouble();

    /// <summary>A scalar output as an int.</summary>
    public long GetLong(string name) => Scalar(name).AsLong();

    /// <summary>A scalar output as a boolean.</summary>
    public bool GetBoolean(string name) => Scalar(name).AsBoolean();

    /// <summary>A scalar output as the text DML prints for it.</summary>
    public string GetString(string name) => Runtime.Formatting.ScalarFormat.ToString(Scalar(name));

    private ScalarValue Scalar(string name) => Get(name) as ScalarValue
        ?? throw new InvalidCastException($"output '{name}' is a {Get(name).DataType.ToString().ToLowerInvariant()}, not a scalar");

    private DmlValue Get(string name) => values.TryGetValue(name, out var value)
        ? value
        : throw new KeyNotFoundException($"'{name}' is not an output of this script");
}

using DmlNet.Runtime;
using DmlNet.Runtime.Data;

namespace DmlNet.Plan;

/// <summary>
/// The input values of one operation, by position and by parameter name, plus the execution context.
/// A struct, so that running an instruction does not allocate it.
/// </summary>
public readonly struct OperationArguments(IReadOnlyList<string> names, IReadOnlyList<DmlValue?> values, RuntimeContext context)
{
    /// <summary>The values in order (null for absent optional inputs).</summary>
    public IReadOnlyList<DmlValue?> Values { get; } = values;

    /// <summary>The parameter name of each value (empty names for operators).</summary>
    public IReadOnlyList<string> Names { get; } = names;

    /// <summary>The running program's context (output, random seeds, files...).</summary>
    public RuntimeContext Context { get; } = context;

    /// <summary>The value at a position.</summary>
    public DmlValue this[int index] => Values[index] ?? throw new DmlRuntimeException($"missing input {index}");

    /// <summary>The value bound to a parameter, or null when not given.</summary>
    public DmlValue? Get(string name)
    {
        for (var i = 0; i < Names.Count; i++)
        {
            if (Names[i] == name)
            {
                return Values[i];
            }
        }
        return null;
    }

    /// <summary>All values bound to a (variadic) parameter, in order.</summary>
    public IEnumerable<DmlValue> All(string name)
    {
        for (var i = 0; i < Names.Count; i++)
        {
            if (Names[i] == name && Values[i] is { } value)
            {
                yield return value;
            }
        }
    }
}

using DmlNet.Runtime.Data;

namespace DmlNet.Runtime;

/// <summary>The variables of the main program or of one function invocation, with their current values.</summary>
public sealed class SymbolTable
{
    private readonly Dictionary<string, DmlValue> values = new(StringComparer.Ordinal);

    /// <summary>The value of a variable; an unassigned variable is a runtime error.</summary>
    public DmlValue Get(string name) =>
        values.TryGetValue(name, out var value) ? value : throw new DmlRuntimeException($"variable '{name}' is undefined here");

    /// <summary>The value of a variable, or null.</summary>
    public DmlValue? Find(string name) => values.GetValueOrDefault(name);

    /// <summary>Binds a variable.</summary>
    public void Set(string name, DmlValue value) => values[name] = value;

    /// <summary>Unbinds a variable.</summary>
    public void Remove(string name) => values.Remove(name);

    /// <summary>All variables, compiler temporaries included.</summary>
    public IEnumerable<KeyValuePair<string, DmlValue>> All => values;

    /// <summary>The user variables (not compiler temporaries), by name.</summary>
    public IEnumerable<KeyValuePair<string, DmlValue>> UserVariables => values.Where(kv => !kv.Key.StartsWith('_'));
}

namespace DmlNet.Semantics;

/// <summary>What is known about one variable at a program point: its type and whether every path assigns it.</summary>
internal sealed record VariableState(TypeInfo Type, bool Definite);

/// <summary>
/// The variables of the main program or of one function invocation at a program point.
/// Branches work on clones that are merged where control flow joins.
/// </summary>
internal sealed class Scope
{
    private readonly Dictionary<string, VariableState> variables;

    /// <summary>An empty scope.</summary>
    public Scope() => variables = new Dictionary<string, VariableState>(StringComparer.Ordinal);

    private Scope(Dictionary<string, VariableState> copy) => variables = copy;

    /// <summary>The state of a variable, or null when no path assigns it.</summary>
    public VariableState? Get(string name) => variables.GetValueOrDefault(name);

    /// <summary>Records a definite assignment.</summary>
    public void Set(string name, TypeInfo type) => variables[name] = new VariableState(type, true);

    /// <summary>Names of all variables that some path assigns.</summary>
    public IEnumerable<string> Names => variables.Keys;

    /// <summary>An independent copy.</summary>
    public Scope Clone() => new(new Dictionary<string, VariableState>(variables, StringComparer.Ordinal));

    /// <summary>The state after a join of two paths: definite only if definite on both, types merged.</summary>
    public static Scope Merge(Scope a, Scope b)
    {
        var result = new Dictionary<string, VariableState>(StringComparer.Ordinal);
        foreach (var (name, left) in a.variables)
        {
            result[name] = b.variables.TryGetValue(name, out var right)
                ? new VariableState(left.Type.Merge(right.Type), left.Definite && right.Definite)
                : left with { Definite = false };
        }
        foreach (var (name, right) in b.variables)
        {
            result.TryAdd(name, right with { Definite = false });
        }
        return new Scope(result);
    }

    /// <summary>True when both scopes know the same about every variable.</summary>
    public bool SameAs(Scope other) =>
        variables.Count == other.variables.Count &&
        variables.All(kv => other.variables.TryGetValue(kv.Key, out var v) && v == kv.Value);
}

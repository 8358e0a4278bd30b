using DmlNet.Runtime.Data;

namespace DmlNet.Runtime;

/// <summary>
/// The variables of the main program or of one function invocation, with their current values.
/// Values live in slots numbered by a <see cref="SymbolLayout"/> (shared by the tables of one
/// scope); instructions address them through <see cref="VariableName"/>s that remember their slot.
/// </summary>
public sealed class SymbolTable
{
    private readonly SymbolLayout layout;
    // A struct per slot: stores into it need no covariant array-store type check (DmlValue is not sealed).
    private Slot[] values;

    /// <summary>An empty table with its own layout.</summary>
    public SymbolTable()
        : this(new SymbolLayout())
    {
    }

    /// <summary>An empty table whose slots follow <paramref name="layout"/>.</summary>
    public SymbolTable(SymbolLayout layout)
    {
        this.layout = layout;
        values = new Slot[Math.Max(layout.Count, 4)];
    }

    /// <summary>The slot numbering of this table.</summary>
    public SymbolLayout Layout => layout;

    /// <summary>The value of a variable; an unassigned variable is a runtime error.</summary>
    public DmlValue Get(string name) => Find(name) ?? throw Undefined(name);

    /// <summary>The value of a variable; an unassigned variable is a runtime error.</summary>
    public DmlValue Get(VariableName name) => Find(name) ?? throw Undefined(name.Text);

    /// <summary>The value of a variable, or null.</summary>
    public DmlValue? Find(string name) => ValueAt(layout.Find(name));

    /// <summary>The value of a variable, or null.</summary>
    public DmlValue? Find(VariableName name) => ValueAt(name.SlotIn(layout, add: false));

    /// <summary>Binds a variable.</summary>
    public void Set(string name, DmlValue value) => SetAt(layout.GetOrAdd(name), value);

    /// <summary>Binds a variable.</summary>
    public void Set(VariableName name, DmlValue value) => SetAt(name.SlotIn(layout, add: true), value);

    /// <summary>Unbinds a variable.</summary>
    public void Remove(string name) => ClearAt(layout.Find(name));

    /// <summary>Unbinds a variable.</summary>
    public void Remove(VariableName name) => ClearAt(name.SlotIn(layout, add: false));

    /// <summary>All variables, compiler temporaries included, in the order their names were first bound.</summary>
    public IEnumerable<KeyValuePair<string, DmlValue>> All
    {
        get
        {
            var bound = Math.Min(values.Length, layout.Count);
            for (var slot = 0; slot < bound; slot++)
            {
                if (values[slot].Value is { } value)
                {
                    yield return new KeyValuePair<string, DmlValue>(layout.NameOf(slot), value);
                }
            }
        }
    }

    /// <summary>The user variables (not compiler temporaries), by name.</summary>
    public IEnumerable<KeyValuePair<string, DmlValue>> UserVariables => All.Where(kv => !kv.Key.StartsWith('_'));

    /// <summary>A table of the same layout holding the same bindings (values are immutable and shared).</summary>
    public SymbolTable Copy()
    {
        var copy = new SymbolTable(layout);
        copy.values = (Slot[])values.Clone();
        return copy;
    }

    private DmlValue? ValueAt(int slot) => (uint)slot < (uint)values.Length ? values[slot].Value : null;

    private void SetAt(int slot, DmlValue value)
    {
        if (slot >= values.Length)
        {
            Array.Resize(ref values, Math.Max(slot + 1, values.Length * 2));
        }
        values[slot].Value = value;
    }

    private void ClearAt(int slot)
    {
        if ((uint)slot < (uint)values.Length)
        {
            values[slot].Value = null;
        }
    }

    private static DmlRuntimeException Undefined(string name) => new($"variable '{name}' is undefined here");

    private struct Slot
    {
        public DmlValue? Value;
    }
}

using System.Collections.Concurrent;

namespace DmlNet.Runtime;

/// <summary>
/// The slot numbers of variable names, shared by the symbol tables of one scope (the main program,
/// one function): a name keeps its slot for the lifetime of the layout, so an instruction can
/// remember it (<see cref="VariableName"/>) instead of looking the name up each time. Append-only
/// and safe to use from several threads (parfor workers, concurrent executions).
/// </summary>
public sealed class SymbolLayout
{
    private readonly ConcurrentDictionary<string, int> slots = new(StringComparer.Ordinal);
    private readonly object gate = new();
    private volatile string[] names = new string[8];
    private volatile int count;

    /// <summary>The number of slots.</summary>
    public int Count => count;

    /// <summary>The slot of a name, or -1 when the layout has none for it.</summary>
    public int Find(string name) => slots.TryGetValue(name, out var slot) ? slot : -1;

    /// <summary>The slot of a name, assigning the next free one to a new name.</summary>
    public int GetOrAdd(string name)
    {
        if (slots.TryGetValue(name, out var slot))
        {
            return slot;
        }
        lock (gate)
        {
            if (slots.TryGetValue(name, out slot))
            {
                return slot;
            }
            slot = count;
            if (slot == names.Length)
            {
                var grown = new string[slot * 2];
                Array.Copy(names, grown, slot);
                names = grown;
            }
            names[slot] = name;
            count = slot + 1;
            slots[name] = slot;
            return slot;
        }
    }

    /// <summary>The name of a slot below <see cref="Count"/>.</summary>
    public string NameOf(int slot) => names[slot];
}

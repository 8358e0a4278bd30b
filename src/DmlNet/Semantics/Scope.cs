namespace DmlNet.Semantics;

/// <summary>What is known about one variable at a program point: its type and whether every path assigns it.</summary>
internal sealed record VariableState(TypeInfo Type, bool Definite)
{
    /// <summary>The state after a join of two paths (null: not assigned on that path).</summary>
    public static VariableState? Merge(VariableState? a, VariableState? b) => (a, b) switch
    {
        (null, null) => null,
        (null, _) => b! with { Definite = false },
        (_, null) => a with { Definite = false },
        _ => new VariableState(a.Type.Merge(b.Type), a.Definite && b.Definite),
    };
}

/// <summary>
/// The variables of the main program or of one function invocation at the current program point.
/// Branches are analysed between <see cref="Checkpoint"/> and <see cref="Rewind"/>: a journal
/// records the value each changed variable had at the checkpoint, so entering and leaving a
/// branch costs time proportional to what the branch changes, not to the number of variables.
/// </summary>
internal sealed class Scope
{
    private readonly Dictionary<string, VariableState> variables = new(StringComparer.Ordinal);
    private readonly Stack<Dictionary<string, VariableState?>> journals = new();

    /// <summary>The state of a variable, or null when no path assigns it.</summary>
    public VariableState? Get(string name) => variables.GetValueOrDefault(name);

    /// <summary>
    /// The data type a variable had before the open checkpoints, looking outward from the innermost
    /// one to the first state that knows it; <see cref="DataType.Unknown"/> when none does.
    /// </summary>
    public DataType EarlierDataType(string name)
    {
        foreach (var journal in journals)
        {
            if (journal.TryGetValue(name, out var old) && old is { Type.DataType: not DataType.Unknown })
            {
                return old.Type.DataType;
            }
        }
        return DataType.Unknown;
    }

    /// <summary>Records a definite assignment.</summary>
    public void Set(string name, TypeInfo type) => Put(name, new VariableState(type, true));

    /// <summary>Replaces the state of a variable (null removes it), journaling the old state.</summary>
    public void Put(string name, VariableState? state)
    {
        if (journals.Count > 0)
        {
            journals.Peek().TryAdd(name, Get(name));
        }
        if (state is null)
        {
            variables.Remove(name);
        }
        else
        {
            variables[name] = state;
        }
    }

    /// <summary>Starts recording changes, to be undone by <see cref="Rewind"/>.</summary>
    public void Checkpoint() => journals.Push(new Dictionary<string, VariableState?>(StringComparer.Ordinal));

    /// <summary>Ends the last checkpoint keeping its changes (an enclosing checkpoint can still undo them).</summary>
    public void Commit()
    {
        var journal = journals.Pop();
        if (journals.Count > 0)
        {
            foreach (var (name, old) in journal)
            {
                journals.Peek().TryAdd(name, old);
            }
        }
    }

    /// <summary>
    /// Restores the state of the last checkpoint and returns what had changed since:
    /// each changed variable with its state just before the rewind.
    /// </summary>
    public Dictionary<string, VariableState?> Rewind()
    {
        var journal = journals.Pop();
        var changes = new Dictionary<string, VariableState?>(journal.Count, StringComparer.Ordinal);
        foreach (var (name, old) in journal)
        {
            changes[name] = Get(name);
            if (old is null)
            {
                variables.Remove(name);
            }
            else
            {
                variables[name] = old;
            }
        }
        return changes;
    }
}

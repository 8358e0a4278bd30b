namespace DmlNet.Runtime;

/// <summary>
/// A variable name as an instruction uses it. It remembers the slot the name had in the last
/// <see cref="SymbolLayout"/> it was used with, so that reading or binding the variable in a table
/// of that layout is an array access, not a dictionary lookup.
/// </summary>
public sealed class VariableName(string text)
{
    private SlotHint? hint;

    /// <summary>The name.</summary>
    public string Text { get; } = text;

    /// <summary>The slot in <paramref name="layout"/>, or -1 when it has none (assigned one when <paramref name="add"/>).</summary>
    internal int SlotIn(SymbolLayout layout, bool add)
    {
        // One reference read, so that threads using different layouts never mix a layout with another's slot.
        var remembered = hint;
        if (remembered is not null && ReferenceEquals(remembered.Layout, layout))
        {
            return remembered.Slot;
        }
        var slot = add ? layout.GetOrAdd(Text) : layout.Find(Text);
        if (slot >= 0)
        {
            hint = new SlotHint(layout, slot);
        }
        return slot;
    }

    /// <inheritdoc />
    public override string ToString() => Text;

    private sealed record SlotHint(SymbolLayout Layout, int Slot);
}

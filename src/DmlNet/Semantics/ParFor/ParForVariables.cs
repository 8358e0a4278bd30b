using DmlNet.Syntax;

namespace DmlNet.Semantics.ParFor;

/// <summary>
/// How a parfor body uses the variables it writes. <see cref="Results"/> are left-indexed in place
/// of a value from before the loop (their changed cells are merged after the loop);
/// <see cref="Accumulators"/> are updated with <c>x += e</c> from a value from before the loop
/// (merged as <c>x + sum of the increments</c>); every other written variable is private to
/// its iteration and does not leave the loop.
/// </summary>
internal sealed class ParForVariables
{
    private ParForVariables(VariableUse use, string loopVariable)
    {
        Use = use;
        Results = use.Writes.Where(w => w.Index is not null && w.Exposed && w.Name != loopVariable)
            .Select(w => w.Name).ToHashSet(StringComparer.Ordinal);
        Accumulators = use.Writes.Where(w => w.Index is null && w.Accumulates && w.Exposed && w.Name != loopVariable)
            .Select(w => w.Name).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The reads and writes of the body.</summary>
    public VariableUse Use { get; }

    /// <summary>Variables updated by left-indexing a value from before the loop.</summary>
    public IReadOnlySet<string> Results { get; }

    /// <summary>Variables updated by <c>+=</c> from a value from before the loop.</summary>
    public IReadOnlySet<string> Accumulators { get; }

    /// <summary>Classifies the variables of a parfor body.</summary>
    public static ParForVariables Of(IEnumerable<Statement> body, string loopVariable) => new(VariableUse.In(body), loopVariable);
}

namespace DmlNet.Hops;

/// <summary>
/// The operators of one basic block. <see cref="Roots"/> are evaluated in order: each statement's
/// operators run when its statement is reached (so side effects keep their order), and the final
/// value of every variable the block assigns is written back at the end.
/// </summary>
public sealed class HopDag(IReadOnlyList<Hop> roots)
{
    /// <summary>The roots in evaluation order (writes, prints, calls...).</summary>
    public IReadOnlyList<Hop> Roots { get; } = roots;

    /// <summary>All hops in evaluation order (inputs before users), each once.</summary>
    public IReadOnlyList<Hop> TopologicalOrder()
    {
        var order = new List<Hop>();
        var seen = new HashSet<Hop>(ReferenceEqualityComparer.Instance);
        foreach (var root in Roots)
        {
            Visit(root, seen, order);
        }
        return order;
    }

    private static void Visit(Hop hop, HashSet<Hop> seen, List<Hop> order)
    {
        if (!seen.Add(hop))
        {
            return;
        }
        foreach (var input in hop.Inputs)
        {
            Visit(input, seen, order);
        }
        order.Add(hop);
    }
}

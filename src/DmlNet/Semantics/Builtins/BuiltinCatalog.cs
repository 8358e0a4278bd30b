namespace DmlNet.Semantics.Builtins;

/// <summary>
/// The single catalog of DML builtins: every builtin of the reference with its parameters,
/// defaults, call style and result rule. Used for arity, named-argument and type checks, and
/// by later phases to know what a call produces. Entries are registered per category.
/// </summary>
public static class BuiltinCatalog
{
    private static readonly Dictionary<string, BuiltinFunction> ByName = Build();

    /// <summary>All entries (each once, aliases not repeated).</summary>
    public static IReadOnlyCollection<BuiltinFunction> All => ByName.Values.Distinct().ToList();

    /// <summary>The builtin called <paramref name="name"/> (main name or alias), or null.</summary>
    public static BuiltinFunction? Find(string name) => ByName.GetValueOrDefault(name);

    private static Dictionary<string, BuiltinFunction> Build()
    {
        var entries = new List<BuiltinFunction>();
        ConstructionBuiltins.Register(entries);
        CastingBuiltins.Register(entries);
        ShapeBuiltins.Register(entries);
        AggregateBuiltins.Register(entries);
        MathBuiltins.Register(entries);
        LinearAlgebraBuiltins.Register(entries);
        DistributionBuiltins.Register(entries);
        NeuralNetworkBuiltins.Register(entries);
        IoBuiltins.Register(entries);
        FrameBuiltins.Register(entries);
        UtilityBuiltins.Register(entries);

        var map = new Dictionary<string, BuiltinFunction>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            foreach (var name in entry.Aliases.Prepend(entry.Name))
            {
                if (!map.TryAdd(name, entry))
                {
                    throw new InvalidOperationException($"builtin '{name}' registered twice");
                }
            }
        }
        return map;
    }
}

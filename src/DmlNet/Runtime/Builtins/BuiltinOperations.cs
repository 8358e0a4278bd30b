using DmlNet.Plan;

namespace DmlNet.Runtime.Builtins;

/// <summary>The runtime implementations of builtins, by the catalog's main name; registered per category.</summary>
public static class BuiltinOperations
{
    private static readonly Dictionary<string, Operation> Implementations = Build();

    /// <summary>The implementation of a builtin; one not implemented yet fails with a clear runtime error.</summary>
    public static Operation For(string name) => Implementations.TryGetValue(name, out var operation)
        ? operation
        : _ => throw new DmlRuntimeException($"the builtin '{name}' is not implemented by the DmlNet runtime yet");

    /// <summary>True when the runtime implements the builtin.</summary>
    public static bool IsImplemented(string name) => Implementations.ContainsKey(name);

    private static Dictionary<string, Operation> Build()
    {
        var map = new Dictionary<string, Operation>(StringComparer.Ordinal);
        OutputImplementations.Register(map);
        CastingImplementations.Register(map);
        ShapeImplementations.Register(map);
        ReorgImplementations.Register(map);
        ListImplementations.Register(map);
        UtilityImplementations.Register(map);
        EvalImplementations.Register(map);
        AggregateImplementations.Register(map);
        StatisticsImplementations.Register(map);
        DistributionImplementations.Register(map);
        MathImplementations.Register(map);
        ConstructionImplementations.Register(map);
        IoImplementations.Register(map);
        LinearAlgebraImplementations.Register(map);
        TableImplementations.Register(map);
        NeuralNetworkImplementations.Register(map);
        TransformImplementations.Register(map);
        FrameSchemaImplementations.Register(map);
        FrameImplementations.Register(map); // last: overloads builtins registered above for frame arguments
        return map;
    }
}

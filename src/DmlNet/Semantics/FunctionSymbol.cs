using DmlNet.Syntax;

namespace DmlNet.Semantics;

/// <summary>A user-defined function: where it lives, its syntax, and the declared types of its parameters and results.</summary>
public sealed class FunctionSymbol
{
    /// <summary>Creates the symbol for a definition in <paramref name="module"/>.</summary>
    public FunctionSymbol(Module module, FunctionDefinition definition, IReadOnlyList<TypeInfo> parameterTypes,
        IReadOnlyList<TypeInfo> resultTypes)
    {
        Module = module;
        Definition = definition;
        ParameterTypes = parameterTypes;
        ResultTypes = resultTypes;
    }

    /// <summary>The defining file.</summary>
    public Module Module { get; }

    /// <summary>The definition as written.</summary>
    public FunctionDefinition Definition { get; }

    /// <summary>The function's name (without namespace).</summary>
    public string Name => Definition.Name;

    /// <summary>Declared parameter types, in order.</summary>
    public IReadOnlyList<TypeInfo> ParameterTypes { get; }

    /// <summary>Declared result types, in order.</summary>
    public IReadOnlyList<TypeInfo> ResultTypes { get; }

    /// <summary>Number of parameters without a default.</summary>
    public int RequiredCount => Definition.Parameters.Count(p => p.Default is null);
}

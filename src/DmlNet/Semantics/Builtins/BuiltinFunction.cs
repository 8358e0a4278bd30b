namespace DmlNet.Semantics.Builtins;

/// <summary>How a builtin's arguments may be written.</summary>
public enum BuiltinCallStyle
{
    /// <summary>Positional arguments, optionally followed by named ones (e.g. <c>matrix(0, rows=2, cols=2)</c>).</summary>
    Positional,
    /// <summary>Named arguments only (the "parameterized builtins", e.g. <c>removeEmpty(target=X, margin="rows")</c>).</summary>
    NamedOnly,
}

/// <summary>Computes the types of a builtin call's outputs from its bound arguments, reporting misuse.</summary>
public delegate TypeInfo[] BuiltinResultRule(BuiltinCall call);

/// <summary>
/// One entry of the builtin catalog: names, parameters, call style, how many outputs a
/// multi-assignment may bind (0 for statement-like builtins such as <c>print</c>) and the
/// rule giving data type, value type and shape of the results.
/// </summary>
public sealed class BuiltinFunction
{
    /// <summary>Creates an entry; see <see cref="BuiltinParameter.ParseList"/> for <paramref name="parameters"/>.</summary>
    public BuiltinFunction(string name, string parameters, BuiltinResultRule result, string description)
    {
        Name = name;
        Parameters = BuiltinParameter.ParseList(parameters);
        Result = result;
        Description = description;
    }

    /// <summary>The main name.</summary>
    public string Name { get; }

    /// <summary>Other names for the same builtin (e.g. <c>avg</c> for <c>mean</c>).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Parameters in positional order.</summary>
    public IReadOnlyList<BuiltinParameter> Parameters { get; }

    /// <summary>How arguments may be written.</summary>
    public BuiltinCallStyle Style { get; init; } = BuiltinCallStyle.Positional;

    /// <summary>True when any argument name is accepted (e.g. <c>list(a=1, b=2)</c>).</summary>
    public bool AcceptsAnyName { get; init; }

    /// <summary>Fewest outputs a multi-assignment may bind; 0 means it has no value (print, stop...).</summary>
    public int MinOutputs { get; init; } = 1;

    /// <summary>Most outputs a multi-assignment may bind.</summary>
    public int MaxOutputs { get; init; } = 1;

    /// <summary>The typing and shape rule.</summary>
    public BuiltinResultRule Result { get; }

    /// <summary>One line for docs and the REPL.</summary>
    public string Description { get; }

    /// <summary>True when the builtin produces no value.</summary>
    public bool IsStatement => MaxOutputs == 0;
}

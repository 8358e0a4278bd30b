using DmlNet.Syntax;

namespace DmlNet.Semantics.Builtins;

/// <summary>Binds the arguments of a (validated) builtin call to parameter names.</summary>
public static class BuiltinBinding
{
    /// <summary>
    /// Each argument with the parameter it binds to: positional arguments in parameter order, the
    /// rest to the variadic parameter; named arguments by name (any name for builtins such as list).
    /// </summary>
    public static IReadOnlyList<(string Parameter, Argument Argument)> Bind(BuiltinFunction builtin, IReadOnlyList<Argument> arguments)
    {
        var parameters = builtin.Parameters;
        var variadic = parameters.FirstOrDefault(p => p.Variadic);
        var bound = new List<(string, Argument)>(arguments.Count);
        var position = 0;
        foreach (var argument in arguments)
        {
            if (argument.Name is not null)
            {
                bound.Add((argument.Name, argument));
            }
            else if (position < parameters.Count && !parameters[position].Variadic)
            {
                bound.Add((parameters[position++].Name, argument));
            }
            else if (variadic is not null)
            {
                bound.Add((variadic.Name, argument));
            }
        }
        return bound;
    }
}

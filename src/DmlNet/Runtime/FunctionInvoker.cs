using DmlNet.Plan;
using DmlNet.Runtime.Data;

namespace DmlNet.Runtime;

/// <summary>
/// Runs a compiled user-defined function for a caller: binds the arguments (converted to the
/// declared value types) in a fresh scope, runs the body and returns the results (converted to
/// the declared types). Shared by direct calls and calls by name (<c>eval</c>).
/// </summary>
public static class FunctionInvoker
{
    /// <summary>
    /// Calls <paramref name="function"/> with values bound by parameter name and returns its first
    /// <paramref name="outputCount"/> results; <paramref name="displayName"/> names it in errors.
    /// </summary>
    public static DmlValue[] Invoke(RuntimeContext caller, FunctionProgram function,
        IReadOnlyList<(string Parameter, DmlValue Value)> arguments, int outputCount, string displayName)
    {
        var symbol = function.Symbol;
        var definition = symbol.Definition;
        var callee = caller.ForFunctionCall(function.Layout);
        foreach (var (parameter, value) in arguments)
        {
            var index = definition.Parameters.IndexOf(definition.Parameters.First(p => p.Name == parameter));
            callee.Variables.Set(parameter, ValueConversion.ToDeclared(value, symbol.ParameterTypes[index],
                $"argument '{parameter}' of '{displayName}'"));
        }
        Executor.Run(function.Body, callee);
        var results = new DmlValue[outputCount];
        for (var i = 0; i < outputCount; i++)
        {
            var result = definition.Results[i].Name;
            var value = callee.Variables.Find(result)
                ?? throw new DmlRuntimeException($"function '{displayName}' did not assign its result '{result}'");
            results[i] = ValueConversion.ToDeclared(value, symbol.ResultTypes[i], $"result '{result}' of '{displayName}'");
        }
        return results;
    }
}

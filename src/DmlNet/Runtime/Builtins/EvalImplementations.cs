using DmlNet.Plan;
using DmlNet.Runtime.Data;
using DmlNet.Runtime.Operations;
using DmlNet.Semantics;
using DmlNet.Semantics.Builtins;

namespace DmlNet.Runtime.Builtins;

/// <summary>
/// eval and evalList: call a function by name at run time (reference §7.10). The name is a
/// function of the main script (<c>"f"</c>), of a file it imported (<c>"ns::f"</c>) or a builtin.
/// Arguments bind by position; a single list argument is unpacked into the arguments (by name
/// for a named list) unless the function takes exactly one list. Missing arguments take the
/// function's defaults. eval returns the first result as a matrix (a scalar becomes 1 x 1),
/// evalList all results in a list named by the function's result names.
/// </summary>
internal static class EvalImplementations
{
    /// <summary>Adds this category's implementations.</summary>
    public static void Register(Dictionary<string, Operation> map)
    {
        map["eval"] = args => [AsMatrix(Call(args, all: false)[0].Value, args.String("name", ""))];
        map["evalList"] = args =>
        {
            var results = Call(args, all: true);
            return [new ListValue(results.Select(r => r.Value).ToList(), results.Select(r => (string?)r.Name).ToList())];
        };
    }

    private static List<(string Name, DmlValue Value)> Call(OperationArguments args, bool all)
    {
        var name = args.String("name", "");
        var arguments = args.All("arguments").ToList();
        if (args.Context.Program.FindFunction(name) is { } function)
        {
            return CallFunction(args.Context, function, name, arguments, all);
        }
        if (BuiltinCatalog.Find(name) is { } builtin && BuiltinOperations.IsImplemented(builtin.Name))
        {
            return CallBuiltin(args.Context, builtin, arguments);
        }
        throw new DmlRuntimeException($"eval(): there is no function named '{name}'");
    }

    private static List<(string, DmlValue)> CallFunction(RuntimeContext context, FunctionProgram function, string name,
        List<DmlValue> arguments, bool all)
    {
        var symbol = function.Symbol;
        var parameters = symbol.Definition.Parameters;
        var onlyList = parameters.Length == 1 && symbol.ParameterTypes[0].DataType == DataType.List;
        var (positional, named) = arguments is [ListValue list] && !onlyList ? Unpack(list) : (arguments, []);
        if (positional.Count > parameters.Length)
        {
            throw new DmlRuntimeException($"eval(): '{name}' takes {parameters.Length} arguments, got {positional.Count}");
        }
        foreach (var key in named.Keys.Where(k => parameters.All(p => p.Name != k)))
        {
            throw new DmlRuntimeException($"eval(): '{name}' has no parameter named '{key}'");
        }
        var bound = new List<(string, DmlValue)>(parameters.Length);
        for (var i = 0; i < parameters.Length; i++)
        {
            var parameter = parameters[i].Name;
            var value = i < positional.Count ? positional[i]
                : named.TryGetValue(parameter, out var given) ? given
                : function.Defaults.TryGetValue(parameter, out var fallback) ? Evaluate(fallback, context)
                : throw new DmlRuntimeException($"eval(): missing argument '{parameter}' of '{name}'");
            bound.Add((parameter, value));
        }
        var results = symbol.Definition.Results;
        var count = all ? results.Length : Math.Min(1, results.Length);
        if (count == 0 && !all)
        {
            throw new DmlRuntimeException($"eval(): '{name}' returns nothing");
        }
        var values = FunctionInvoker.Invoke(context, function, bound, count, name);
        return values.Select((v, i) => (results[i].Name, v)).ToList();
    }

    /// <summary>A builtin called by name: positional arguments bind in parameter order, the rest to its variadic parameter.</summary>
    private static List<(string, DmlValue)> CallBuiltin(RuntimeContext context, BuiltinFunction builtin, List<DmlValue> arguments)
    {
        var (positional, named) = arguments is [ListValue list] ? Unpack(list) : (arguments, []);
        var parameters = builtin.Parameters;
        var names = new List<string>();
        for (var i = 0; i < positional.Count; i++)
        {
            var parameter = i < parameters.Count && !parameters[i].Variadic ? parameters[i]
                : parameters.FirstOrDefault(p => p.Variadic)
                ?? throw new DmlRuntimeException($"eval(): {builtin.Name}() takes at most {parameters.Count} arguments, got {positional.Count}");
            names.Add(parameter.Name);
        }
        names.AddRange(named.Keys);
        var values = positional.Concat(named.Values).Select(v => (DmlValue?)v).ToList();
        var results = BuiltinOperations.For(builtin.Name)(new OperationArguments(names, values, context));
        return results.Length == 0
            ? throw new DmlRuntimeException($"eval(): {builtin.Name}() returns nothing")
            : results.Select(r => ("", r)).ToList();
    }

    /// <summary>The elements of an argument list: positional for an unnamed list, by name for a named one.</summary>
    private static (List<DmlValue>, Dictionary<string, DmlValue>) Unpack(ListValue list) =>
        list.Names.Count > 0 && list.Names.All(n => n is not null)
            ? ([], list.Names.Zip(list.Elements).ToDictionary(p => p.First!, p => p.Second, StringComparer.Ordinal))
            : (list.Elements.ToList(), []);

    /// <summary>Runs a compiled default value in the caller's scope and takes its result.</summary>
    private static DmlValue Evaluate(ValueProgram program, RuntimeContext context)
    {
        Executor.RunInstructions(program.Block, context);
        var value = context.Variables.Get(program.Variable);
        context.Variables.Remove(program.Variable);
        return value;
    }

    private static MatrixValue AsMatrix(DmlValue value, string name) => value switch
    {
        MatrixValue m => m,
        ScalarValue s => new MatrixValue(MatrixBlock.FromDense(1, 1, [OperatorOperations.Number(s)])),
        _ => throw new DmlRuntimeException(
            $"eval(): '{name}' returned a {OperatorOperations.Kind(value)}; eval returns a matrix (use evalList for other results)"),
    };
}

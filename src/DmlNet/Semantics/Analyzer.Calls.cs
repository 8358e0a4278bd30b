using DmlNet.Diagnostics;
using DmlNet.Semantics.Builtins;
using DmlNet.Syntax;

namespace DmlNet.Semantics;

internal sealed partial class Analyzer
{
    /// <summary>
    /// Checks a call and returns the types of its outputs. <paramref name="outputCount"/> is the
    /// number of targets of a multi-assignment (null otherwise).
    /// </summary>
    private IReadOnlyList<TypeInfo> Call(CallExpression call, bool valueNeeded, int? outputCount = null)
    {
        if (call is { Namespace: null, Name: "exists" } && call.Arguments.Length == 1 && call.Arguments[0].Value is IdentifierExpression)
        {
            return [TypeInfo.Boolean];
        }
        if (call.Namespace is not null)
        {
            if (!module.Imports.TryGetValue(call.Namespace, out var imported))
            {
                ArgumentTypes(call);
                diagnostics.Error(DiagnosticCode.UnknownNamespace, call.Span,
                    $"unknown namespace '{call.Namespace}' in '{call.QualifiedName}'; import it with source(\"...\") as {call.Namespace}");
                return [];
            }
            if (!imported.Functions.TryGetValue(call.Name, out var target))
            {
                ArgumentTypes(call);
                diagnostics.Error(DiagnosticCode.UndefinedFunction, call.Span,
                    $"function '{call.QualifiedName}' is not defined in '{imported.Source.Path}'");
                return [];
            }
            return UserCall(call, target, valueNeeded, outputCount);
        }
        if (module.Functions.TryGetValue(call.Name, out var local))
        {
            return UserCall(call, local, valueNeeded, outputCount);
        }
        if (BuiltinCatalog.Find(call.Name) is { } builtin)
        {
            return BuiltinCall(call, builtin, valueNeeded, outputCount);
        }
        ArgumentTypes(call);
        diagnostics.Error(DiagnosticCode.UndefinedFunction, call.Span, $"undefined function '{call.Name}'");
        return [];
    }

    private List<TypeInfo> ArgumentTypes(CallExpression call) =>
        call.Arguments.Select(a => a.Value is ListLiteral list ? ShapeList(list) : Value(a.Value)).ToList();

    private IReadOnlyList<TypeInfo> UserCall(CallExpression call, FunctionSymbol function, bool valueNeeded, int? outputCount)
    {
        var display = call.QualifiedName;
        if (callsForbiddenIn is not null)
        {
            diagnostics.Error(DiagnosticCode.CallNotAllowedHere, call.Span,
                $"user-defined function '{display}' cannot be called in {callsForbiddenIn}; assign its result to a variable first");
        }
        var types = ArgumentTypes(call);
        var parameters = function.Definition.Parameters;
        var named = call.Arguments.Count(a => a.Name is not null);
        if (named > 0 && named < call.Arguments.Length)
        {
            diagnostics.Error(DiagnosticCode.MixedArguments, call.Span,
                $"arguments of '{display}' must be all positional or all named");
        }
        else if (named == 0)
        {
            if (call.Arguments.Length > parameters.Length || call.Arguments.Length < function.RequiredCount)
            {
                diagnostics.Error(DiagnosticCode.WrongArgumentCount, call.Span,
                    $"function '{display}' expects {Expected(function.RequiredCount, parameters.Length)}, got {call.Arguments.Length}");
            }
            for (var i = 0; i < Math.Min(call.Arguments.Length, parameters.Length); i++)
            {
                CheckArgument(display, parameters[i], function.ParameterTypes[i], call.Arguments[i], types[i]);
            }
        }
        else
        {
            BindNamed(call, function, types, display);
        }
        return Outputs(call, display, function.ResultTypes, function.ResultTypes.Count, function.ResultTypes.Count,
            valueNeeded, outputCount);
    }

    private void BindNamed(CallExpression call, FunctionSymbol function, List<TypeInfo> types, string display)
    {
        var parameters = function.Definition.Parameters;
        var given = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < call.Arguments.Length; i++)
        {
            var argument = call.Arguments[i];
            var index = parameters.IndexOf(parameters.FirstOrDefault(p => p.Name == argument.Name)!);
            if (index < 0)
            {
                diagnostics.Error(DiagnosticCode.UnknownNamedArgument, argument.Span,
                    $"function '{display}' has no parameter '{argument.Name}' (parameters: {string.Join(", ", parameters.Select(p => p.Name))})");
            }
            else if (!given.Add(argument.Name!))
            {
                diagnostics.Error(DiagnosticCode.DuplicateArgument, argument.Span, $"argument '{argument.Name}' given twice");
            }
            else
            {
                CheckArgument(display, parameters[index], function.ParameterTypes[index], argument, types[i]);
            }
        }
        foreach (var missing in parameters.Where(p => p.Default is null && !given.Contains(p.Name)))
        {
            diagnostics.Error(DiagnosticCode.MissingArgument, call.Span,
                $"missing argument '{missing.Name}' in call to '{display}'");
        }
    }

    private void CheckArgument(string function, Parameter parameter, TypeInfo declared, Argument argument, TypeInfo actual)
    {
        if (declared.DataType == DataType.Unknown || actual.DataType == DataType.Unknown || declared.DataType == actual.DataType)
        {
            return;
        }
        diagnostics.Error(DiagnosticCode.TypeMismatch, argument.Span,
            $"argument '{parameter.Name}' of '{function}' must be a {Kind(declared.DataType)}, got a {actual.Describe()}");
    }

    private static string Expected(int required, int total)
    {
        var count = required == total ? $"{total}" : $"{required} to {total}";
        return $"{count} argument{(total == 1 ? "" : "s")}";
    }

    private IReadOnlyList<TypeInfo> Outputs(CallExpression call, string display, IReadOnlyList<TypeInfo> outputs,
        int minimum, int maximum, bool valueNeeded, int? outputCount)
    {
        if (outputCount is { } targets && (targets < Math.Max(minimum, 1) || targets > maximum))
        {
            var range = minimum == maximum ? $"{maximum}" : $"{minimum} to {maximum}";
            diagnostics.Error(DiagnosticCode.OutputCountMismatch, call.Span,
                maximum == 0
                    ? $"'{display}' returns no values and cannot be assigned"
                    : $"'{display}' returns {range} value{(maximum == 1 ? "" : "s")}, but {targets} targets are assigned");
        }
        else if (valueNeeded && maximum == 0)
        {
            diagnostics.Error(DiagnosticCode.NoValue, call.Span, $"'{display}' returns no value and cannot be used in an expression");
        }
        return outputs;
    }

    private IReadOnlyList<TypeInfo> BuiltinCall(CallExpression call, BuiltinFunction builtin, bool valueNeeded, int? outputCount)
    {
        var bound = new Dictionary<string, (Argument, TypeInfo)>(StringComparer.Ordinal);
        var rest = new List<(Argument, TypeInfo)>();
        var parameters = builtin.Parameters;
        var variadic = parameters.FirstOrDefault(p => p.Variadic);
        var position = 0;
        var sawNamed = false;
        foreach (var argument in call.Arguments)
        {
            var type = argument.Value is ListLiteral list && argument.Name is not null && ShapeArguments.Contains(argument.Name)
                ? ShapeList(list)
                : Value(argument.Value);
            if (argument.Name is null)
            {
                if (sawNamed || builtin.Style == BuiltinCallStyle.NamedOnly)
                {
                    diagnostics.Error(DiagnosticCode.MixedArguments, argument.Span, builtin.Style == BuiltinCallStyle.NamedOnly
                        ? $"builtin '{call.Name}' takes named arguments only, e.g. {parameters[0].Name}=..."
                        : $"positional argument after named arguments in call to '{call.Name}'");
                    continue;
                }
                if (position < parameters.Count && !parameters[position].Variadic)
                {
                    bound[parameters[position++].Name] = (argument, type);
                }
                else if (variadic is not null)
                {
                    rest.Add((argument, type));
                }
                else
                {
                    position++;
                }
                continue;
            }
            sawNamed = true;
            if (parameters.Any(p => p.Name == argument.Name && !p.Variadic))
            {
                if (!bound.TryAdd(argument.Name, (argument, type)))
                {
                    diagnostics.Error(DiagnosticCode.DuplicateArgument, argument.Span,
                        $"argument '{argument.Name}' of '{call.Name}' given twice");
                }
            }
            else if (builtin.AcceptsAnyName)
            {
                rest.Add((argument, type));
            }
            else
            {
                diagnostics.Error(DiagnosticCode.UnknownNamedArgument, argument.Span,
                    $"builtin '{call.Name}' has no parameter '{argument.Name}' (parameters: {string.Join(", ", parameters.Select(p => p.Name))})");
            }
        }
        var fixedCount = parameters.Count(p => !p.Variadic);
        if (position > fixedCount && variadic is null)
        {
            diagnostics.Error(DiagnosticCode.WrongArgumentCount, call.Span,
                $"builtin '{call.Name}' expects {Expected(parameters.Count(p => p.Required), fixedCount)}, got {position}");
        }
        var missing = parameters.Where(p => p.Required && !bound.ContainsKey(p.Name)).ToList();
        if (missing.Count > 0)
        {
            if (sawNamed || builtin.Style == BuiltinCallStyle.NamedOnly)
            {
                diagnostics.Error(DiagnosticCode.MissingArgument, call.Span,
                    $"missing argument '{missing[0].Name}' in call to '{call.Name}'");
            }
            else
            {
                diagnostics.Error(DiagnosticCode.WrongArgumentCount, call.Span,
                    $"builtin '{call.Name}' expects {Expected(parameters.Count(p => p.Required), fixedCount)}, got {position}");
            }
            return Outputs(call, call.Name, [TypeInfo.Unknown], builtin.MinOutputs, builtin.MaxOutputs, valueNeeded, outputCount);
        }
        var view = new BuiltinCall(builtin, call, bound, rest, diagnostics, options.WorkingDirectory);
        var outputs = builtin.Result(view);
        return Outputs(call, call.Name, outputs, builtin.MinOutputs, builtin.MaxOutputs, valueNeeded, outputCount);
    }
}

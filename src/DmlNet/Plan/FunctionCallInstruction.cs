using DmlNet.Runtime;
using DmlNet.Syntax;

namespace DmlNet.Plan;

/// <summary>Calls a user-defined function: binds arguments (converted to the declared value types), runs the body, binds the results.</summary>
public sealed class FunctionCallInstruction(SourceSpan span, Hops.FunctionCallHop call, IReadOnlyList<Operand> inputs) : Instruction(span)
{
    /// <summary>The argument operands, in the order of the call's parameter names.</summary>
    public IReadOnlyList<Operand> Inputs { get; } = inputs;

    /// <summary>The variables receiving the results.</summary>
    public IReadOnlyList<string> OutputNames => call.OutputNames;

    /// <inheritdoc />
    public override string Opcode => "fcall";

    /// <inheritdoc />
    public override void Execute(RuntimeContext context)
    {
        var function = context.Program.Functions[call.Function];
        var callee = context.ForFunctionCall();
        var definition = call.Function.Definition;
        for (var i = 0; i < Inputs.Count; i++)
        {
            var index = definition.Parameters.IndexOf(definition.Parameters.First(p => p.Name == call.ParameterNames[i]));
            var value = ValueConversion.ToDeclared(context.Resolve(Inputs[i]), call.Function.ParameterTypes[index],
                $"argument '{call.ParameterNames[i]}' of '{call.QualifiedName}'");
            callee.Variables.Set(call.ParameterNames[i], value);
        }
        Executor.Run(function.Body, callee);
        for (var i = 0; i < call.OutputNames.Count; i++)
        {
            var result = definition.Results[i].Name;
            var value = callee.Variables.Find(result)
                ?? throw new DmlRuntimeException($"function '{call.QualifiedName}' did not assign its result '{result}'");
            context.Variables.Set(call.OutputNames[i], ValueConversion.ToDeclared(value, call.Function.ResultTypes[i],
                $"result '{result}' of '{call.QualifiedName}'"));
        }
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"CP fcall {call.QualifiedName} {string.Join(" ", call.ParameterNames.Zip(Inputs, (n, o) => $"{n}={o}"))} -> {string.Join(" ", call.OutputNames)}";
}

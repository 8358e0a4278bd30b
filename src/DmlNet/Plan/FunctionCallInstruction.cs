using DmlNet.Runtime;
using DmlNet.Syntax;

namespace DmlNet.Plan;

/// <summary>Calls a user-defined function: binds arguments (converted to the declared value types), runs the body, binds the results.</summary>
public sealed class FunctionCallInstruction(SourceSpan span, Hops.FunctionCallHop call, IReadOnlyList<Operand> inputs) : Instruction(span)
{
    private readonly Operand[] inputArray = inputs.ToArray();
    private readonly VariableName[] parameters = call.ParameterNames.Select(n => new VariableName(n)).ToArray();
    private readonly int[] parameterPositions = call.ParameterNames
        .Select(n => call.Function.Definition.Parameters.Select(p => p.Name).ToList().IndexOf(n)).ToArray();
    private readonly VariableName[] results = call.Function.Definition.Results.Take(call.OutputNames.Count)
        .Select(r => new VariableName(r.Name)).ToArray();
    private readonly VariableName[] outputs = call.OutputNames.Select(n => new VariableName(n)).ToArray();

    /// <summary>The argument operands, in the order of the call's parameter names.</summary>
    public IReadOnlyList<Operand> Inputs => inputArray;

    /// <summary>The variables receiving the results.</summary>
    public IReadOnlyList<string> OutputNames => call.OutputNames;

    /// <inheritdoc />
    public override string Opcode => "fcall";

    /// <inheritdoc />
    public override void Execute(RuntimeContext context)
    {
        var function = context.Program.Functions[call.Function];
        var callee = context.ForFunctionCall(function.Layout);
        for (var i = 0; i < inputArray.Length; i++)
        {
            var value = ValueConversion.ToDeclared(context.Resolve(inputArray[i]), call.Function.ParameterTypes[parameterPositions[i]],
                $"argument '{call.ParameterNames[i]}' of '{call.QualifiedName}'");
            callee.Variables.Set(parameters[i], value);
        }
        Executor.Run(function.Body, callee);
        for (var i = 0; i < outputs.Length; i++)
        {
            var value = callee.Variables.Find(results[i])
                ?? throw new DmlRuntimeException($"function '{call.QualifiedName}' did not assign its result '{results[i].Text}'");
            context.Variables.Set(outputs[i], ValueConversion.ToDeclared(value, call.Function.ResultTypes[i],
                $"result '{results[i].Text}' of '{call.QualifiedName}'"));
        }
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"CP fcall {call.QualifiedName} {string.Join(" ", call.ParameterNames.Zip(Inputs, (n, o) => $"{n}={o}"))} -> {string.Join(" ", call.OutputNames)}";
}

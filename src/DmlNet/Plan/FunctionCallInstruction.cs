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
        var arguments = new (string, Runtime.Data.DmlValue)[Inputs.Count];
        for (var i = 0; i < Inputs.Count; i++)
        {
            arguments[i] = (call.ParameterNames[i], context.Resolve(Inputs[i]));
        }
        var results = FunctionInvoker.Invoke(context, context.Program.Functions[call.Function], arguments, call.OutputNames.Count,
            call.QualifiedName);
        for (var i = 0; i < results.Length; i++)
        {
            context.Variables.Set(call.OutputNames[i], results[i]);
        }
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"CP fcall {call.QualifiedName} {string.Join(" ", call.ParameterNames.Zip(Inputs, (n, o) => $"{n}={o}"))} -> {string.Join(" ", call.OutputNames)}";
}

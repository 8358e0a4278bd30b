using DmlNet.Runtime;
using DmlNet.Runtime.Data;
using DmlNet.Syntax;

namespace DmlNet.Plan;

/// <summary>The implementation of an operator or builtin: input values (with their parameter names) in, outputs out.</summary>
public delegate DmlValue[] Operation(OperationArguments arguments);

/// <summary>Computes outputs from inputs with an operation chosen at compile time (operators, builtins, indexing).</summary>
public sealed class ComputeInstruction(SourceSpan span, string opcode, Operation operation, IReadOnlyList<string> parameterNames,
    IReadOnlyList<Operand?> inputs, IReadOnlyList<string> outputs) : Instruction(span)
{
    /// <summary>The variables receiving the outputs, in order (may be fewer than the operation returns).</summary>
    public IReadOnlyList<string> Outputs { get; } = outputs;

    /// <summary>The operands (null for an absent optional input such as an open index bound).</summary>
    public IReadOnlyList<Operand?> Inputs { get; } = inputs;

    /// <inheritdoc />
    public override string Opcode { get; } = opcode;

    /// <inheritdoc />
    public override void Execute(RuntimeContext context)
    {
        var values = new DmlValue?[Inputs.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Inputs[i] is { } operand ? context.Resolve(operand) : null;
        }
        var results = operation(new OperationArguments(parameterNames, values, context));
        for (var i = 0; i < Outputs.Count; i++)
        {
            if (i >= results.Length)
            {
                throw new DmlRuntimeException($"{Opcode} returned {results.Length} values, {Outputs.Count} expected");
            }
            context.Variables.Set(Outputs[i], results[i]);
        }
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"CP {Opcode} {string.Join(" ", Inputs.Select(i => i?.ToString() ?? "_"))}{(Outputs.Count > 0 ? " -> " + string.Join(" ", Outputs) : "")}";
}

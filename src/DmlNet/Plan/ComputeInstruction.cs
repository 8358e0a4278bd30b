using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using DmlNet.Runtime;
using DmlNet.Runtime.Data;
using DmlNet.Syntax;

namespace DmlNet.Plan;

/// <summary>The implementation of an operator or builtin: input values (with their parameter names) in, outputs out.</summary>
public delegate DmlValue[] Operation(OperationArguments arguments);

/// <summary>
/// Computes outputs from inputs with an operation chosen at compile time (operators, builtins, indexing).
/// A binary operator may also come with <paramref name="binary"/>, the same computation on two values
/// directly, which the interpreter then calls without building argument and result arrays.
/// </summary>
public sealed class ComputeInstruction(SourceSpan span, string opcode, Operation operation, IReadOnlyList<string> parameterNames,
    IReadOnlyList<Operand?> inputs, IReadOnlyList<string> outputs, Func<DmlValue, DmlValue, DmlValue>? binary = null) : Instruction(span)
{
    private readonly Operand?[] inputArray = inputs.ToArray();
    private readonly string[] outputArray = outputs.ToArray();
    private readonly VariableName[] outputNames = outputs.Select(o => new VariableName(o)).ToArray();
    private readonly Func<DmlValue, DmlValue, DmlValue>? binary =
        binary is not null && inputs.Count == 2 && outputs.Count == 1 && inputs[0] is not null && inputs[1] is not null ? binary : null;

    /// <summary>The variables receiving the outputs, in order (may be fewer than the operation returns).</summary>
    public IReadOnlyList<string> Outputs => outputArray;

    /// <summary>The operands (null for an absent optional input such as an open index bound).</summary>
    public IReadOnlyList<Operand?> Inputs => inputArray;

    /// <inheritdoc />
    public override string Opcode { get; } = opcode;

    /// <inheritdoc />
    public override void Execute(RuntimeContext context)
    {
        if (binary is not null)
        {
            context.Variables.Set(outputNames[0], binary(context.Resolve(inputArray[0]!), context.Resolve(inputArray[1]!)));
            return;
        }
        var values = new DmlValue?[inputArray.Length];
        // The array's element type is exactly DmlValue?, so stores need no covariance check.
        ref var first = ref MemoryMarshal.GetArrayDataReference(values);
        for (var i = 0; i < values.Length; i++)
        {
            Unsafe.Add(ref first, i) = inputArray[i] is { } operand ? context.Resolve(operand) : null;
        }
        var results = operation(new OperationArguments(parameterNames, values, context));
        for (var i = 0; i < outputArray.Length; i++)
        {
            if (i >= results.Length)
            {
                throw new DmlRuntimeException($"{Opcode} returned {results.Length} values, {outputArray.Length} expected");
            }
            context.Variables.Set(outputNames[i], results[i]);
        }
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"CP {Opcode} {string.Join(" ", Inputs.Select(i => i?.ToString() ?? "_"))}{(Outputs.Count > 0 ? " -> " + string.Join(" ", Outputs) : "")}";
}

using DmlNet.Hops;
using DmlNet.Runtime.Builtins;
using DmlNet.Runtime.Operations;
using DmlNet.Syntax;

namespace DmlNet.Plan;

/// <summary>
/// Turns a hop DAG into instructions: each operator writes a temporary, literals and transient
/// reads become operands, transient writes bind variables, and every temporary is removed right
/// after its last use (early removal of dead variables).
/// </summary>
internal sealed class InstructionGenerator(TemporaryNames temporaries)
{
    private readonly Dictionary<Hop, Operand> results = new(ReferenceEqualityComparer.Instance);
    private readonly List<Instruction> instructions = [];

    /// <summary>Generates the instructions of a DAG.</summary>
    public IReadOnlyList<Instruction> Generate(HopDag dag)
    {
        foreach (var hop in dag.TopologicalOrder())
        {
            Emit(hop);
        }
        return WithEarlyRemoval(instructions);
    }

    private Operand Input(Hop hop) => results[hop];

    private void Emit(Hop hop)
    {
        switch (hop)
        {
            case LiteralHop literal:
                results[hop] = Operand.OfConstant(literal.Value);
                break;
            case ReadHop read:
                results[hop] = Operand.Of(read.Name);
                break;
            case WriteHop write:
                instructions.Add(new AssignInstruction(write.Span, Input(write.Inputs[0]), write.Name));
                break;
            case OutputHop output:
                results[hop] = output.Inputs[0] is FunctionCallHop source
                    ? Operand.Of(source.OutputNames[output.Index])
                    : Operand.Of($"{results[output.Inputs[0]].Variable}_{output.Index}");
                break;
            case FunctionCallHop call:
                instructions.Add(new FunctionCallInstruction(call.Span, call, call.Inputs.Select(Input).ToList()));
                results[hop] = Operand.Of(call.OutputNames.FirstOrDefault() ?? "_none");
                break;
            default:
                Compute(hop);
                break;
        }
    }

    private void Compute(Hop hop)
    {
        var target = temporaries.Next();
        (string opcode, Operation operation, IReadOnlyList<string> names, List<Operand?> inputs) = hop switch
        {
            OperatorHop op => (op.Symbol, OperatorOperations.For(op.Symbol, op.Inputs.Count), Empty(op.Inputs.Count), Inputs(op.Inputs)),
            BuiltinHop builtin => (builtin.Name, BuiltinOperations.For(builtin.Name), builtin.ArgumentNames, Inputs(builtin.Inputs)),
            IndexHop index => ("rix", IndexingOperations.RightIndex, Empty(5), Bounded(index.Inputs, 1, index.Present)),
            LeftIndexHop index => ("lix", IndexingOperations.LeftIndex, Empty(6), Bounded(index.Inputs, 2, index.Present)),
            ShapeListHop list => ("shape", ListOperations.ShapeList, Empty(list.Inputs.Count), Inputs(list.Inputs)),
            _ => throw new InvalidOperationException($"no instruction for {hop.GetType().Name}"),
        };
        var outputs = hop is BuiltinHop { OutputCount: > 1 } multi
            ? Enumerable.Range(0, multi.OutputCount).Select(i => $"{target}_{i}").ToList()
            : hop is BuiltinHop { OutputCount: 0 } ? [] : new List<string> { target };
        var direct = hop is OperatorHop { Inputs.Count: 2 } binary ? OperatorOperations.DirectBinary(binary.Symbol) : null;
        instructions.Add(new ComputeInstruction(hop.Span, opcode, operation, names, inputs, outputs, direct));
        results[hop] = Operand.Of(target);
    }

    private static string[] Empty(int count) => Enumerable.Repeat(string.Empty, count).ToArray();

    private List<Operand?> Inputs(IEnumerable<Hop> hops) => hops.Select(h => (Operand?)Input(h)).ToList();

    /// <summary>The fixed leading inputs followed by the four index bounds, with nulls for absent bounds.</summary>
    private List<Operand?> Bounded(IReadOnlyList<Hop> hops, int leading, bool[] present)
    {
        var list = hops.Take(leading).Select(h => (Operand?)Input(h)).ToList();
        var next = leading;
        foreach (var has in present)
        {
            list.Add(has ? Input(hops[next++]) : null);
        }
        return list;
    }

    /// <summary>Inserts <c>rmvar</c> after the last read of each temporary; a copy that is a temporary's last read becomes a move.</summary>
    private static IReadOnlyList<Instruction> WithEarlyRemoval(List<Instruction> generated)
    {
        var lastUse = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < generated.Count; i++)
        {
            foreach (var name in Reads(generated[i]).Concat(Writes(generated[i])).Where(n => n.StartsWith('_')))
            {
                lastUse[name] = i;
            }
        }
        var result = new List<Instruction>(generated.Count * 2);
        for (var i = 0; i < generated.Count; i++)
        {
            var dead = lastUse.Where(kv => kv.Value == i).Select(kv => kv.Key).Order(StringComparer.Ordinal).ToList();
            if (generated[i] is AssignInstruction { SourceVariable: { } source } assign && dead.Remove(source))
            {
                result.Add(new MoveInstruction(assign.Span, source, assign.Target));
            }
            else
            {
                result.Add(generated[i]);
            }
            if (dead.Count > 0)
            {
                result.Add(new RemoveVariablesInstruction(generated[i].Span, dead));
            }
        }
        return result;
    }

    private static IEnumerable<string> Reads(Instruction instruction) => instruction switch
    {
        ComputeInstruction c => c.Inputs.Select(o => o?.Variable).OfType<string>(),
        AssignInstruction a => a.SourceVariable is { } v ? [v] : [],
        FunctionCallInstruction f => f.Inputs.Select(o => o.Variable).OfType<string>(),
        _ => [],
    };

    private static IEnumerable<string> Writes(Instruction instruction) => instruction switch
    {
        ComputeInstruction c => c.Outputs,
        FunctionCallInstruction f => f.OutputNames,
        _ => [],
    };
}

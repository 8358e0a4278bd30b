using DmlNet.Hops;
using DmlNet.Runtime;
using DmlNet.Runtime.Data;
using DmlNet.Semantics;

namespace DmlNet.Plan;

/// <summary>A basic block re-sized for particular input types, with its hop types and regenerated instructions.</summary>
internal sealed record Recompilation(TypeInfo[] Signature, IReadOnlyDictionary<Hop, TypeInfo> Types, Instruction[] Instructions);

/// <summary>
/// Dynamic recompilation: before a block whose operator sizes were unknown at compile time runs,
/// its DAG is re-typed from the actual types and dimensions of its inputs and its instructions are
/// generated again. The result is cached per input signature, so a loop body with stable input
/// sizes is recompiled once. This is where size-dependent planning (exec types, memory budgets)
/// plugs in; today's instructions do not yet depend on the sizes.
/// </summary>
public static class Recompiler
{
    /// <summary>
    /// How many signatures a block keeps compiled: a layer function called with the sizes of each layer of a
    /// network in turn finds them all, where keeping only the latest recompiled it on every call.
    /// </summary>
    private const int RecentPerBlock = 8;

    /// <summary>The instructions to run for <paramref name="block"/> with the current variables.</summary>
    internal static Instruction[] InstructionsFor(BasicProgramBlock block, RuntimeContext context)
    {
        if (!block.RequiresRecompilation)
        {
            return block.InstructionArray;
        }
        var reads = block.IncompleteReads ??= block.Dag.TopologicalOrder().OfType<ReadHop>().Where(r => HopTypes.IsIncomplete(r.Type)).ToList();
        var signature = new TypeInfo[reads.Count];
        for (var i = 0; i < signature.Length; i++)
        {
            signature[i] = TypeOf(context.Variables.Find(reads[i].Name));
        }
        var recent = block.Recent;
        foreach (var cached in recent)
        {
            if (cached.Signature.AsSpan().SequenceEqual(signature))
            {
                return cached.Instructions;
            }
        }
        var known = new Dictionary<ReadHop, TypeInfo>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < reads.Count; i++)
        {
            known[reads[i]] = signature[i];
        }
        var types = HopTypes.Infer(block.Dag, read => known.GetValueOrDefault(read, read.Type), context.Program.WorkingDirectory);
        var instructions = new InstructionGenerator(context.Program.Temporaries).Generate(block.Dag).ToArray();
        var recompilation = new Recompilation(signature, types, instructions);
        block.Recent = [recompilation, .. recent.AsSpan(0, Math.Min(recent.Length, RecentPerBlock - 1))];
        context.Statistics?.RecordRecompilation();
        if (context.RecompilationLog is { } log)
        {
            lock (log)
            {
                log.Write(ExplainPrinter.Recompiled(block, types));
            }
        }
        return instructions;
    }

    /// <summary>What the compiler may assume about a value: its data type, value type and dimensions (no scalar values).</summary>
    public static TypeInfo TypeOf(DmlValue? value) => value switch
    {
        ScalarValue s => new TypeInfo(DataType.Scalar, s.ValueType),
        MatrixValue m => TypeInfo.Matrix(m.Block.Rows, m.Block.Columns),
        ListValue l => TypeInfo.AnyList with { Rows = l.Elements.Count, Columns = 1 },
        null => TypeInfo.Unknown,
        _ => new TypeInfo(value.DataType, Semantics.ValueType.Unknown),
    };
}

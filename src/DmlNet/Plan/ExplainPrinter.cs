using System.Text;
using DmlNet.Hops;

namespace DmlNet.Plan;

/// <summary>Prints a compiled program for <c>-explain hops</c> (the operator DAGs) or <c>-explain runtime</c> (the instructions).</summary>
public static class ExplainPrinter
{
    /// <summary>What to show.</summary>
    public enum Level
    {
        /// <summary>The hop DAG of each basic block.</summary>
        Hops,
        /// <summary>The instructions of each basic block.</summary>
        Runtime,
    }

    /// <summary>The program as text, functions first, then the main program.</summary>
    public static string Print(RuntimeProgram program, Level level)
    {
        var text = new StringBuilder();
        foreach (var function in program.Functions.Values.OrderBy(f => f.Symbol.Definition.Span.File).ThenBy(f => f.Symbol.Definition.Span.Line))
        {
            text.Append("FUNCTION ").Append(function.Symbol.Name).Append(" (").Append(function.Symbol.Definition.Span).Append(")\n");
            Blocks(text, function.Body, level, 1);
        }
        text.Append("MAIN PROGRAM\n");
        Blocks(text, program.Main, level, 1);
        return text.ToString();
    }

    private static void Blocks(StringBuilder text, IReadOnlyList<ProgramBlock> blocks, Level level, int depth)
    {
        foreach (var block in blocks)
        {
            var indent = new string(' ', depth * 2);
            var lines = $"lines {block.Span.Line}-{block.Span.EndLine}";
            switch (block)
            {
                case BasicProgramBlock basic:
                    text.Append(indent).Append("GENERIC (").Append(lines).Append(")\n");
                    Basic(text, basic, level, depth + 1);
                    break;
                case IfProgramBlock branch:
                    text.Append(indent).Append("IF (").Append(lines).Append(")\n");
                    Basic(text, branch.Predicate.Block, level, depth + 1);
                    Blocks(text, branch.Then, level, depth + 1);
                    if (branch.Else.Count > 0)
                    {
                        text.Append(indent).Append("ELSE\n");
                        Blocks(text, branch.Else, level, depth + 1);
                    }
                    break;
                case WhileProgramBlock loop:
                    text.Append(indent).Append("WHILE (").Append(lines).Append(")\n");
                    Basic(text, loop.Predicate.Block, level, depth + 1);
                    Blocks(text, loop.Body, level, depth + 1);
                    break;
                case ForProgramBlock loop:
                    text.Append(indent).Append(loop.ParFor is null ? "FOR" : "PARFOR").Append(" (").Append(lines).Append(") ")
                        .Append(loop.Variable).Append('\n');
                    Basic(text, loop.From.Block, level, depth + 1);
                    Basic(text, loop.To.Block, level, depth + 1);
                    if (loop.Increment is not null)
                    {
                        Basic(text, loop.Increment.Block, level, depth + 1);
                    }
                    Blocks(text, loop.Body, level, depth + 1);
                    break;
            }
        }
    }

    private static void Basic(StringBuilder text, BasicProgramBlock block, Level level, int depth)
    {
        var indent = new string(' ', depth * 2);
        if (level == Level.Runtime)
        {
            foreach (var instruction in block.Instructions)
            {
                text.Append(indent).Append(instruction).Append("  [line ").Append(instruction.Span.Line).Append("]\n");
            }
            return;
        }
        if (block.RequiresRecompilation)
        {
            text.Append(indent).Append("(recompiled at run time: some sizes are unknown)\n");
        }
        Hops(text, block.Dag, hop => hop.Type, indent);
    }

    /// <summary>The text of a block's DAG with the types a run-time recompilation gave it (for <c>-explain recompile_hops</c>).</summary>
    public static string Recompiled(BasicProgramBlock block, IReadOnlyDictionary<Hop, Semantics.TypeInfo> types)
    {
        var text = new StringBuilder();
        text.Append("RECOMPILED GENERIC (lines ").Append(block.Span.Line).Append('-').Append(block.Span.EndLine).Append(")\n");
        Hops(text, block.Dag, hop => types[hop], "  ");
        return text.ToString();
    }

    private static void Hops(StringBuilder text, HopDag dag, Func<Hop, Semantics.TypeInfo> type, string indent)
    {
        var order = dag.TopologicalOrder();
        var ids = new Dictionary<Hop, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < order.Count; i++)
        {
            ids[order[i]] = i + 1;
        }
        foreach (var hop in order)
        {
            var inputs = hop.Inputs.Count == 0 ? "" : " (" + string.Join(",", hop.Inputs.Select(h => ids[h])) + ")";
            text.Append(indent).Append('(').Append(ids[hop]).Append(") ").Append(hop.Label).Append(inputs)
                .Append(' ').Append(Describe(type(hop))).Append("  [line ").Append(hop.Span.Line).Append("]\n");
        }
    }

    /// <summary>A hop's type as SystemDS's explain shows sizes: <c>[rows x cols]</c> with -1 for unknown, or the value type of a scalar.</summary>
    private static string Describe(Semantics.TypeInfo type) => type.DataType switch
    {
        Semantics.DataType.Matrix or Semantics.DataType.Frame =>
            $"[{type.DataType.ToString().ToLowerInvariant()} {type.Rows} x {type.Columns}]",
        Semantics.DataType.Scalar => $"[scalar {Semantics.TypeInfo.ValueName(type.ValueType)}]",
        Semantics.DataType.List => "[list]",
        _ => "[?]",
    };
}

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
        var order = block.Dag.TopologicalOrder();
        for (var i = 0; i < order.Count; i++)
        {
            order[i].Id = i + 1;
        }
        foreach (var hop in order)
        {
            var inputs = hop.Inputs.Count == 0 ? "" : " (" + string.Join(",", hop.Inputs.Select(h => h.Id)) + ")";
            text.Append(indent).Append('(').Append(hop.Id).Append(") ").Append(hop.Label).Append(inputs)
                .Append("  [line ").Append(hop.Span.Line).Append("]\n");
        }
    }
}

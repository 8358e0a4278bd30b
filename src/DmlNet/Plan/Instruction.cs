using DmlNet.Runtime;
using DmlNet.Syntax;

namespace DmlNet.Plan;

/// <summary>One step of a basic block: reads operands from the symbol table and binds its outputs.</summary>
public abstract class Instruction(SourceSpan span)
{
    /// <summary>The DML code this instruction comes from.</summary>
    public SourceSpan Span { get; } = span;

    /// <summary>A short name for -stats and -explain (e.g. <c>+</c>, <c>ba+*</c>, <c>rmvar</c>).</summary>
    public abstract string Opcode { get; }

    /// <summary>Runs the instruction.</summary>
    public abstract void Execute(RuntimeContext context);

    /// <summary>The instruction as one line for <c>-explain runtime</c>.</summary>
    public abstract override string ToString();
}

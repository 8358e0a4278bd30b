using DmlNet.Syntax;

namespace DmlNet.Plan;

/// <summary>A node of the compiled program's control-flow tree.</summary>
public abstract class ProgramBlock(SourceSpan span)
{
    /// <summary>The DML code of the block.</summary>
    public SourceSpan Span { get; } = span;
}

/// <summary>A straight-line block: the instructions generated from one hop DAG.</summary>
public sealed class BasicProgramBlock(SourceSpan span, Hops.HopDag dag, IReadOnlyList<Instruction> instructions) : ProgramBlock(span)
{
    /// <summary>The operators the instructions were generated from (kept for -explain and recompilation).</summary>
    public Hops.HopDag Dag { get; } = dag;

    /// <summary>The instructions in execution order.</summary>
    public IReadOnlyList<Instruction> Instructions => InstructionArray;

    /// <summary>The instructions as an array, for the interpreter's loop.</summary>
    internal Instruction[] InstructionArray { get; } = instructions.ToArray();
}

/// <summary>Instructions computing a scalar into <see cref="Variable"/> (predicates, loop bounds).</summary>
public sealed class ValueProgram(BasicProgramBlock block, string variable)
{
    /// <summary>The instructions.</summary>
    public BasicProgramBlock Block { get; } = block;

    /// <summary>The temporary holding the value afterwards.</summary>
    public string Variable { get; } = variable;

    /// <summary>The temporary as the symbol table addresses it.</summary>
    public Runtime.VariableName Name { get; } = new(variable);
}

/// <summary><c>if (p) ... else ...</c>.</summary>
public sealed class IfProgramBlock(SourceSpan span, ValueProgram predicate, IReadOnlyList<ProgramBlock> then,
    IReadOnlyList<ProgramBlock> otherwise) : ProgramBlock(span)
{
    /// <summary>The predicate.</summary>
    public ValueProgram Predicate { get; } = predicate;

    /// <summary>The then-branch.</summary>
    public IReadOnlyList<ProgramBlock> Then { get; } = then.ToArray();

    /// <summary>The else-branch (empty when absent).</summary>
    public IReadOnlyList<ProgramBlock> Else { get; } = otherwise.ToArray();
}

/// <summary><c>while (p) ...</c>.</summary>
public sealed class WhileProgramBlock(SourceSpan span, ValueProgram predicate, IReadOnlyList<ProgramBlock> body) : ProgramBlock(span)
{
    /// <summary>The predicate, evaluated before each iteration.</summary>
    public ValueProgram Predicate { get; } = predicate;

    /// <summary>The loop body.</summary>
    public IReadOnlyList<ProgramBlock> Body { get; } = body.ToArray();
}

/// <summary><c>for</c> and <c>parfor</c> over <c>from:to</c> or <c>seq(from, to, increment)</c>.</summary>
public sealed class ForProgramBlock(SourceSpan span, string variable, ValueProgram from, ValueProgram to, ValueProgram? increment,
    IReadOnlyList<ProgramBlock> body, ParForSettings? parFor) : ProgramBlock(span)
{
    /// <summary>The loop variable.</summary>
    public string Variable { get; } = variable;

    /// <summary>The loop variable as the symbol table addresses it.</summary>
    public Runtime.VariableName Name { get; } = new(variable);

    /// <summary>The first value.</summary>
    public ValueProgram From { get; } = from;

    /// <summary>The bound.</summary>
    public ValueProgram To { get; } = to;

    /// <summary>The step (null: 1 or -1 by direction).</summary>
    public ValueProgram? Increment { get; } = increment;

    /// <summary>The loop body.</summary>
    public IReadOnlyList<ProgramBlock> Body { get; } = body.ToArray();

    /// <summary>The parfor options, or null for a sequential <c>for</c>.</summary>
    public ParForSettings? ParFor { get; } = parFor;
}

/// <summary>
/// The options of a parfor loop that the local runtime uses, and the variables the body assigns:
/// those that exist before the loop are its results (merged cell-wise after the loop), and
/// those assigned with <c>+=</c> are accumulators (merged as <c>out += new - old</c>).
/// </summary>
public sealed record ParForSettings(int DegreeOfParallelism, bool Check, IReadOnlySet<string> Assigned, IReadOnlySet<string> Accumulators);

/// <summary>A compiled user-defined function.</summary>
public sealed class FunctionProgram(Semantics.FunctionSymbol symbol, IReadOnlyList<ProgramBlock> body)
{
    /// <summary>The function's declaration.</summary>
    public Semantics.FunctionSymbol Symbol { get; } = symbol;

    /// <summary>The body.</summary>
    public IReadOnlyList<ProgramBlock> Body { get; set; } = body;

    /// <summary>The slot numbering shared by the variables of all invocations.</summary>
    public Runtime.SymbolLayout Layout { get; } = new();
}

/// <summary>A whole compiled script: main program blocks and every function reachable from them.</summary>
public sealed class RuntimeProgram(IReadOnlyList<ProgramBlock> main, IReadOnlyDictionary<Semantics.FunctionSymbol, FunctionProgram> functions,
    string workingDirectory)
{
    /// <summary>The folder relative file paths of read() and write() are resolved against.</summary>
    public string WorkingDirectory { get; } = workingDirectory;

    /// <summary>The main program.</summary>
    public IReadOnlyList<ProgramBlock> Main { get; } = main.ToArray();

    /// <summary>A slot numbering for the main program's variables that executions may share (see <see cref="Runtime.SymbolTable"/>).</summary>
    public Runtime.SymbolLayout MainLayout { get; } = new();

    /// <summary>The functions by declaration.</summary>
    public IReadOnlyDictionary<Semantics.FunctionSymbol, FunctionProgram> Functions { get; } = functions;
}

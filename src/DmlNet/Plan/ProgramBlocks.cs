using DmlNet.Syntax;

namespace DmlNet.Plan;

/// <summary>A node of the compiled program's control-flow tree.</summary>
public abstract class ProgramBlock(SourceSpan span)
{
    /// <summary>The DML code of the block.</summary>
    public SourceSpan Span { get; } = span;
}

/// <summary>
/// A straight-line block: the instructions generated from one hop DAG. When some operator's size is
/// unknown at compile time but could follow from the block's inputs, the block is recompiled at run
/// time from the actual input sizes (see <see cref="Recompiler"/>).
/// </summary>
public sealed class BasicProgramBlock(SourceSpan span, Hops.HopDag dag, IReadOnlyList<Instruction> instructions,
    bool requiresRecompilation = false) : ProgramBlock(span)
{
    /// <summary>The operators the instructions were generated from (kept for -explain and recompilation).</summary>
    public Hops.HopDag Dag { get; } = dag;

    /// <summary>The instructions in execution order.</summary>
    public IReadOnlyList<Instruction> Instructions => InstructionArray;

    /// <summary>The instructions as an array, for the interpreter's loop.</summary>
    internal Instruction[] InstructionArray { get; } = instructions.ToArray();

    /// <summary>True when run-time input sizes can complete what the compiler did not know.</summary>
    public bool RequiresRecompilation { get; } = requiresRecompilation;

    /// <summary>The most recent recompilations, newest first, each with the input types it was made for (replaced atomically).</summary>
    internal Recompilation[] Recent { get; set; } = [];

    /// <summary>The transient reads whose run-time types can complete the block's sizes (found on first use).</summary>
    internal IReadOnlyList<Hops.ReadHop>? IncompleteReads { get; set; }
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
/// The options of a parfor loop that the local runtime uses, and how the body uses variables from
/// before the loop: <see cref="Results"/> are left-indexed in place (the cells each iteration
/// changed are merged after the loop), <see cref="Accumulators"/> are updated with <c>+=</c>
/// (merged as <c>out += new - old</c>); all other variables the body writes are private to an iteration.
/// </summary>
public sealed record ParForSettings(int DegreeOfParallelism, bool Check, IReadOnlySet<string> Results, IReadOnlySet<string> Accumulators);

/// <summary>A compiled user-defined function.</summary>
public sealed class FunctionProgram(Semantics.FunctionSymbol symbol, IReadOnlyList<ProgramBlock> body,
    IReadOnlyDictionary<string, ValueProgram>? defaults = null)
{
    /// <summary>The function's declaration.</summary>
    public Semantics.FunctionSymbol Symbol { get; } = symbol;

    /// <summary>The body.</summary>
    public IReadOnlyList<ProgramBlock> Body { get; set; } = body;

    /// <summary>
    /// The compiled default value of each parameter that has one, by parameter name. Direct calls
    /// compile defaults at the call site; calls by name (<c>eval</c>) evaluate these instead.
    /// </summary>
    public IReadOnlyDictionary<string, ValueProgram> Defaults { get; } = defaults ?? new Dictionary<string, ValueProgram>();

    /// <summary>The slot numbering shared by the variables of all invocations.</summary>
    public Runtime.SymbolLayout Layout { get; } = new();
}

/// <summary>A whole compiled script: main program blocks and every function reachable from them.</summary>
public sealed class RuntimeProgram(IReadOnlyList<ProgramBlock> main, IReadOnlyDictionary<Semantics.FunctionSymbol, FunctionProgram> functions,
    string workingDirectory, Hops.TemporaryNames temporaries, Semantics.Module? mainModule = null)
{
    /// <summary>The compiler's source of temporary names (recompiled blocks draw new ones from it).</summary>
    public Hops.TemporaryNames Temporaries { get; } = temporaries;

    /// <summary>The folder relative file paths of read() and write() are resolved against.</summary>
    public string WorkingDirectory { get; } = workingDirectory;

    /// <summary>The main program.</summary>
    public IReadOnlyList<ProgramBlock> Main { get; } = main.ToArray();

    /// <summary>A slot numbering for the main program's variables that executions may share (see <see cref="Runtime.SymbolTable"/>).</summary>
    public Runtime.SymbolLayout MainLayout { get; } = new();

    /// <summary>The functions by declaration.</summary>
    public IReadOnlyDictionary<Semantics.FunctionSymbol, FunctionProgram> Functions { get; } = functions;

    /// <summary>
    /// The function a script names at run time (<c>eval("f", ...)</c>): <c>f</c> among the main
    /// script's functions, <c>ns::f</c> in the file the main script imported as <c>ns</c>; null when
    /// there is none.
    /// </summary>
    public FunctionProgram? FindFunction(string name)
    {
        if (mainModule is null)
        {
            return null;
        }
        var separator = name.IndexOf("::", StringComparison.Ordinal);
        var module = mainModule;
        if (separator >= 0 && !mainModule.Imports.TryGetValue(name[..separator], out module))
        {
            return null;
        }
        var symbol = module.Functions.GetValueOrDefault(separator >= 0 ? name[(separator + 2)..] : name);
        return symbol is null ? null : Functions.GetValueOrDefault(symbol);
    }
}

using DmlNet.Plan;
using DmlNet.Runtime.Data;

namespace DmlNet.Runtime;

/// <summary>
/// The state of a running program: the current variables, the compiled functions, where
/// <c>print</c> writes, statistics and cancellation. A function call runs in a child context
/// with its own variables.
/// </summary>
public sealed class RuntimeContext
{
    /// <summary>Creates the context of a main program.</summary>
    public RuntimeContext(RuntimeProgram program, TextWriter output, ExecutionStatistics? statistics = null,
        CancellationToken cancellation = default, SymbolTable? variables = null, SeedSource? seeds = null)
    {
        Program = program;
        Seeds = seeds ?? new SeedSource();
        Output = output;
        Statistics = statistics;
        Cancellation = cancellation;
        Variables = variables ?? new SymbolTable(program.MainLayout);
    }

    private RuntimeContext(RuntimeContext parent, SymbolTable variables, TextWriter? output = null)
    {
        Program = parent.Program;
        Seeds = parent.Seeds;
        RecompilationLog = parent.RecompilationLog;
        Output = output ?? parent.Output;
        Statistics = parent.Statistics;
        Cancellation = parent.Cancellation;
        Depth = parent.Depth + 1;
        Variables = variables;
    }

    /// <summary>The compiled program (for function calls).</summary>
    public RuntimeProgram Program { get; }

    /// <summary>Where <c>-explain recompile_hops</c> prints each recompiled block, or null.</summary>
    public TextWriter? RecompilationLog { get; init; }

    /// <summary>Where rand() and sample() without a seed get theirs.</summary>
    public SeedSource Seeds { get; }

    /// <summary>The variables of the current scope.</summary>
    public SymbolTable Variables { get; }

    /// <summary>Where print() writes.</summary>
    public TextWriter Output { get; }

    /// <summary>Collects timings when -stats is on, else null.</summary>
    public ExecutionStatistics? Statistics { get; }

    /// <summary>Stops a long run (the REPL's Ctrl+C, the embedding API).</summary>
    public CancellationToken Cancellation { get; }

    /// <summary>The function-call nesting depth (for a clear error on runaway recursion).</summary>
    public int Depth { get; private init; }

    /// <summary>A context for a function invocation: same program and output, fresh variables.</summary>
    public RuntimeContext ForFunctionCall() => ForFunctionCall(new SymbolLayout());

    /// <summary>A context for a function invocation whose variables follow the function's <paramref name="layout"/>.</summary>
    public RuntimeContext ForFunctionCall(SymbolLayout layout) => Depth >= 2000
        ? throw new DmlRuntimeException("function calls nested more than 2000 deep (runaway recursion?)")
        : new RuntimeContext(this, new SymbolTable(layout));

    /// <summary>A context for one parfor worker: a private copy of the current variables, output through a shared synchronized writer.</summary>
    public RuntimeContext ForParForWorker(TextWriter output) => new(this, Variables.Copy(), output) { Depth = Depth };

    /// <summary>A path of the script made absolute against the program's working directory.</summary>
    public string ResolvePath(string path) => Path.GetFullPath(path, Program.WorkingDirectory);

    /// <summary>The value of an operand.</summary>
    public DmlValue Resolve(Operand operand) => operand.Literal ?? Variables.Get(operand.Name!);
}

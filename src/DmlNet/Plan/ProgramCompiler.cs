using DmlNet.Hops;
using DmlNet.Semantics;
using DmlNet.Semantics.ParFor;
using DmlNet.Syntax;

namespace DmlNet.Plan;

/// <summary>
/// Compiles a checked program into program blocks: runs of assignments and calls become basic
/// blocks (one hop DAG each, then instructions); if/for/parfor/while become control blocks.
/// Every function of every loaded module is compiled once.
/// </summary>
public sealed class ProgramCompiler
{
    private readonly CompilationOptions options;
    private readonly ReadTypes readTypes;
    private readonly TemporaryNames temporaries = new();

    private ProgramCompiler(CompilationOptions options, ReadTypes readTypes)
    {
        this.options = options;
        this.readTypes = readTypes;
    }

    /// <summary>Compiles a compilation that has no errors.</summary>
    public static RuntimeProgram Compile(Compilation compilation, CompilationOptions options)
    {
        if (compilation.HasErrors || compilation.Main is null)
        {
            throw new InvalidOperationException("cannot compile a program with errors");
        }
        var compiler = new ProgramCompiler(options, compilation.ReadTypes);
        var functions = new Dictionary<FunctionSymbol, FunctionProgram>();
        foreach (var function in compilation.Modules.SelectMany(m => m.Functions.Values))
        {
            var defaults = function.Definition.Parameters.Where(p => p.Default is not null)
                .ToDictionary(p => p.Name, p => compiler.Value(function.Module, p.Default!), StringComparer.Ordinal);
            functions[function] = new FunctionProgram(function, compiler.Blocks(function.Module, function.Definition.Body.Statements), defaults);
        }
        var main = compiler.Blocks(compilation.Main, compilation.Main.Syntax.Statements);
        return new RuntimeProgram(main, functions, options.WorkingDirectory, compiler.temporaries, compilation.Main);
    }

    private List<ProgramBlock> Blocks(Module module, IEnumerable<Statement> statements)
    {
        var blocks = new List<ProgramBlock>();
        var pending = new List<Statement>();
        foreach (var statement in statements)
        {
            if (statement is AssignmentStatement or MultiAssignmentStatement or CallStatement)
            {
                pending.Add(statement);
                continue;
            }
            Flush(module, pending, blocks);
            switch (statement)
            {
                case IfStatement s:
                    blocks.Add(new IfProgramBlock(s.Span, Value(module, s.Predicate), Blocks(module, s.Then.Statements),
                        s.Else is null ? [] : Blocks(module, s.Else.Statements)));
                    break;
                case WhileStatement s:
                    blocks.Add(new WhileProgramBlock(s.Span, Value(module, s.Predicate), Blocks(module, s.Body.Statements)));
                    break;
                case ForStatement s:
                    blocks.Add(Loop(module, s.Span, s.Variable.Name, s.Range, s.Body, null));
                    break;
                case ParForStatement s:
                    blocks.Add(Loop(module, s.Span, s.Variable.Name, s.Range, s.Body, ParFor(s)));
                    break;
            }
        }
        Flush(module, pending, blocks);
        return blocks;
    }

    private void Flush(Module module, List<Statement> pending, List<ProgramBlock> blocks)
    {
        if (pending.Count == 0)
        {
            return;
        }
        var dag = new HopBuilder(module, options, temporaries).Block(pending);
        var instructions = new InstructionGenerator(temporaries).Generate(dag);
        blocks.Add(new BasicProgramBlock(pending[0].Span.To(pending[^1].Span), dag, instructions, Type(dag)));
        pending.Clear();
    }

    private ValueProgram Value(Module module, Expression expression)
    {
        var target = temporaries.Next("p");
        var dag = new HopBuilder(module, options, temporaries).Value(expression, target);
        var instructions = new InstructionGenerator(temporaries).Generate(dag);
        return new ValueProgram(new BasicProgramBlock(expression.Span, dag, instructions, Type(dag)), target);
    }

    /// <summary>
    /// Sizes the DAG's operators from what the analysis knows about the block's inputs; true when some
    /// size stays unknown but an input's run-time value could tell it (the block is then recompiled).
    /// </summary>
    private bool Type(HopDag dag)
    {
        var types = HopTypes.Infer(dag, read => readTypes.Of(read.Syntax), options.WorkingDirectory);
        foreach (var (hop, type) in types)
        {
            hop.Type = type;
        }
        return HopTypes.HasUnknownSizes(types) && types.Any(t => t.Key is ReadHop && HopTypes.IsIncomplete(t.Value));
    }

    private ForProgramBlock Loop(Module module, SourceSpan span, string variable, LoopRange range, Block body, ParForSettings? parFor)
    {
        switch (range)
        {
            case ColonRange r:
                return new ForProgramBlock(span, variable, Value(module, r.From), Value(module, r.To), null,
                    Blocks(module, body.Statements), parFor);
            case SequenceRange { Sequence: CallExpression call }:
                var arguments = call.Arguments;
                Expression Argument(string name, int position) =>
                    arguments.FirstOrDefault(a => a.Name == name)?.Value ?? arguments.Where(a => a.Name is null).ElementAt(position).Value;
                var increment = arguments.Length > 2 ? Value(module, Argument("incr", 2)) : null;
                return new ForProgramBlock(span, variable, Value(module, Argument("from", 0)), Value(module, Argument("to", 1)),
                    increment, Blocks(module, body.Statements), parFor);
            default:
                throw new InvalidOperationException("invalid loop range after validation");
        }
    }

    private ParForSettings ParFor(ParForStatement statement)
    {
        var parallelism = Environment.ProcessorCount;
        var check = true;
        foreach (var option in statement.Options)
        {
            var value = option.Value switch
            {
                IntLiteral i => (long?)i.Value,
                CommandLineParameter p when options.Arguments.TryGetValue(p.Name, out var text) && CommandLineValues.Parse(text) is long l => l,
                _ => null,
            };
            if (option.Key == "par" && value is > 0)
            {
                parallelism = (int)value.Value;
            }
            else if (option.Key == "check" && value is not null)
            {
                check = value != 0;
            }
        }
        var variables = ParForVariables.Of(statement.Body.Statements, statement.Variable.Name);
        return new ParForSettings(parallelism, check, variables.Results, variables.Accumulators);
    }
}

using System.Diagnostics;
using DmlNet.Plan;
using DmlNet.Runtime.Data;

namespace DmlNet.Runtime;

/// <summary>The interpreter of program blocks: runs instructions, branches and loops in a context.</summary>
public static class Executor
{
    /// <summary>Runs blocks in order.</summary>
    public static void Run(IReadOnlyList<ProgramBlock> blocks, RuntimeContext context)
    {
        if (blocks is ProgramBlock[] array)
        {
            foreach (var block in array)
            {
                Run(block, context);
            }
            return;
        }
        for (var i = 0; i < blocks.Count; i++)
        {
            Run(blocks[i], context);
        }
    }

    private static void Run(ProgramBlock block, RuntimeContext context)
    {
        switch (block)
        {
            case BasicProgramBlock basic:
                RunInstructions(basic, context);
                break;
            case IfProgramBlock branch:
                Run(Predicate(branch.Predicate, context, "the predicate of 'if'") ? branch.Then : branch.Else, context);
                break;
            case WhileProgramBlock loop:
                while (Predicate(loop.Predicate, context, "the predicate of 'while'"))
                {
                    Run(loop.Body, context);
                }
                break;
            case ForProgramBlock loop:
                Loops.RunFor(loop, context);
                break;
            default:
                throw new InvalidOperationException($"unknown program block {block.GetType().Name}");
        }
    }

    /// <summary>Runs the instructions of a basic block, timing each when statistics are on.</summary>
    public static void RunInstructions(BasicProgramBlock block, RuntimeContext context)
    {
        var instructions = Recompiler.InstructionsFor(block, context);
        var i = 0;
        try
        {
            if (context.Statistics is { } statistics)
            {
                RunTimed(instructions, context, statistics, ref i);
            }
            else
            {
                Run(instructions, context, ref i);
            }
        }
        catch (Exception e) when (e is not (DmlStopException or OperationCanceledException or DmlRuntimeException { Span: not null }))
        {
            throw AtInstruction(e, instructions[i]);
        }
    }

    /// <summary>
    /// The instruction loop, kept free of exception handling (the caller's handler maps errors to the
    /// instruction at <paramref name="i"/>) so the JIT's tiering and on-stack replacement treat it as plain code.
    /// </summary>
    private static void Run(Instruction[] instructions, RuntimeContext context, ref int i)
    {
        var cancellation = context.Cancellation;
        for (; i < instructions.Length; i++)
        {
            cancellation.ThrowIfCancellationRequested();
            instructions[i].Execute(context);
        }
    }

    /// <summary>The instruction loop of <see cref="Run(Instruction[], RuntimeContext, ref int)"/> with -stats timing.</summary>
    private static void RunTimed(Instruction[] instructions, RuntimeContext context, ExecutionStatistics statistics, ref int i)
    {
        for (; i < instructions.Length; i++)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            var start = Stopwatch.GetTimestamp();
            instructions[i].Execute(context);
            statistics.Record(instructions[i].Opcode, Stopwatch.GetTimestamp() - start);
        }
    }

    /// <summary>
    /// An error raised by <paramref name="instruction"/> as a DML runtime error at its line: the message of
    /// DML errors and of .NET argument, state, format and I/O errors as they are, anything else as an internal error.
    /// </summary>
    private static DmlRuntimeException AtInstruction(Exception e, Instruction instruction) => e switch
    {
        DmlRuntimeException or ArgumentException or InvalidOperationException or IndexOutOfRangeException or OverflowException
            or FormatException or IOException or UnauthorizedAccessException => new DmlRuntimeException(e.Message, instruction.Span, e),
        OutOfMemoryException => new DmlRuntimeException($"out of memory in {instruction.Opcode}: {e.Message}", instruction.Span, e),
        _ => new DmlRuntimeException($"internal error in {instruction.Opcode} ({e.GetType().Name}: {e.Message}); " +
            "please report it with the script (--verbose shows the .NET stack trace)", instruction.Span, e),
    };

    /// <summary>Evaluates a scalar into its temporary, reads and removes it.</summary>
    public static ScalarValue Scalar(ValueProgram program, RuntimeContext context, string what)
    {
        RunInstructions(program.Block, context);
        var value = context.Variables.Get(program.Name);
        context.Variables.Remove(program.Name);
        return value as ScalarValue ?? throw new DmlRuntimeException(
            $"{what} must be a scalar, got a {value.DataType.ToString().ToLowerInvariant()}", program.Block.Span);
    }

    private static bool Predicate(ValueProgram predicate, RuntimeContext context, string what) =>
        Scalar(predicate, context, what).AsBoolean();
}

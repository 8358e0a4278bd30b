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
        foreach (var block in blocks)
        {
            Run(block, context);
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
                Run(Predicate(branch.Predicate, context, "if") ? branch.Then : branch.Else, context);
                break;
            case WhileProgramBlock loop:
                while (Predicate(loop.Predicate, context, "while"))
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
        foreach (var instruction in Recompiler.InstructionsFor(block, context))
        {
            context.Cancellation.ThrowIfCancellationRequested();
            var start = context.Statistics is null ? 0 : Stopwatch.GetTimestamp();
            try
            {
                instruction.Execute(context);
            }
            catch (DmlRuntimeException e) when (e.Span is null)
            {
                throw new DmlRuntimeException(e.Message, instruction.Span, e);
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or IndexOutOfRangeException
                                          or OverflowException or FormatException or IOException or UnauthorizedAccessException)
            {
                throw new DmlRuntimeException(e.Message, instruction.Span, e);
            }
            catch (OutOfMemoryException e)
            {
                throw new DmlRuntimeException($"out of memory in {instruction.Opcode}: {e.Message}", instruction.Span, e);
            }
            catch (Exception e) when (e is not (DmlRuntimeException or DmlStopException or OperationCanceledException))
            {
                throw new DmlRuntimeException($"internal error in {instruction.Opcode} ({e.GetType().Name}: {e.Message}); " +
                    "please report it with the script (--verbose shows the .NET stack trace)", instruction.Span, e);
            }
            context.Statistics?.Record(instruction.Opcode, Stopwatch.GetTimestamp() - start);
        }
    }

    /// <summary>Evaluates a scalar into its temporary, reads and removes it.</summary>
    public static ScalarValue Scalar(ValueProgram program, RuntimeContext context, string what)
    {
        RunInstructions(program.Block, context);
        var value = context.Variables.Get(program.Variable);
        context.Variables.Remove(program.Variable);
        return value as ScalarValue ?? throw new DmlRuntimeException(
            $"{what} must be a scalar, got a {value.DataType.ToString().ToLowerInvariant()}", program.Block.Span);
    }

    private static bool Predicate(ValueProgram predicate, RuntimeContext context, string statement) =>
        Scalar(predicate, context, $"the predicate of '{statement}'").AsBoolean();
}

using System.Runtime.CompilerServices;
using DmlNet.Plan;
using DmlNet.Runtime.Data;

namespace DmlNet.Runtime;

/// <summary>Runs <c>for</c> loops, and hands <c>parfor</c> loops to <see cref="ParForRunner"/> (which runs par=1 on one thread).</summary>
internal static class Loops
{
    /// <summary>Evaluates the bounds once, then runs the body for each value of the loop variable.</summary>
    public static void RunFor(ForProgramBlock loop, RuntimeContext context)
    {
        var from = Executor.Scalar(loop.From, context, "a loop bound").AsLong();
        var to = Executor.Scalar(loop.To, context, "a loop bound").AsLong();
        var increment = loop.Increment is null ? (from <= to ? 1 : -1)
            : Executor.Scalar(loop.Increment, context, "a loop increment").AsLong();
        if (increment == 0)
        {
            throw new DmlRuntimeException("the loop increment must not be 0", loop.Span);
        }
        if (loop.ParFor is not null)
        {
            var iterations = new List<long>();
            for (var i = from; increment > 0 ? i <= to : i >= to; i += increment)
            {
                iterations.Add(i);
            }
            if (iterations.Count > 0)
            {
                ParForRunner.Run(loop, iterations, context);
            }
            return;
        }
        RunSequential(loop, context, from, to, increment);
    }

    /// <summary>The sequential iterations; compiled optimized right away, as it runs once but loops long.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RunSequential(ForProgramBlock loop, RuntimeContext context, long from, long to, long increment)
    {
        var variable = loop.Name;
        var body = loop.Body;
        for (var i = from; increment > 0 ? i <= to : i >= to; i += increment)
        {
            context.Variables.Set(variable, ScalarValue.Of(i));
            Executor.Run(body, context);
        }
    }
}

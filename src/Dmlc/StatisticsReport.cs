using System.Globalization;
using DmlNet.Runtime;

namespace DmlNet.Cli;

/// <summary>Writes the <c>-stats</c> summary: total, compile and execution time, and the heaviest instructions.</summary>
internal static class StatisticsReport
{
    /// <summary>Writes the report with the <paramref name="top"/> most expensive opcodes.</summary>
    public static void Write(TextWriter output, ExecutionStatistics statistics, TimeSpan total, int top)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine("DmlNet statistics:");
        output.WriteLine(string.Format(c, "Total elapsed time:\t{0:F3} sec.", total.TotalSeconds));
        output.WriteLine(string.Format(c, "Total compilation time:\t{0:F3} sec.", statistics.CompileTime.TotalSeconds));
        output.WriteLine(string.Format(c, "Total execution time:\t{0:F3} sec.", statistics.ExecutionTime.TotalSeconds));
        output.WriteLine(string.Format(c, "Recompiled blocks:\t{0}", statistics.Recompilations));
        output.WriteLine("Heavy hitter instructions:");
        output.WriteLine("  #  Instruction  Time(s)  Count");
        var rank = 1;
        foreach (var (opcode, time, count) in statistics.Heaviest(top))
        {
            output.WriteLine(string.Format(c, "{0,3}  {1,-11}  {2,7:F3}  {3,5}", rank++, opcode, time.TotalSeconds, count));
        }
    }
}

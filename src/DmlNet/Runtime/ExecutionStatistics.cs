using System.Diagnostics;

namespace DmlNet.Runtime;

/// <summary>Time and count per instruction opcode, for <c>-stats</c>.</summary>
public sealed class ExecutionStatistics
{
    private readonly Dictionary<string, (long Ticks, long Count)> byOpcode = new(StringComparer.Ordinal);
    private readonly object gate = new();

    /// <summary>Compile time, set by the driver.</summary>
    public TimeSpan CompileTime { get; set; }

    /// <summary>Total run time, set by the driver.</summary>
    public TimeSpan ExecutionTime { get; set; }

    private long recompilations;

    /// <summary>How many times a block was recompiled for new input sizes.</summary>
    public long Recompilations => Interlocked.Read(ref recompilations);

    /// <summary>Counts one recompilation.</summary>
    public void RecordRecompilation() => Interlocked.Increment(ref recompilations);

    /// <summary>Records one execution of an opcode.</summary>
    public void Record(string opcode, long elapsedTicks)
    {
        lock (gate)
        {
            var (ticks, count) = byOpcode.GetValueOrDefault(opcode);
            byOpcode[opcode] = (ticks + elapsedTicks, count + 1);
        }
    }

    /// <summary>The opcodes by total time, most expensive first.</summary>
    public IReadOnlyList<(string Opcode, TimeSpan Time, long Count)> Heaviest(int top)
    {
        lock (gate)
        {
            return byOpcode.OrderByDescending(kv => kv.Value.Ticks).Take(top)
                .Select(kv => (kv.Key, TimeSpan.FromSeconds(kv.Value.Ticks / (double)Stopwatch.Frequency), kv.Value.Count))
                .ToList();
        }
    }
}

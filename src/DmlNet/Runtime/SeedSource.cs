namespace DmlNet.Runtime;

/// <summary>
/// Seeds for <c>rand</c> and <c>sample</c> calls with <c>seed=-1</c>: random by default, a
/// reproducible sequence when the run was given a base seed (<c>dmlc run -seed n</c>).
/// </summary>
public sealed class SeedSource(long? baseSeed = null)
{
    private long counter;

    /// <summary>The base seed, or null for random seeds.</summary>
    public long? BaseSeed { get; } = baseSeed;

    /// <summary>The next seed (thread-safe).</summary>
    public long Next()
    {
        if (BaseSeed is not { } seed)
        {
            return Random.Shared.NextInt64(long.MaxValue);
        }
        var z = (ulong)seed + 0x9E3779B97F4A7C15UL * (ulong)Interlocked.Increment(ref counter);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return (long)((z ^ (z >> 31)) >> 1);
    }
}

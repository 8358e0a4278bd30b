namespace DmlNet.Runtime.Kernels;

/// <summary>Splits row ranges of large kernels over the machine's cores.</summary>
internal static class Parallelism
{
    /// <summary>Below this many cells (or multiply-adds) a kernel runs on one thread.</summary>
    public const long MinimumParallelWork = 1 << 18;

    /// <summary>The number of threads kernels use.</summary>
    public static int Threads { get; } = Environment.ProcessorCount;

    /// <summary>Runs <paramref name="body"/>(start, end) over [0, rows) in contiguous chunks, in parallel when the work is large.</summary>
    public static void ForRows(int rows, long work, Action<int, int> body)
    {
        var chunks = work < MinimumParallelWork || rows < 2 ? 1 : Math.Min(rows, Threads * 4);
        if (chunks == 1)
        {
            body(0, rows);
            return;
        }
        Parallel.For(0, chunks, c =>
        {
            var start = (int)((long)rows * c / chunks);
            var end = (int)((long)rows * (c + 1) / chunks);
            if (end > start)
            {
                body(start, end);
            }
        });
    }
}

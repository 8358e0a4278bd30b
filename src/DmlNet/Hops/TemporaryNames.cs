namespace DmlNet.Hops;

/// <summary>Hands out unique names for compiler temporaries (they start with an underscore, which DML names cannot).</summary>
public sealed class TemporaryNames
{
    private int next;

    /// <summary>A fresh name such as <c>_t12</c>.</summary>
    public string Next(string kind = "t") => $"_{kind}{Interlocked.Increment(ref next)}";
}

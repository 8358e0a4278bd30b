namespace DmlNet.Semantics;

/// <summary>Locates the DML modules shipped with DmlNet (<c>stdlib/</c>, copied next to the assemblies by the build).</summary>
public static class StandardLibrary
{
    /// <summary>The <c>stdlib</c> folder beside the running assemblies, or null when it is missing.</summary>
    public static string? DefaultPath { get; } = Locate();

    private static string? Locate()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "stdlib");
        return Directory.Exists(beside) ? beside : null;
    }
}

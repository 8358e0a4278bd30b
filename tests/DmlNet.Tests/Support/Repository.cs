namespace DmlNet.Tests.Support;

/// <summary>Locates files of the repository (test scripts, stdlib) from the test binaries.</summary>
public static class Repository
{
    /// <summary>The repository root (the folder holding DmlNet.sln).</summary>
    public static string Root { get; } = Find();

    /// <summary>A path below the repository root.</summary>
    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DmlNet.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("cannot find the repository root (DmlNet.sln) above " + AppContext.BaseDirectory);
    }
}

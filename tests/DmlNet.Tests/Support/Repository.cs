namespace DmlNet.Tests.Support;

/// <summary>Locates files of the repository (test scripts, stdlib) from the test binaries.</summary>
public static class Repository
{
    /// <summary>The repository root (the folder holding DmlNet.sln).</summary>
    public static string Root { get; } = Find();

    /// <summary>A path below the repository root.</summary>
    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>The names of the .dml files directly in <paramref name="folder"/>, sorted, as theory data.</summary>
    public static TheoryData<string> ScriptNamesIn(string folder)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(folder, "*.dml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }
        return data;
    }

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

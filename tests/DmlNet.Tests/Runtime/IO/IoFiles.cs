using System.Text.RegularExpressions;
using DmlNet.Runtime;
using DmlNet.Runtime.Data;
using DmlNet.Runtime.IO;
using DmlNet.Tests.Support;

namespace DmlNet.Tests.Runtime.IO;

/// <summary>Shortcuts of the I/O tests: matrices from row-major values, read/write through <see cref="DataFiles"/>, file contents.</summary>
internal static partial class IoFiles
{
    /// <summary>A dense block from row-major values.</summary>
    public static MatrixBlock Matrix(int rows, int columns, params double[] values) => MatrixBlock.FromDense(rows, columns, values);

    /// <summary>Writes a matrix with write()'s arguments given as name/value pairs.</summary>
    public static void Write(MatrixBlock block, string path, params (string Name, object Value)[] arguments) =>
        DataFiles.Write(new MatrixValue(block), path, Arguments(arguments));

    /// <summary>Reads a matrix with read()'s arguments given as name/value pairs.</summary>
    public static MatrixBlock Read(string path, params (string Name, object Value)[] arguments) =>
        ((MatrixValue)DataFiles.Read(path, Arguments(arguments))).Block;

    /// <summary>The message of the run-time error that reading raises.</summary>
    public static string ReadError(string path, params (string Name, object Value)[] arguments) =>
        Assert.Throws<DmlRuntimeException>(() => Read(path, arguments)).Message;

    /// <summary>read()/write() arguments as the runtime hands them over.</summary>
    public static Dictionary<string, object?> Arguments((string Name, object Value)[] arguments) =>
        arguments.ToDictionary(a => a.Name, a => (object?)a.Value);

    /// <summary>Asserts two blocks hold the same dimensions and cells (NaN equal to NaN, -0.0 to 0.0 not distinguished).</summary>
    public static void AssertSameCells(MatrixBlock expected, MatrixBlock actual)
    {
        Assert.Equal((expected.Rows, expected.Columns), (actual.Rows, actual.Columns));
        Assert.Equal(expected.ToArray(), actual.ToArray());
    }

    /// <summary>A .mtd file's text with the author and created values replaced by placeholders.</summary>
    public static string MetadataText(string dataPath) =>
        Volatile().Replace(File.ReadAllText(Metadata.PathFor(dataPath)), m => $"\"{m.Groups[1].Value}\": \"*\"");

    /// <summary>The files of a folder (names, sorted), to show that a failed write left nothing behind.</summary>
    public static string[] FilesIn(TempFolder folder) =>
        [.. Directory.GetFiles(folder.Path, "*", SearchOption.AllDirectories).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    [GeneratedRegex("\"(author|created)\": \"[^\"]*\"")]
    private static partial Regex Volatile();
}

using DmlNet.Runtime;
using DmlNet.Runtime.Data;
using DmlNet.Runtime.IO;
using DmlNet.Tests.Support;
using static DmlNet.Tests.Runtime.IO.IoFiles;

namespace DmlNet.Tests.Runtime.IO;

/// <summary>A write() that fails leaves no output: neither the data file nor the .mtd, and an existing file keeps its content.</summary>
public class WriteFailureTests
{
    private static string WriteError(MatrixBlock block, string path, params (string Name, object Value)[] arguments) =>
        Assert.Throws<DmlRuntimeException>(() => Write(block, path, arguments)).Message;

    [Fact]
    public void FailingFormatterLeavesNothing()
    {
        using var folder = new TempFolder();
        var message = WriteError(Matrix(3, 0), Path.Combine(folder.Path, "x.svm"), ("format", "libsvm"));
        Assert.Contains("a libsvm file needs at least one column", message);
        Assert.Empty(FilesIn(folder));
    }

    [Fact]
    public void FailedWriteKeepsTheOldFiles()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "x");
        Write(Matrix(1, 1, 4), path, ("format", "csv"));
        var metadata = File.ReadAllText(Metadata.PathFor(path));
        WriteError(Matrix(2, 0), path, ("format", "libsvm"));
        Assert.Equal("4.0\n", File.ReadAllText(path));
        Assert.Equal(metadata, File.ReadAllText(Metadata.PathFor(path)));
        Assert.Equal(["x", "x.mtd"], FilesIn(folder));
    }

    [Fact]
    public void UnwritablePathIsAnErrorNamingIt()
    {
        using var folder = new TempFolder();
        var blocker = folder.Write("file", "not a folder");
        var path = Path.Combine(blocker, "x.csv");
        var message = WriteError(Matrix(1, 1, 1), path, ("format", "csv"));
        Assert.Contains($"write(): cannot write {path}", message);
        Assert.Equal(["file"], FilesIn(folder));
    }

    [Theory]
    [InlineData("text", "header", "write() option 'header' does not apply to the text format")]
    [InlineData("csv", "rows_in_block", "write() option 'rows_in_block' does not apply to the csv format")]
    [InlineData("hdf6", "format", "write() format must be one of text, mm, csv")]
    [InlineData("parquet", "format", "write(): the parquet format is not supported by DmlNet")]
    public void InvalidOptionsAreRejectedBeforeWriting(string format, string option, string message)
    {
        using var folder = new TempFolder();
        (string, object) extra = option switch { "header" => ("header", true), "rows_in_block" => ("rows_in_block", 5L), _ => ("description", "d") };
        Assert.Contains(message, WriteError(Matrix(1, 1, 1), Path.Combine(folder.Path, "x"), ("format", format), extra));
        Assert.Empty(FilesIn(folder));
    }

    [Fact]
    public void ZeroRowsPerBlockIsRejected()
    {
        using var folder = new TempFolder();
        Assert.Contains("'rows_in_block' must be at least 1",
            WriteError(Matrix(1, 1, 1), Path.Combine(folder.Path, "x"), ("format", "binary"), ("rows_in_block", 0L)));
        Assert.Empty(FilesIn(folder));
    }
}

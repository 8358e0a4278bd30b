using DmlNet.Diagnostics;
using DmlNet.Tests.Support;

namespace DmlNet.Tests.Semantics;

/// <summary>
/// read() with a constant path reads path.mtd at compile time (relative to the working
/// directory): sizes propagate into shape checks, unknown keys and conflicts are diagnostics.
/// </summary>
public class ReadMetadataAnalysisTests
{
    private static List<Diagnostic> Errors(TempFolder folder, string text) =>
        [.. Checker.Check(text, workingDirectory: folder.Path).Where(d => d.IsError)];

    private static TempFolder FolderWithMatrix()
    {
        var folder = new TempFolder();
        folder.Write("data/m.csv", "1,2,3\n4,5,6\n");
        folder.Write("data/m.csv.mtd", "{\"data_type\": \"matrix\", \"rows\": 2, \"cols\": 3, \"format\": \"csv\"}");
        return folder;
    }

    [Theory]
    [InlineData("X = read(\"data/m.csv\")\nY = X %*% X\nprint(sum(Y))")]
    [InlineData("p = \"data/\" + \"m.csv\"\nX = read(p)\nY = X %*% X\nprint(sum(Y))")]
    [InlineData("X = read(\"data/m.csv\", format=\"csv\", rows=2)\nY = X %*% X\nprint(sum(Y))")]
    public void MetadataSizesReachTheShapeChecks(string text)
    {
        using var folder = FolderWithMatrix();
        var errors = Errors(folder, text);
        Assert.Equal(DiagnosticCode.MatrixMultiplyShape, Assert.Single(errors).Code);
    }

    [Fact]
    public void MatchingShapesAreClean()
    {
        using var folder = FolderWithMatrix();
        Assert.Empty(Errors(folder, "X = read(\"data/m.csv\")\nY = X %*% t(X)\nprint(sum(Y))"));
    }

    [Fact]
    public void PathsOnlyKnownAtRunTimeAreNotChecked()
    {
        using var folder = FolderWithMatrix();
        Assert.Empty(Errors(folder, "p = \"data/m\" + ifelse(sum(rand(rows=1, cols=1)) > 2, \".txt\", \".csv\")\nX = read(p)\nY = X %*% X\nprint(sum(Y))"));
    }

    [Fact]
    public void ConflictIsReportedAtTheArgument()
    {
        using var folder = FolderWithMatrix();
        var error = Assert.Single(Errors(folder, "X = read(\"data/m.csv\", cols=4)\nprint(sum(X))"));
        Assert.Equal(DiagnosticCode.MetadataConflict, error.Code);
        Assert.Equal((1, 24), (error.Span.Line, error.Span.Column));
        Assert.Contains("cols=4 conflicts with 3", error.Message);
    }

    [Fact]
    public void UnknownKeyIsReportedAtThePath()
    {
        using var folder = new TempFolder();
        folder.Write("m.csv", "1\n");
        folder.Write("m.csv.mtd", "{\"rows\": 1, \"cols\": 1, \"format\": \"csv\", \"owner\": \"me\"}");
        var error = Assert.Single(Errors(folder, "X = read(\"m.csv\")\nprint(sum(X))"));
        Assert.Equal(DiagnosticCode.InvalidMetadata, error.Code);
        Assert.Equal((1, 10), (error.Span.Line, error.Span.Column));
        Assert.Contains("unknown metadata key \"owner\"", error.Message);
    }

    [Fact]
    public void TextWithoutDimensionsIsReportedWhenTheFileExists()
    {
        using var folder = new TempFolder();
        folder.Write("cells.txt", "1 1 1.0\n");
        Assert.Equal(DiagnosticCode.MissingDimensions, Assert.Single(Errors(folder, "X = read(\"cells.txt\")\nprint(sum(X))")).Code);
        Assert.Empty(Errors(folder, "X = read(\"cells.txt\", rows=1, cols=1)\nprint(sum(X))"));
        Assert.Empty(Errors(folder, "X = read(\"not_written_yet.txt\")\nprint(sum(X))"));
    }

    [Fact]
    public void MatrixMarketSizeLineGivesTheShape()
    {
        using var folder = new TempFolder();
        folder.Write("m.mtx", "%%MatrixMarket matrix coordinate real general\n% comment\n2 5 0\n");
        Assert.Equal(DiagnosticCode.MatrixMultiplyShape, Assert.Single(Errors(folder, "X = readMM(\"m.mtx\")\nY = X %*% X\nprint(sum(Y))")).Code);
        Assert.Equal(DiagnosticCode.MetadataConflict, Assert.Single(Errors(folder, "X = read(\"m.mtx\", rows=3)\nprint(sum(X))")).Code);
    }

    [Fact]
    public void LibSvmAddsTheLabelColumn()
    {
        using var folder = new TempFolder();
        folder.Write("d.svm", "1 1:2\n");
        folder.Write("d.svm.mtd", "{\"rows\": 1, \"cols\": 3, \"format\": \"libsvm\"}");
        Assert.Empty(Errors(folder, "X = read(\"d.svm\")\nY = X %*% matrix(1, rows=4, cols=1)\nprint(sum(Y))"));
        Assert.Single(Errors(folder, "X = read(\"d.svm\")\nY = X %*% matrix(1, rows=3, cols=1)\nprint(sum(Y))"));
    }

    [Fact]
    public void ScalarMetadataMakesAScalar()
    {
        using var folder = new TempFolder();
        folder.Write("n", "3");
        folder.Write("n.mtd", "{\"data_type\": \"scalar\", \"value_type\": \"int\", \"format\": \"text\"}");
        Assert.Empty(Errors(folder, "n = read(\"n\")\nif (n > 2) { print(n) }"));
        Assert.Equal(DiagnosticCode.InvalidArgumentValue, Assert.Single(Errors(folder, "n = read(\"n\", rows=1)\nprint(n)")).Code);
    }

    [Theory]
    [InlineData("write(matrix(1, rows=2, cols=2), \"x\", format=\"text\", header=TRUE)", "does not apply to the text format")]
    [InlineData("write(matrix(1, rows=2, cols=2), \"x\", format=\"binary\", rows_in_block=0)", "'rows_in_block' must be at least 1")]
    [InlineData("write(3, \"x\", sep=\";\")", "write() of a scalar takes only format and description")]
    [InlineData("X = read(\"x\", format=\"csv\", indSep=\":\")\nprint(sum(X))", "does not apply to the csv format")]
    [InlineData("X = read(\"x\", format=\"csv\", header=\"maybe\")\nprint(sum(X))", "'header' must be TRUE or FALSE")]
    public void MisusedOptionsAreReportedBeforeRunning(string text, string message)
    {
        using var folder = new TempFolder();
        var error = Assert.Single(Errors(folder, text));
        Assert.Equal(DiagnosticCode.InvalidArgumentValue, error.Code);
        Assert.Contains(message, error.Message);
    }
}

using DmlNet.Tests.Support;
using static DmlNet.Tests.Runtime.IO.IoFiles;

namespace DmlNet.Tests.Runtime.IO;

/// <summary>Matrix Market files written by other tools: array layout, symmetric, skew-symmetric, integer and pattern variants, and malformed files.</summary>
public class MatrixMarketReadTests
{
    private static string File(TempFolder folder, string text) => folder.Write("m.mtx", text);

    [Fact]
    public void ArrayFilesAreColumnMajor()
    {
        using var folder = new TempFolder();
        var path = File(folder, "%%MatrixMarket matrix array real general\n% a comment\n2 3\n1\n4\n2\n5\n3\n6.5\n");
        AssertSameCells(Matrix(2, 3, 1, 2, 3, 4, 5, 6.5), Read(path));
    }

    [Fact]
    public void SymmetricCoordinateFilesAreMirrored()
    {
        using var folder = new TempFolder();
        var path = File(folder, "%%MatrixMarket matrix coordinate real symmetric\n3 3 3\n1 1 2.0\n3 1 -1\n3 2 4e-1\n");
        AssertSameCells(Matrix(3, 3, 2, 0, -1, 0, 0, 0.4, -1, 0.4, 0), Read(path));
    }

    [Fact]
    public void SkewSymmetricFilesAreMirroredNegated()
    {
        using var folder = new TempFolder();
        var path = File(folder, "%%MatrixMarket matrix coordinate real skew-symmetric\n2 2 1\n2 1 3\n");
        AssertSameCells(Matrix(2, 2, 0, -3, 3, 0), Read(path));
    }

    [Fact]
    public void SymmetricArrayFilesHoldTheLowerTriangle()
    {
        using var folder = new TempFolder();
        var path = File(folder, "%%MatrixMarket matrix array real symmetric\n3 3\n1\n2\n3\n4\n5\n6\n");
        AssertSameCells(Matrix(3, 3, 1, 2, 3, 2, 4, 5, 3, 5, 6), Read(path));
    }

    [Fact]
    public void IntegerAndPatternFilesAreRead()
    {
        using var folder = new TempFolder();
        var integer = folder.Write("i.mtx", "%%MatrixMarket matrix coordinate integer general\n2 2 2\n1 2 7\n2 1 -4\n");
        AssertSameCells(Matrix(2, 2, 0, 7, -4, 0), Read(integer));
        var pattern = folder.Write("p.mtx", "%%MATRIXMARKET Matrix Coordinate Pattern General\n2 3 2\n1 3\n2 2\n");
        AssertSameCells(Matrix(2, 3, 0, 0, 1, 0, 1, 0), Read(pattern));
        AssertSameCells(Matrix(2, 3, 0, 0, 1, 0, 1, 0), Read(pattern, ("format", "mm")));
    }

    [Theory]
    [InlineData("%%MatrixMarket matrix coordinate complex general\n1 1 1\n1 1 1 0\n", "m.mtx:1: unsupported Matrix Market header")]
    [InlineData("%%MatrixMarket matrix coordinate real general\n2 2\n", "m.mtx:2: expected the size line 'rows cols entries'")]
    [InlineData("%%MatrixMarket matrix coordinate real general\n2 2 2\n1 1 1.0\n", "m.mtx:3: the size line announces 2 entries but the file holds 1")]
    [InlineData("%%MatrixMarket matrix coordinate real general\n2 2 1\n1 1 1.0\n2 2 1.0\n", "m.mtx:4: more entries than the 1 of the size line")]
    [InlineData("%%MatrixMarket matrix coordinate real general\n2 2 1\n3 1 1.0\n", "m.mtx:3: row index 3 is outside the declared 2 rows")]
    [InlineData("%%MatrixMarket matrix coordinate real general\n2 2 1\n1 1 one\n", "m.mtx:3: the value 'one' is not a number")]
    [InlineData("%%MatrixMarket matrix coordinate real symmetric\n2 3 0\n", "a symmetric matrix must be square")]
    [InlineData("%%MatrixMarket matrix array real general\n2 2\n1\n2\n3\n", "m.mtx:5: a 2 x 2 general array needs 4 values, the file holds 3")]
    [InlineData("%%MatrixMarket matrix coordinate real general\n", "the Matrix Market file ends before its size line")]
    public void MalformedFilesNameFileAndLine(string text, string message)
    {
        using var folder = new TempFolder();
        var path = File(folder, text);
        var error = ReadError(path);
        Assert.Contains(message, error);
        Assert.Contains(folder.Path, error);
    }

    [Fact]
    public void SizeLineMustAgreeWithDeclaredDimensions()
    {
        using var folder = new TempFolder();
        var path = File(folder, "%%MatrixMarket matrix coordinate real general\n2 2 0\n");
        Assert.Contains("the declared size is 3 x ? (arguments or .mtd) but the file holds 2 x 2", ReadError(path, ("rows", 3L)));
    }

    [Fact]
    public void ExplicitFormatWinsOverTheBanner()
    {
        using var folder = new TempFolder();
        var path = File(folder, "%%MatrixMarket matrix coordinate real general\n1 1 1\n1 1 2.0\n");
        Assert.Contains("m.mtx:1: field 1 is not a number", ReadError(path, ("format", "csv")));
    }
}

using DmlNet.Runtime.IO;
using DmlNet.Tests.Support;
using static DmlNet.Tests.Runtime.IO.IoFiles;

namespace DmlNet.Tests.Runtime.IO;

/// <summary>Bad text, csv and libsvm input: every error names the file, and the line where one is to blame.</summary>
public class TextReadErrorTests
{
    [Fact]
    public void MissingFileIsNamed()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "nowhere.csv");
        Assert.Equal($"read(): file not found: {path}", ReadError(path, ("format", "csv")));
    }

    [Theory]
    [InlineData("1 1 1.0\n2 x 1.0\n", "t.txt:2: the column index 'x' is not a whole number")]
    [InlineData("1 1\n", "t.txt:1: expected 'row column value', found 2 fields")]
    [InlineData("1 1 1 1\n", "t.txt:1: expected 'row column value', found more than 3 fields")]
    [InlineData("\n4 1 1.0\n", "t.txt:2: row index 4 is outside the declared 3 rows")]
    [InlineData("1 3 1.0\n", "t.txt:1: column index 3 is outside the declared 2 columns")]
    [InlineData("0 1 1.0\n", "t.txt:1: indexes are 1-based")]
    [InlineData("1 1 abc\n", "t.txt:1: the value 'abc' is not a number")]
    public void MalformedTextLines(string text, string message)
    {
        using var folder = new TempFolder();
        var path = folder.Write("t.txt", text);
        Assert.Contains(message, ReadError(path, ("rows", 3L), ("cols", 2L)));
    }

    [Fact]
    public void TextWithoutDimensionsIsAnError()
    {
        using var folder = new TempFolder();
        var path = folder.Write("t.txt", "1 1 1.0\n");
        Assert.Contains("read() of a text matrix needs rows and cols (as arguments or in t.txt.mtd)", ReadError(path));
        Assert.Contains("read() of a binary matrix needs rows and cols", ReadError(path, ("format", "binary"), ("rows", 1L)));
    }

    [Fact]
    public void RepeatedCellsKeepTheLastValueAndOrderDoesNotMatter()
    {
        using var folder = new TempFolder();
        var path = folder.Write("t.txt", "2 2 4\n1 1 1\n2 2 5\n1 2 0\n0 0 0\n");
        AssertSameCells(Matrix(2, 2, 1, 0, 0, 5), Read(path, ("rows", 2L), ("cols", 2L)));
    }

    [Theory]
    [InlineData("1,2\n3\n", "c.csv:2: expected 2 fields as on the first row, found 1")]
    [InlineData("1,x\n", "c.csv:1: field 2 is not a number: 'x'")]
    public void MalformedCsvLines(string text, string message)
    {
        using var folder = new TempFolder();
        Assert.Contains(message, ReadError(folder.Write("c.csv", text), ("format", "csv")));
    }

    [Fact]
    public void CsvFillDefaultAndNaStrings()
    {
        using var folder = new TempFolder();
        var path = folder.Write("c.csv", "a;b;c\n1;;NA\n ? ;2e3;-Inf\n");
        var na = $"NA{IoParameters.NaStringsSeparator}?";
        AssertSameCells(Matrix(2, 3, 1, -1, double.NaN, double.NaN, 2000, double.NegativeInfinity),
            Read(path, ("format", "csv"), ("header", true), ("sep", ";"), ("default", -1.0), ("naStrings", na)));
        AssertSameCells(Matrix(2, 3, 1, 0, double.NaN, double.NaN, 2000, double.NegativeInfinity),
            Read(path, ("format", "csv"), ("header", true), ("sep", ";"), ("naStrings", na)));
        Assert.Contains("c.csv:2: field 2 is empty and fill=FALSE",
            ReadError(path, ("format", "csv"), ("header", true), ("sep", ";"), ("fill", false), ("naStrings", na)));
        Assert.Contains("c.csv:2: field 3 is not a number: 'NA'", ReadError(path, ("format", "csv"), ("header", true), ("sep", ";")));
    }

    [Fact]
    public void CsvOptionsComeFromTheMetadataToo()
    {
        using var folder = new TempFolder();
        var path = folder.Write("c.csv", "x|y\nmissing|1\n|-\n");
        folder.Write("c.csv.mtd",
            "{\"data_type\": \"matrix\", \"format\": \"csv\", \"header\": true, \"sep\": \"|\", \"default\": 9, \"naStrings\": [\"missing\", \"-\"], \"rows\": 2, \"cols\": 2}");
        AssertSameCells(Matrix(2, 2, double.NaN, 1, 9, double.NaN), Read(path));
    }

    [Fact]
    public void CsvDisagreeingWithItsMetadataIsAnError()
    {
        using var folder = new TempFolder();
        var path = folder.Write("c.csv", "1,2\n3,4\n");
        folder.Write("c.csv.mtd", "{\"format\": \"csv\", \"rows\": 3, \"cols\": 2}");
        Assert.Contains("c.csv: the declared size is 3 x 2 (arguments or .mtd) but the file holds 2 x 2", ReadError(path));
        folder.Write("c.csv.mtd", "{\"format\": \"csv\", \"rows\": 2, \"cols\": 2, \"nnz\": 3}");
        Assert.Contains("c.csv: the declared number of non-zeros is 3 (arguments or .mtd) but the file holds 4", ReadError(path));
    }

    [Fact]
    public void LibSvmReadsStandardAndCommaSeparatedFiles()
    {
        using var folder = new TempFolder();
        var expected = Matrix(3, 4, 0, 2.5, 0, 1, 0, 0, 0, -1, 1.5, 0, -2, 1);
        AssertSameCells(expected, Read(folder.Write("a.svm", "1 2:2.5\n-1\n\n+1 3:-2 1:1.5\n"), ("format", "libsvm")));
        AssertSameCells(expected, Read(folder.Write("b.svm", "1,2:2.5\n-1\n1,1:1.5,3:-2\n"), ("format", "libsvm")));
        AssertSameCells(expected, Read(folder.Write("c.svm", "1;2=2.5\n-1\n1;1=1.5;3=-2\n"), ("format", "libsvm"), ("sep", ";"), ("indSep", "=")));
        var wider = Read(folder.Write("d.svm", "1 2:2.5\n"), ("format", "libsvm"), ("cols", 4L));
        AssertSameCells(Matrix(1, 5, 0, 2.5, 0, 0, 1), wider);
    }

    [Theory]
    [InlineData("1 2:2.5 x\n", "l.svm:1: expected 'index:value', found 'x'")]
    [InlineData("1 0:2.5\n", "l.svm:1: feature index '0' is outside 1..3 (the declared cols)")]
    [InlineData("1 4:2.5\n", "l.svm:1: feature index '4' is outside 1..3 (the declared cols)")]
    [InlineData("a 1:2\n", "l.svm:1: the value 'a' is not a number")]
    [InlineData("1 1:2:3\n", "l.svm:1: the value '2:3' is not a number")]
    public void MalformedLibSvmLines(string text, string message)
    {
        using var folder = new TempFolder();
        Assert.Contains(message, ReadError(folder.Write("l.svm", text), ("format", "libsvm"), ("cols", 3L)));
    }

    [Fact]
    public void LibSvmRowCountIsChecked()
    {
        using var folder = new TempFolder();
        Assert.Contains("the declared size is 3 x ?", ReadError(folder.Write("l.svm", "1 1:1\n"), ("format", "libsvm"), ("rows", 3L)));
    }
}

using DmlNet.Runtime.Data;
using DmlNet.Tests.Support;
using static DmlNet.Tests.Runtime.IO.IoFiles;

namespace DmlNet.Tests.Runtime.IO;

/// <summary>
/// Every text format written for dense, sparse, empty (0 rows) and 1x1 / 1x2 matrices with NaN and
/// infinities: the file content is compared with text written by hand, then read back.
/// </summary>
public class TextFormatRoundTripTests
{
    private const string MmBanner = "%%MatrixMarket matrix coordinate real general\n";

    /// <summary>The matrices of the cases, by name.</summary>
    private static MatrixBlock Case(string name) => name switch
    {
        "dense" => Matrix(2, 3, 1, 0, -2.5, 0.001, 1e7, 0),
        "sparse" => Matrix(3, 4, 0, 0.5, 0, 0, 0, 0, 0, 0, 0, 0, 0, -3).ToSparse(),
        "empty" => Matrix(0, 3),
        "nan" => Matrix(1, 1, double.NaN),
        "infinite" => Matrix(1, 2, double.PositiveInfinity, double.NegativeInfinity),
        _ => throw new ArgumentException(name),
    };

    /// <summary>Format, case, and the exact file content expected.</summary>
    public static TheoryData<string, string, string> Files() => new()
    {
        { "text", "dense", "1 1 1.0\n1 3 -2.5\n2 1 0.001\n2 2 1.0E7\n" },
        { "text", "sparse", "1 2 0.5\n3 4 -3.0\n" },
        { "text", "empty", "0 0 0\n" },
        { "text", "nan", "1 1 NaN\n" },
        { "text", "infinite", "1 1 Infinity\n1 2 -Infinity\n" },
        { "mm", "dense", MmBanner + "2 3 4\n1 1 1.0\n1 3 -2.5\n2 1 0.001\n2 2 1.0E7\n" },
        { "mm", "sparse", MmBanner + "3 4 2\n1 2 0.5\n3 4 -3.0\n" },
        { "mm", "empty", MmBanner + "0 3 0\n" },
        { "mm", "nan", MmBanner + "1 1 1\n1 1 NaN\n" },
        { "mm", "infinite", MmBanner + "1 2 2\n1 1 Infinity\n1 2 -Infinity\n" },
        { "csv", "dense", "1.0,0,-2.5\n0.001,1.0E7,0\n" },
        { "csv", "sparse", "0,0.5,0,0\n0,0,0,0\n0,0,0,-3.0\n" },
        { "csv", "empty", "" },
        { "csv", "nan", "NaN\n" },
        { "csv", "infinite", "Infinity,-Infinity\n" },
        { "libsvm", "dense", "-2.5 1:1.0\n0.0 1:0.001 2:1.0E7\n" },
        { "libsvm", "sparse", "0.0 2:0.5\n0.0\n-3.0\n" },
        { "libsvm", "empty", "" },
        { "libsvm", "nan", "NaN\n" },
        { "libsvm", "infinite", "-Infinity 1:Infinity\n" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void WritesTheExactTextAndReadsItBack(string format, string name, string expected)
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "m." + format);
        var block = Case(name);
        Write(block, path, ("format", format));
        Assert.Equal(expected, File.ReadAllText(path));
        AssertSameCells(block, Read(path));
        AssertSameCells(block, Read(path, ("format", format)));
    }

    [Fact]
    public void TextMetadataHasSystemDsKeysInOrder()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "m.txt");
        Write(Case("dense"), path, ("description", "hand-made \"test\" · data"));
        Assert.Equal(
            "{\n    \"data_type\": \"matrix\",\n    \"value_type\": \"double\",\n    \"rows\": 2,\n    \"cols\": 3,\n    \"nnz\": 4,\n" +
            "    \"format\": \"text\",\n    \"description\": \"hand-made \\\"test\\\" · data\",\n    \"author\": \"*\",\n    \"created\": \"*\"\n}\n",
            MetadataText(path));
    }

    [Fact]
    public void CsvMetadataRecordsHeaderAndSeparatorAfterTheAuthor()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "m.csv");
        Write(Case("sparse"), path, ("format", "csv"), ("header", true), ("sep", ";"));
        Assert.Equal("C1;C2;C3;C4\n0;0.5;0;0\n0;0;0;0\n0;0;0;-3.0\n", File.ReadAllText(path));
        Assert.Equal(
            "{\n    \"data_type\": \"matrix\",\n    \"value_type\": \"double\",\n    \"rows\": 3,\n    \"cols\": 4,\n    \"nnz\": 2,\n" +
            "    \"format\": \"csv\",\n    \"author\": \"*\",\n    \"header\": true,\n    \"sep\": \";\",\n    \"created\": \"*\"\n}\n",
            MetadataText(path));
        AssertSameCells(Case("sparse"), Read(path));
    }

    [Fact]
    public void LibSvmMetadataCountsTheFeatureColumns()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "m.svm");
        Write(Case("dense"), path, ("format", "libsvm"), ("sep", ","), ("indSep", "="));
        Assert.Equal("-2.5,1=1.0\n0.0,1=0.001,2=1.0E7\n", File.ReadAllText(path));
        Assert.Equal(
            "{\n    \"data_type\": \"matrix\",\n    \"value_type\": \"double\",\n    \"rows\": 2,\n    \"cols\": 2,\n    \"nnz\": 4,\n" +
            "    \"format\": \"libsvm\",\n    \"author\": \"*\",\n    \"sep\": \",\",\n    \"indSep\": \"=\",\n    \"created\": \"*\"\n}\n",
            MetadataText(path));
        AssertSameCells(Case("dense"), Read(path));
    }

    [Fact]
    public void BinaryMetadataRecordsTheBlockSize()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "m.bin");
        Write(Case("dense"), path, ("format", "binary"), ("rows_in_block", 1L));
        Assert.Equal(
            "{\n    \"data_type\": \"matrix\",\n    \"value_type\": \"double\",\n    \"rows\": 2,\n    \"cols\": 3,\n" +
            "    \"rows_in_block\": 1,\n    \"cols_in_block\": 1,\n    \"nnz\": 4,\n" +
            "    \"format\": \"binary\",\n    \"author\": \"*\",\n    \"created\": \"*\"\n}\n",
            MetadataText(path));
    }

    [Fact]
    public void AllZeroMatrixIsWrittenAsTheEmptyLine()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "z.txt");
        Write(Matrix(2, 2, 0, 0, 0, 0), path);
        Assert.Equal("0 0 0\n", File.ReadAllText(path));
        AssertSameCells(Matrix(2, 2, 0, 0, 0, 0), Read(path));
    }

    [Fact]
    public void CsvSparseLeavesZerosEmpty()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "s.csv");
        Write(Case("dense"), path, ("format", "csv"), ("sparse", true));
        Assert.Equal("1.0,,-2.5\n0.001,1.0E7,\n", File.ReadAllText(path));
        AssertSameCells(Case("dense"), Read(path));
    }
}

using System.Buffers.Binary;
using System.IO.Compression;
using DmlNet.Diagnostics;
using DmlNet.Tests.Support;
using static DmlNet.Tests.Runtime.IO.IoFiles;

namespace DmlNet.Tests.Runtime.IO;

/// <summary>read(path, format="idx"): IDX files as MNIST ships them, built byte by byte here (big-endian header, then the cells).</summary>
public class IdxReadTests
{
    /// <summary>An IDX file: two zero bytes, the type, the dimension count, each dimension big-endian, then the cell bytes.</summary>
    private static byte[] Idx(byte type, int[] dimensions, byte[] cells)
    {
        var bytes = new List<byte> { 0, 0, type, (byte)dimensions.Length };
        foreach (var d in dimensions)
        {
            var size = new byte[4];
            BinaryPrimitives.WriteInt32BigEndian(size, d);
            bytes.AddRange(size);
        }
        bytes.AddRange(cells);
        return [.. bytes];
    }

    private static string Save(TempFolder folder, string name, byte[] bytes)
    {
        var path = Path.Combine(folder.Path, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void ImagesBecomeOneRowPerImage()
    {
        using var folder = new TempFolder();
        var path = Save(folder, "images-idx3-ubyte", Idx(0x08, [2, 2, 3], [0, 1, 2, 3, 4, 255, 10, 0, 0, 0, 0, 7]));
        AssertSameCells(Matrix(2, 6, 0, 1, 2, 3, 4, 255, 10, 0, 0, 0, 0, 7), Read(path, ("format", "idx")));
    }

    [Fact]
    public void LabelsBecomeAColumnVector()
    {
        using var folder = new TempFolder();
        var path = Save(folder, "labels-idx1-ubyte", Idx(0x08, [4], [5, 0, 4, 1]));
        AssertSameCells(Matrix(4, 1, 5, 0, 4, 1), Read(path, ("format", "idx")));
    }

    [Fact]
    public void WiderCellTypesAreBigEndian()
    {
        using var folder = new TempFolder();
        var ints = new byte[8];
        BinaryPrimitives.WriteInt32BigEndian(ints, -2);
        BinaryPrimitives.WriteInt32BigEndian(ints.AsSpan(4), 70000);
        AssertSameCells(Matrix(1, 2, -2, 70000), Read(Save(folder, "i.idx", Idx(0x0C, [1, 2], ints)), ("format", "idx")));
        var doubles = new byte[16];
        BinaryPrimitives.WriteDoubleBigEndian(doubles, 0.25);
        BinaryPrimitives.WriteDoubleBigEndian(doubles.AsSpan(8), double.NaN);
        AssertSameCells(Matrix(2, 1, 0.25, double.NaN), Read(Save(folder, "d.idx", Idx(0x0E, [2], doubles)), ("format", "idx")));
        AssertSameCells(Matrix(1, 2, -1, 127), Read(Save(folder, "s.idx", Idx(0x09, [1, 2], [0xFF, 0x7F])), ("format", "idx")));
    }

    [Fact]
    public void GzipCompressedFilesAreRead()
    {
        using var folder = new TempFolder();
        var plain = Idx(0x08, [3, 1], [9, 8, 7]);
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(plain);
        }
        AssertSameCells(Matrix(3, 1, 9, 8, 7), Read(Save(folder, "l.gz", compressed.ToArray()), ("format", "idx")));
    }

    [Fact]
    public void MalformedFilesAreErrorsNamingTheFile()
    {
        using var folder = new TempFolder();
        var truncated = Save(folder, "short", Idx(0x08, [2, 3], [1, 2, 3, 4]));
        Assert.Contains("ends after 4 of the 6 cells", ReadError(truncated, ("format", "idx")));
        var trailing = Save(folder, "long", Idx(0x08, [1, 1], [1, 2]));
        Assert.Contains("more data than the 1 cells", ReadError(trailing, ("format", "idx")));
        var text = Save(folder, "text", "1 2 3\n"u8.ToArray());
        Assert.Contains("not an IDX file", ReadError(text, ("format", "idx")));
        Assert.Contains(text, ReadError(text, ("format", "idx")));
        var wrongType = Save(folder, "type", [0, 0, 0x07, 1, 0, 0, 0, 0]);
        Assert.Contains("unknown IDX cell type 0x07", ReadError(wrongType, ("format", "idx")));
        var labels = Save(folder, "labels", Idx(0x08, [2], [1, 2]));
        Assert.Contains("2 x 1", ReadError(labels, ("format", "idx"), ("cols", 3L)));
    }

    [Fact]
    public void TheHeaderGivesTheSizeAtCompileTime()
    {
        using var folder = new TempFolder();
        Save(folder, "images", Idx(0x08, [2, 2, 3], new byte[12]));
        var errors = Checker.Check("X = read(\"images\", format=\"idx\")\nY = X %*% matrix(1, rows=5, cols=1)\nprint(sum(Y))\n",
            workingDirectory: folder.Path).Where(d => d.IsError).ToList();
        var error = Assert.Single(errors);
        Assert.Equal((DiagnosticCode.MatrixMultiplyShape, 2), (error.Code, error.Span.Line));
        Assert.Contains("2 x 6", error.Message);
    }
}

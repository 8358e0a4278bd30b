using System.Buffers.Binary;
using DmlNet.Runtime.Data;
using DmlNet.Runtime.IO;
using DmlNet.Tests.Support;
using static DmlNet.Tests.Runtime.IO.IoFiles;

namespace DmlNet.Tests.Runtime.IO;

/// <summary>
/// The binary format: the bytes of small files are rebuilt here field by field (with a bitwise
/// CRC-32C), round trips keep layout and values, and every kind of damage is reported.
/// </summary>
public class BinaryFormatTests
{
    /// <summary>CRC-32C computed bit by bit, independently of the product's table and hardware paths.</summary>
    private static uint BitwiseCrc(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0x82F63B78u : crc >> 1;
            }
        }
        return ~crc;
    }

    private static byte[] Header(byte layout, int rowsPerBlock, long rows, long columns, long nonZeros)
    {
        var header = new byte[44];
        byte[] magic = [0x89, 0x44, 0x4D, 0x4C, 0x4D, 0x0D, 0x0A, 0x1A];
        magic.CopyTo(header, 0);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(8), 1);
        header[10] = layout;
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(12), rowsPerBlock);
        BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(16), rows);
        BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(24), columns);
        BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(32), nonZeros);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(40), BitwiseCrc(header.AsSpan(0, 40)));
        return header;
    }

    /// <summary>A block's bytes followed by their checksum.</summary>
    private static byte[] Block(params byte[][] parts)
    {
        var body = parts.SelectMany(p => p).ToArray();
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(crc, BitwiseCrc(body));
        return [.. body, .. crc];
    }

    private static byte[] Doubles(params double[] values) =>
        [.. values.SelectMany(v => { var b = new byte[8]; BinaryPrimitives.WriteDoubleLittleEndian(b, v); return b; })];

    private static byte[] Ints(params int[] values) =>
        [.. values.SelectMany(v => { var b = new byte[4]; BinaryPrimitives.WriteInt32LittleEndian(b, v); return b; })];

    [Fact]
    public void DenseFileHasTheDocumentedBytes()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "d.bin");
        var block = Matrix(3, 2, 1, double.NaN, 0, double.NegativeInfinity, 2.5, 0);
        Write(block, path, ("format", "binary"), ("rows_in_block", 2L));
        byte[] expected = [.. Header(0, 2, 3, 2, 4), .. Block(Doubles(1, double.NaN, 0, double.NegativeInfinity)), .. Block(Doubles(2.5, 0))];
        Assert.Equal(expected, File.ReadAllBytes(path));
        var back = Read(path);
        Assert.False(back.IsSparse);
        AssertSameCells(block, back);
    }

    [Fact]
    public void SparseFileHasTheDocumentedBytes()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "s.bin");
        var block = Matrix(3, 4, 0, 7, 0, 0.5, 0, 0, 0, 0, -1, 0, 0, 0).ToSparse();
        Write(block, path, ("format", "binary"), ("rows_in_block", 2L));
        byte[] expected =
        [
            .. Header(1, 2, 3, 4, 3),
            .. Block(Ints(2, 0), Ints(1, 3), Doubles(7, 0.5)),
            .. Block(Ints(1), Ints(0), Doubles(-1)),
        ];
        Assert.Equal(expected, File.ReadAllBytes(path));
        var back = Read(path);
        Assert.True(back.IsSparse);
        AssertSameCells(block, back);
    }

    [Fact]
    public void EmptyMatrixIsOnlyAHeader()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "e.bin");
        Write(Matrix(0, 3), path, ("format", "binary"));
        Assert.Equal(Header(0, 1000, 0, 3, 0), File.ReadAllBytes(path));
        AssertSameCells(Matrix(0, 3), Read(path));
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(1, 1, 1000)]
    [InlineData(2500, 3, 1000)]
    [InlineData(1001, 17, 7)]
    public void LargerMatricesRoundTripDenseAndSparse(int rows, int columns, int rowsPerBlock)
    {
        using var folder = new TempFolder();
        var values = new double[rows * columns];
        for (var k = 0; k < values.Length; k++)
        {
            values[k] = k % 5 == 0 ? (k % 3) - 1 + (k * 1e-3) : 0;
        }
        values[^1] = double.PositiveInfinity;
        foreach (var block in new[] { Matrix(rows, columns, values), Matrix(rows, columns, values).ToSparse() })
        {
            var path = Path.Combine(folder.Path, $"m{block.IsSparse}.bin");
            Write(block, path, ("format", "binary"), ("rows_in_block", (long)rowsPerBlock));
            var back = Read(path, ("rows", (long)rows), ("cols", (long)columns));
            Assert.Equal(block.IsSparse, back.IsSparse);
            AssertSameCells(block, back);
        }
    }

    private static string Damaged(Func<byte[], byte[]> damage)
    {
        var folder = new TempFolder();
        using (folder)
        {
            var path = Path.Combine(folder.Path, "x.bin");
            Write(Matrix(3, 2, 1, 2, 3, 4, 5, 6), path, ("format", "binary"), ("rows_in_block", 2L));
            File.WriteAllBytes(path, damage(File.ReadAllBytes(path)));
            var message = ReadError(path);
            Assert.Contains(path, message);
            return message;
        }
    }

    private static byte[] Flip(byte[] bytes, int position)
    {
        bytes[position] ^= 0x10;
        return bytes;
    }

    [Fact]
    public void FlippedDataBitIsACorruptionOfItsBlock() =>
        Assert.Contains("corrupted: checksum mismatch in the block of rows 3..3", Damaged(b => Flip(b, 44 + (4 * 8) + 4 + 3)));

    [Fact]
    public void FlippedHeaderBitIsACorruptionOfTheHeader() =>
        Assert.Contains("corrupted: checksum mismatch in its header", Damaged(b => Flip(b, 20)));

    [Fact]
    public void TruncatedFileIsReported() =>
        Assert.Contains("truncated", Damaged(b => b[..^5]));

    [Fact]
    public void TrailingBytesAreReported() =>
        Assert.Contains("2 unexpected bytes after its last block", Damaged(b => [.. b, 0, 0]));

    [Fact]
    public void OtherFilesAreNotMistakenForBinaryMatrices() =>
        Assert.Contains("not a DmlNet binary matrix file", Damaged(_ => "1 1 1.0\n"u8.ToArray()));

    [Fact]
    public void NewerVersionsAreRefused() =>
        Assert.Contains("version 2 is not supported (this DmlNet reads version 1)", Damaged(b =>
        {
            b[8] = 2;
            BinaryPrimitives.WriteUInt32LittleEndian(b.AsSpan(40), BitwiseCrc(b.AsSpan(0, 40)));
            return b;
        }));

    [Fact]
    public void DeclaredDimensionsMustMatchTheHeader()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "x.bin");
        Write(Matrix(1, 2, 1, 2), path, ("format", "binary"));
        File.Delete(Metadata.PathFor(path));
        Assert.Contains("the declared size is 2 x 2 (arguments or .mtd) but the file holds 1 x 2",
            ReadError(path, ("format", "binary"), ("rows", 2L), ("cols", 2L)));
    }

    [Fact]
    public void CrcHasTheStandardCheckValues()
    {
        Assert.Equal(0xE3069283u, Crc32C.Of("123456789"u8));
        Assert.Equal(0x8A9136AAu, Crc32C.Of(new byte[32]));
        Assert.Equal(0u, Crc32C.Of([]));
    }

    [Fact]
    public void CrcPathsAgreeForEveryLengthAndSplit()
    {
        var data = new byte[300];
        for (var k = 0; k < data.Length; k++)
        {
            data[k] = (byte)((k * 131) + 7);
        }
        for (var length = 0; length <= data.Length; length += 7)
        {
            var span = data.AsSpan(0, length);
            var expected = BitwiseCrc(span);
            Assert.Equal(expected, ~Crc32C.AppendSoftware(0xFFFFFFFF, span));
            var split = new Crc32C();
            split.Append(span[..(length / 3)]);
            split.Append(span[(length / 3)..]);
            Assert.Equal(expected, split.Value);
        }
    }
}

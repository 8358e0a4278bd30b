using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.InteropServices;
using DmlNet.Runtime.Data;

namespace DmlNet.Runtime.IO;

/// <summary>
/// Reads <see cref="BinaryMatrixFormat"/> files into a block of the stored layout, verifying the
/// magic bytes, the version, the file length, every checksum and the structure of sparse rows.
/// </summary>
public static class BinaryMatrixReader
{
    /// <summary>Reads <paramref name="path"/>; the declared rows and cols (-1: unknown) must agree with the file's header.</summary>
    public static MatrixBlock Read(string path, long declaredRows, long declaredColumns)
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw DataFileErrors.InFile(path, "the binary format is only supported on little-endian machines");
        }
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var header = ReadHeader(path, stream);
        DataFileErrors.CheckDimensions(path, declaredRows, declaredColumns, header.Rows, header.Columns);
        try
        {
            return header.Sparse ? ReadSparse(path, stream, header) : ReadDense(path, stream, header);
        }
        catch (EndOfStreamException)
        {
            throw DataFileErrors.InFile(path, "the binary file is truncated (it changed while being read?)");
        }
    }

    private sealed record Header(bool Sparse, int RowsPerBlock, int Rows, int Columns, long NonZeros);

    private static Header ReadHeader(string path, Stream stream)
    {
        Span<byte> header = stackalloc byte[BinaryMatrixFormat.HeaderSize];
        var length = stream.Length;
        if (length < 8 || stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < 8
            || !header[..8].SequenceEqual(BinaryMatrixFormat.Magic))
        {
            throw DataFileErrors.InFile(path, "not a DmlNet binary matrix file (its first bytes are not the format's magic number)");
        }
        var version = BinaryPrimitives.ReadUInt16LittleEndian(header[8..]);
        if (length >= 10 && version != BinaryMatrixFormat.Version)
        {
            throw DataFileErrors.InFile(path,
                $"binary matrix format version {version} is not supported (this DmlNet reads version {BinaryMatrixFormat.Version})");
        }
        if (length < BinaryMatrixFormat.HeaderSize)
        {
            throw DataFileErrors.InFile(path, $"the binary file is truncated: {length} bytes, less than its {BinaryMatrixFormat.HeaderSize}-byte header");
        }
        if (Crc32C.Of(header[..40]) != BinaryPrimitives.ReadUInt32LittleEndian(header[40..]))
        {
            throw DataFileErrors.InFile(path, "the binary file is corrupted: checksum mismatch in its header");
        }
        var layout = header[10];
        var rowsPerBlock = BinaryPrimitives.ReadInt32LittleEndian(header[12..]);
        var rows = BinaryPrimitives.ReadInt64LittleEndian(header[16..]);
        var columns = BinaryPrimitives.ReadInt64LittleEndian(header[24..]);
        var nonZeros = BinaryPrimitives.ReadInt64LittleEndian(header[32..]);
        if (layout > BinaryMatrixFormat.SparseLayout || rowsPerBlock < 1 || rows is < 0 or > int.MaxValue || columns is < 0 or > int.MaxValue
            || nonZeros < 0 || nonZeros > rows * columns)
        {
            throw DataFileErrors.InFile(path, "the binary file is malformed: impossible values in its header");
        }
        var sparse = layout == BinaryMatrixFormat.SparseLayout;
        if ((sparse ? nonZeros : rows * columns) > Array.MaxLength)
        {
            throw DataFileErrors.InFile(path, $"the {rows} x {columns} matrix is larger than a DmlNet matrix can be");
        }
        var blocks = (rows + rowsPerBlock - 1) / rowsPerBlock;
        var expected = BinaryMatrixFormat.HeaderSize + (blocks * 4) + (sparse ? (rows * 4) + (nonZeros * 12) : rows * columns * 8);
        if (length != expected)
        {
            throw DataFileErrors.InFile(path, length < expected
                ? string.Create(CultureInfo.InvariantCulture, $"the binary file is truncated: {length} bytes where its header announces {expected}")
                : string.Create(CultureInfo.InvariantCulture, $"the binary file has {length - expected} unexpected bytes after its last block"));
        }
        return new Header(sparse, rowsPerBlock, (int)rows, (int)columns, nonZeros);
    }

    private static MatrixBlock ReadDense(string path, Stream stream, Header header)
    {
        var data = new double[(long)header.Rows * header.Columns];
        for (var first = 0; first < header.Rows; first += header.RowsPerBlock)
        {
            var count = Math.Min(header.RowsPerBlock, header.Rows - first);
            var crc = new Crc32C();
            ReadValues(stream, ref crc, data, (long)first * header.Columns, (long)count * header.Columns);
            VerifyBlock(path, stream, crc, first, count);
        }
        return MatrixBlock.FromDense(header.Rows, header.Columns, data);
    }

    private static MatrixBlock ReadSparse(string path, Stream stream, Header header)
    {
        var rowStart = new int[header.Rows + 1];
        var indexes = new int[header.NonZeros];
        var values = new double[header.NonZeros];
        var total = 0L;
        for (var first = 0; first < header.Rows; first += header.RowsPerBlock)
        {
            var count = Math.Min(header.RowsPerBlock, header.Rows - first);
            var crc = new Crc32C();
            var lengths = rowStart.AsSpan(first + 1, count);
            Take(stream, ref crc, MemoryMarshal.AsBytes(lengths));
            var start = total;
            foreach (var n in lengths)
            {
                total += n;
                if (n < 0 || n > header.Columns || total > header.NonZeros)
                {
                    throw Malformed(path, first, count, "impossible row lengths");
                }
            }
            ReadValues(stream, ref crc, indexes, start, total - start);
            ReadValues(stream, ref crc, values, start, total - start);
            VerifyBlock(path, stream, crc, first, count);
            var position = (int)start;
            for (var i = first; i < first + count; i++)
            {
                var end = position + rowStart[i + 1];
                rowStart[i + 1] = end;
                for (var k = position; k < end; k++)
                {
                    if (indexes[k] < 0 || indexes[k] >= header.Columns || (k > position && indexes[k] <= indexes[k - 1]) || values[k] == 0)
                    {
                        throw Malformed(path, first, count, $"invalid sparse entry in row {i + 1}");
                    }
                }
                position = end;
            }
        }
        if (total != header.NonZeros)
        {
            throw DataFileErrors.InFile(path, $"the binary file is malformed: {total} stored non-zeros where its header announces {header.NonZeros}");
        }
        return MatrixBlock.FromSparse(header.Rows, header.Columns, new SparseRows(rowStart, indexes, values));
    }

    private static void VerifyBlock(string path, Stream stream, Crc32C crc, int first, int count)
    {
        Span<byte> stored = stackalloc byte[4];
        stream.ReadExactly(stored);
        if (BinaryPrimitives.ReadUInt32LittleEndian(stored) != crc.Value)
        {
            throw DataFileErrors.InFile(path, $"the binary file is corrupted: checksum mismatch in the block of rows {first + 1}..{first + count}");
        }
    }

    private static DmlRuntimeException Malformed(string path, int first, int count, string what) =>
        DataFileErrors.InFile(path, $"the binary file is malformed: {what} in the block of rows {first + 1}..{first + count}");

    private static void ReadValues<T>(Stream stream, ref Crc32C crc, T[] values, long start, long length) where T : unmanaged
    {
        for (var done = 0L; done < length; done += BinaryMatrixFormat.ChunkValues)
        {
            var chunk = (int)Math.Min(BinaryMatrixFormat.ChunkValues, length - done);
            Take(stream, ref crc, MemoryMarshal.AsBytes(values.AsSpan((int)(start + done), chunk)));
        }
    }

    private static void Take(Stream stream, ref Crc32C crc, Span<byte> bytes)
    {
        stream.ReadExactly(bytes);
        crc.Append(bytes);
    }
}

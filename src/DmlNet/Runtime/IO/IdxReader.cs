using System.Buffers.Binary;
using System.IO.Compression;
using DmlNet.Runtime.Data;

namespace DmlNet.Runtime.IO;

/// <summary>
/// Reads IDX files (the format of MNIST and Fashion-MNIST; a DmlNet extension, read-only): a
/// big-endian header <c>0 0 type dims</c>, the size of each dimension as a 32-bit integer, then
/// the cells. The first dimension becomes the rows and the product of the others the columns, so
/// 60000 x 28 x 28 images give a 60000 x 784 matrix (pixel rows one after the other) and a label
/// file a column vector. Files compressed with gzip (<c>.gz</c>) are read transparently.
/// </summary>
public static class IdxReader
{
    /// <summary>The rows and columns from the header, or null when the file is not a readable IDX file.</summary>
    public static (long Rows, long Columns)? TryReadSize(string path)
    {
        try
        {
            using var stream = Open(path);
            var header = ReadHeader(path, stream);
            return (header.Rows, header.Columns);
        }
        catch (Exception e) when (e is DmlRuntimeException or IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>Reads <paramref name="path"/>; declared rows and cols (-1: unknown) must agree with the header.</summary>
    public static MatrixBlock Read(string path, long declaredRows, long declaredColumns)
    {
        using var stream = Open(path);
        var header = ReadHeader(path, stream);
        DataFileErrors.CheckDimensions(path, declaredRows, declaredColumns, header.Rows, header.Columns);
        var rows = MatrixDimensions.Fit(path, header.Rows, "rows");
        var columns = MatrixDimensions.Fit(path, header.Columns, "cols");
        var cells = (long)rows * columns;
        var bytes = new byte[cells * header.CellSize];
        var read = 0L;
        while (read < bytes.LongLength)
        {
            var n = stream.Read(bytes, (int)read, (int)Math.Min(int.MaxValue, bytes.LongLength - read));
            if (n == 0)
            {
                throw DataFileErrors.InFile(path, $"the file ends after {read / header.CellSize} of the {cells} cells its header announces");
            }
            read += n;
        }
        if (stream.ReadByte() >= 0)
        {
            throw DataFileErrors.InFile(path, $"the file holds more data than the {cells} cells its header announces");
        }
        var values = new double[cells];
        for (long i = 0; i < cells; i++)
        {
            values[i] = Cell(bytes.AsSpan((int)(i * header.CellSize), header.CellSize), header.Type);
        }
        return MatrixBlock.FromDense(rows, columns, values).WithBestFormat();
    }

    private static Stream Open(string path)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var first = file.ReadByte();
        var second = file.ReadByte();
        file.Position = 0;
        return first == 0x1f && second == 0x8b ? new BufferedStream(new GZipStream(file, CompressionMode.Decompress), 1 << 16) : file;
    }

    private readonly record struct Header(byte Type, int CellSize, long Rows, long Columns);

    private static Header ReadHeader(string path, Stream stream)
    {
        Span<byte> magic = stackalloc byte[4];
        if (stream.ReadAtLeast(magic, 4, throwOnEndOfStream: false) < 4 || magic[0] != 0 || magic[1] != 0)
        {
            throw DataFileErrors.InFile(path, "not an IDX file: it must start with two zero bytes, a type byte and the number of dimensions");
        }
        var cellSize = magic[2] switch
        {
            0x08 or 0x09 => 1,
            0x0B => 2,
            0x0C or 0x0D => 4,
            0x0E => 8,
            var other => throw DataFileErrors.InFile(path, $"unknown IDX cell type 0x{other:X2}"),
        };
        var dimensions = magic[3];
        if (dimensions == 0)
        {
            throw DataFileErrors.InFile(path, "an IDX file needs at least one dimension");
        }
        Span<byte> size = stackalloc byte[4];
        var rows = 0L;
        var columns = 1L;
        for (var d = 0; d < dimensions; d++)
        {
            if (stream.ReadAtLeast(size, 4, throwOnEndOfStream: false) < 4)
            {
                throw DataFileErrors.InFile(path, "the IDX header ends before its dimensions");
            }
            var extent = BinaryPrimitives.ReadInt32BigEndian(size);
            if (extent < 0)
            {
                throw DataFileErrors.InFile(path, $"dimension {d + 1} of the IDX header is negative ({extent})");
            }
            if (d == 0)
            {
                rows = extent;
            }
            else
            {
                columns *= extent;
            }
        }
        return new Header(magic[2], cellSize, rows, columns);
    }

    private static double Cell(ReadOnlySpan<byte> bytes, byte type) => type switch
    {
        0x08 => bytes[0],
        0x09 => (sbyte)bytes[0],
        0x0B => BinaryPrimitives.ReadInt16BigEndian(bytes),
        0x0C => BinaryPrimitives.ReadInt32BigEndian(bytes),
        0x0D => BinaryPrimitives.ReadSingleBigEndian(bytes),
        _ => BinaryPrimitives.ReadDoubleBigEndian(bytes),
    };
}

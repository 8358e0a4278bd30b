using System.Buffers.Binary;
using System.Runtime.InteropServices;
using DmlNet.Runtime.Data;

namespace DmlNet.Runtime.IO;

/// <summary>Writes <see cref="BinaryMatrixFormat"/> files: dense blocks as dense, sparse blocks as compressed rows.</summary>
public static class BinaryMatrixWriter
{
    /// <summary>Writes the block to <paramref name="stream"/> in blocks of <paramref name="rowsPerBlock"/> rows.</summary>
    public static void Write(MatrixBlock block, int rowsPerBlock, Stream stream)
    {
        if (rowsPerBlock < 1)
        {
            throw new DmlRuntimeException($"write(): rows_in_block must be at least 1, got {rowsPerBlock}");
        }
        if (!BitConverter.IsLittleEndian)
        {
            throw new DmlRuntimeException("write(): the binary format is only supported on little-endian machines");
        }
        var sparse = block.Sparse;
        Span<byte> header = stackalloc byte[BinaryMatrixFormat.HeaderSize];
        BinaryMatrixFormat.Magic.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header[8..], BinaryMatrixFormat.Version);
        header[10] = sparse is null ? BinaryMatrixFormat.DenseLayout : BinaryMatrixFormat.SparseLayout;
        header[11] = 0;
        BinaryPrimitives.WriteInt32LittleEndian(header[12..], rowsPerBlock);
        BinaryPrimitives.WriteInt64LittleEndian(header[16..], block.Rows);
        BinaryPrimitives.WriteInt64LittleEndian(header[24..], block.Columns);
        BinaryPrimitives.WriteInt64LittleEndian(header[32..], block.NonZeros);
        BinaryPrimitives.WriteUInt32LittleEndian(header[40..], Crc32C.Of(header[..40]));
        stream.Write(header);
        var rowLengths = sparse is null ? [] : new int[Math.Min(rowsPerBlock, block.Rows)];
        Span<byte> checksum = stackalloc byte[4];
        for (var first = 0; first < block.Rows; first += rowsPerBlock)
        {
            var count = Math.Min(rowsPerBlock, block.Rows - first);
            var crc = new Crc32C();
            if (sparse is null)
            {
                WriteValues(stream, ref crc, block.Dense!, (long)first * block.Columns, (long)count * block.Columns);
            }
            else
            {
                for (var i = 0; i < count; i++)
                {
                    rowLengths[i] = sparse.RowStart[first + i + 1] - sparse.RowStart[first + i];
                }
                Put(stream, ref crc, MemoryMarshal.AsBytes(rowLengths.AsSpan(0, count)));
                var start = sparse.RowStart[first];
                var length = sparse.RowStart[first + count] - start;
                WriteValues(stream, ref crc, sparse.ColumnIndexes, start, length);
                WriteValues(stream, ref crc, sparse.Values, start, length);
            }
            BinaryPrimitives.WriteUInt32LittleEndian(checksum, crc.Value);
            stream.Write(checksum);
        }
    }

    private static void WriteValues<T>(Stream stream, ref Crc32C crc, T[] values, long start, long length) where T : unmanaged
    {
        for (var done = 0L; done < length; done += BinaryMatrixFormat.ChunkValues)
        {
            var chunk = (int)Math.Min(BinaryMatrixFormat.ChunkValues, length - done);
            Put(stream, ref crc, MemoryMarshal.AsBytes(values.AsSpan((int)(start + done), chunk)));
        }
    }

    private static void Put(Stream stream, ref Crc32C crc, ReadOnlySpan<byte> bytes)
    {
        crc.Append(bytes);
        stream.Write(bytes);
    }
}

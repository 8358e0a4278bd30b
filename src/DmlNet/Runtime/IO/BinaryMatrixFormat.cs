namespace DmlNet.Runtime.IO;

/// <summary>
/// DmlNet's binary matrix format (format="binary"); all numbers little-endian.
/// <code>
/// header (44 bytes)
///   0  8  magic 89 44 4D 4C 4D 0D 0A 1A ("\x89DMLM\r\n\x1A")
///   8  2  format version (uint16, currently 1)
///  10  1  layout: 0 dense (row-major doubles), 1 sparse (compressed rows)
///  11  1  reserved, 0
///  12  4  rows per block (int32, at least 1)
///  16  8  rows (int64)
///  24  8  columns (int64)
///  32  8  non-zeros (int64)
///  40  4  CRC-32C of bytes 0..39
/// then one block per rows-per-block rows (the last one shorter), each followed by the CRC-32C of its bytes:
///   dense:  the block's rows * columns values (float64), row by row
///   sparse: the number of non-zeros of each row (int32), then their 0-based column indexes
///           (int32, increasing within a row), then their values (float64)
/// </code>
/// The file ends after the last block. Blocks let a reader verify the data in bounded pieces
/// and are read and written with bulk copies of the arrays.
/// </summary>
public static class BinaryMatrixFormat
{
    /// <summary>The first 8 bytes of every file (a non-ASCII byte and CR LF detect text-mode transfers).</summary>
    public static ReadOnlySpan<byte> Magic => [0x89, (byte)'D', (byte)'M', (byte)'L', (byte)'M', 0x0D, 0x0A, 0x1A];

    /// <summary>The version this code writes and reads.</summary>
    public const ushort Version = 1;

    /// <summary>The size of the header in bytes, its checksum included.</summary>
    public const int HeaderSize = 44;

    /// <summary>The rows per block SystemDS uses by default (rows_in_block).</summary>
    public const int DefaultRowsPerBlock = 1000;

    /// <summary>Layout code of dense blocks.</summary>
    public const byte DenseLayout = 0;

    /// <summary>Layout code of sparse (compressed row) blocks.</summary>
    public const byte SparseLayout = 1;

    /// <summary>The number of values moved per bulk copy (bounds the byte spans to well under 2 GiB).</summary>
    public const int ChunkValues = 1 << 20;
}

using System.Globalization;
using DmlNet.Runtime.Data;

namespace DmlNet.Runtime.IO;

/// <summary>
/// Writes Matrix Market coordinate files: <c>%%MatrixMarket matrix coordinate real general</c>,
/// the size line <c>rows cols nnz</c>, then one 1-based <c>row column value</c> line per non-zero.
/// </summary>
public static class MatrixMarketWriter
{
    /// <summary>Writes the block to <paramref name="writer"/>.</summary>
    public static void Write(MatrixBlock block, TextWriter writer)
    {
        writer.Write(MatrixMarketReader.Banner + " matrix coordinate real general\n");
        writer.Write(string.Create(CultureInfo.InvariantCulture, $"{block.Rows} {block.Columns} {block.NonZeros}\n"));
        TextCellWriter.WriteCells(block, writer);
    }
}

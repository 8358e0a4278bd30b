using System.Globalization;
using System.Text;
using DmlNet.Runtime.Data;
using DmlNet.Runtime.Formatting;

namespace DmlNet.Runtime.IO;

/// <summary>
/// Writes the libsvm format: per row the label (the last column) and then <c>index:value</c> for
/// each non-zero of the other columns (1-based), values as Java's <c>Double.toString</c>.
/// </summary>
public static class LibSvmWriter
{
    /// <summary>Writes the block to <paramref name="writer"/>; a matrix without columns has no label and is an error.</summary>
    public static void Write(MatrixBlock block, LibSvmOptions options, TextWriter writer)
    {
        if (block.Columns == 0)
        {
            throw new DmlRuntimeException("write(): a libsvm file needs at least one column (the label, taken from the last column)");
        }
        var separator = options.Separator ?? " ";
        var label = block.Columns - 1;
        var line = new StringBuilder();
        for (var i = 0; i < block.Rows; i++)
        {
            line.Clear().Append(ScalarFormat.FormatDouble(block.Get(i, label)));
            void Feature(int j, double value) => line.Append(separator).Append((j + 1).ToString(CultureInfo.InvariantCulture))
                .Append(options.IndexSeparator).Append(ScalarFormat.FormatDouble(value));
            if (block.Sparse is { } sparse)
            {
                for (var k = sparse.RowStart[i]; k < sparse.RowStart[i + 1] && sparse.ColumnIndexes[k] < label; k++)
                {
                    Feature(sparse.ColumnIndexes[k], sparse.Values[k]);
                }
            }
            else
            {
                var offset = (long)i * block.Columns;
                for (var j = 0; j < label; j++)
                {
                    if (block.Dense![offset + j] is var value && value != 0)
                    {
                        Feature(j, value);
                    }
                }
            }
            writer.Write(line.Append('\n'));
        }
    }
}

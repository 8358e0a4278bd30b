using System.Text;
using DmlNet.Runtime.Data;
using DmlNet.Runtime.Formatting;

namespace DmlNet.Runtime.IO;

/// <summary>Writes a matrix as delimited text: non-zeros as Java's <c>Double.toString</c>, zeros as <c>0</c> (or empty when sparse).</summary>
public static class CsvMatrixWriter
{
    /// <summary>Writes the block to <paramref name="writer"/>.</summary>
    public static void Write(MatrixBlock block, CsvOptions options, TextWriter writer)
    {
        if (options.Header)
        {
            writer.Write(string.Join(options.Separator, Enumerable.Range(1, block.Columns).Select(j => "C" + j)));
            writer.Write('\n');
        }
        var line = new StringBuilder();
        for (var i = 0; i < block.Rows; i++)
        {
            line.Clear();
            for (var j = 0; j < block.Columns; j++)
            {
                if (j > 0)
                {
                    line.Append(options.Separator);
                }
                var value = block.Get(i, j);
                if (value != 0)
                {
                    line.Append(ScalarFormat.FormatDouble(value));
                }
                else if (!options.SparseOutput)
                {
                    line.Append('0');
                }
            }
            line.Append('\n');
            writer.Write(line);
        }
    }
}

using DmlNet.Runtime.Data;

namespace DmlNet.Runtime.IO;

/// <summary>Writes a matrix in any supported format together with its .mtd file, both atomically.</summary>
public static class MatrixFileWriter
{
    /// <summary>Writes <paramref name="block"/> to <paramref name="path"/> and <c>path.mtd</c>.</summary>
    public static void Write(MatrixBlock block, string path, WriteSettings settings)
    {
        var format = settings.Format;
        var options = new List<(string Key, object Value)>();
        var columns = (long)block.Columns;
        Action<Stream> data;
        switch (format)
        {
            case "text":
                data = AtomicFile.Text(writer => TextCellWriter.Write(block, writer));
                break;
            case "mm":
                data = AtomicFile.Text(writer => MatrixMarketWriter.Write(block, writer));
                break;
            case "csv":
                var csv = settings.Csv;
                data = AtomicFile.Text(writer => CsvMatrixWriter.Write(block, csv, writer));
                options.Add(("header", csv.Header));
                options.Add(("sep", csv.Separator));
                break;
            case "libsvm":
                var libsvm = settings.LibSvm;
                data = AtomicFile.Text(writer => LibSvmWriter.Write(block, libsvm, writer));
                options.Add(("sep", libsvm.Separator!));
                options.Add(("indSep", libsvm.IndexSeparator));
                columns = Math.Max(block.Columns - 1, 0);
                break;
            case "binary":
                var rowsPerBlock = settings.RowsPerBlock;
                data = stream => BinaryMatrixWriter.Write(block, rowsPerBlock, stream);
                options.Add(("rows_in_block", (long)rowsPerBlock));
                options.Add(("cols_in_block", (long)settings.ColumnsPerBlock));
                break;
            default:
                throw new DmlRuntimeException(
                    $"write(): the {format} format is not supported by DmlNet (supported: {string.Join(", ", FileFormats.MatrixFormats)})");
        }
        if (settings.Description is { } description)
        {
            options.Add(("description", description));
        }
        var metadata = Metadata.Render("matrix", "double", block.Rows, columns, block.NonZeros, format, options);
        AtomicFile.WriteAll([(path, data), (Metadata.PathFor(path), AtomicFile.Text(writer => writer.Write(metadata)))]);
    }
}

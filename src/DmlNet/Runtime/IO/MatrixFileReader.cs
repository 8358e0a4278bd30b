using DmlNet.Runtime.Data;

namespace DmlNet.Runtime.IO;

/// <summary>Reads a matrix in the format of its <see cref="ReadSettings"/> and checks it against the declared dimensions and non-zeros.</summary>
public static class MatrixFileReader
{
    /// <summary>Reads the matrix <paramref name="settings"/> describe.</summary>
    public static MatrixBlock Read(ReadSettings settings)
    {
        var path = settings.Path;
        var block = settings.Format switch
        {
            "text" => TextCellReader.Read(path, settings.Rows, settings.Columns),
            "mm" => MatrixMarketReader.Read(path, settings.Rows, settings.Columns),
            "csv" => CsvMatrixReader.Read(path, settings.Csv, settings.Rows, settings.Columns),
            "libsvm" => LibSvmReader.Read(path, settings.LibSvm, settings.Rows, settings.Columns),
            "binary" => BinaryMatrixReader.Read(path, settings.Rows, settings.Columns),
            "idx" => IdxReader.Read(path, settings.Rows, settings.Columns),
            var other => throw new DmlRuntimeException(
                $"read(): the {other} format is not supported by DmlNet (supported: {string.Join(", ", FileFormats.MatrixFormats.Concat(FileFormats.ReadOnlyMatrixFormats))})"),
        };
        DataFileErrors.CheckNonZeros(path, settings.NonZeros, block.NonZeros);
        return block;
    }
}

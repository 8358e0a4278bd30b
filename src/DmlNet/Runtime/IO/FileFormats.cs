namespace DmlNet.Runtime.IO;

/// <summary>The names of the file formats and data types of read() and write() (reference §8.2), and which of them DmlNet implements.</summary>
public static class FileFormats
{
    /// <summary>Every format name DML accepts.</summary>
    public static IReadOnlyList<string> All { get; } =
        ["text", "mm", "csv", "binary", "libsvm", "idx", "hdf5", "cog", "parquet", "delta", "jsonl", "proto"];

    /// <summary>The formats DmlNet reads and writes for matrices.</summary>
    public static IReadOnlyList<string> MatrixFormats { get; } = ["text", "mm", "csv", "binary", "libsvm"];

    /// <summary>The formats DmlNet only reads (its own extension <c>idx</c>, the format of MNIST).</summary>
    public static IReadOnlyList<string> ReadOnlyMatrixFormats { get; } = ["idx"];

    /// <summary>The data types read() accepts.</summary>
    public static IReadOnlyList<string> DataTypes { get; } = ["matrix", "scalar", "frame", "list"];

    /// <summary>
    /// The canonical value type (double, int, boolean, string) for a value_type spelling of
    /// SystemML or SystemDS in any case (<c>fp64</c>, <c>INT64</c>...); null when unknown.
    /// </summary>
    public static string? CanonicalValueType(string text) => text.ToLowerInvariant() switch
    {
        "double" or "fp64" or "fp32" or "float" => "double",
        "int" or "integer" or "int64" or "int32" => "int",
        "boolean" or "bool" => "boolean",
        "string" or "str" => "string",
        _ => null,
    };
}

using System.Globalization;

namespace DmlNet.Runtime.IO;

/// <summary>The run-time errors of the file readers and writers, all naming the file (and line) concerned.</summary>
public static class DataFileErrors
{
    /// <summary>A problem at one line of a text file: <c>path:line: message</c>.</summary>
    public static DmlRuntimeException AtLine(string path, long line, string message) => new($"{path}:{line}: {message}");

    /// <summary>A problem with a file as a whole: <c>path: message</c>.</summary>
    public static DmlRuntimeException InFile(string path, string message) => new($"{path}: {message}");

    /// <summary>A data file that does not exist.</summary>
    public static DmlRuntimeException NotFound(string path) => new($"read(): file not found: {path}");

    /// <summary>An operating-system error (permissions, a folder where a file was expected...) while reading or writing.</summary>
    public static DmlRuntimeException Io(string operation, string path, Exception error) =>
        new($"{operation}(): cannot {(operation == "write" ? "write" : "read")} {path}: {error.Message}");

    /// <summary>
    /// The check of a reader's result against the dimensions the arguments or the .mtd file
    /// declare (-1: not declared).
    /// </summary>
    public static void CheckDimensions(string path, long declaredRows, long declaredColumns, long rows, long columns)
    {
        if ((declaredRows >= 0 && declaredRows != rows) || (declaredColumns >= 0 && declaredColumns != columns))
        {
            throw InFile(path, $"the declared size is {Describe(declaredRows)} x {Describe(declaredColumns)} (arguments or .mtd) " +
                $"but the file holds {rows} x {columns}");
        }
    }

    /// <summary>The check of the declared number of non-zeros (-1: not declared) against the data.</summary>
    public static void CheckNonZeros(string path, long declared, long actual)
    {
        if (declared >= 0 && declared != actual)
        {
            throw InFile(path, $"the declared number of non-zeros is {declared} (arguments or .mtd) but the file holds {actual}");
        }
    }

    private static string Describe(long dimension) => dimension >= 0 ? dimension.ToString(CultureInfo.InvariantCulture) : "?";
}

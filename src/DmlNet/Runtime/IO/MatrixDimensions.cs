namespace DmlNet.Runtime.IO;

/// <summary>Checks of declared dimensions before a reader allocates a block.</summary>
public static class MatrixDimensions
{
    /// <summary>A declared dimension as a block dimension; an error naming the file when it is unknown or too large.</summary>
    public static int Require(string path, long value, string what, string format)
    {
        if (value < 0)
        {
            throw DataFileErrors.InFile(path, $"a {format} matrix needs its number of {what} (rows and cols as arguments or in the .mtd file)");
        }
        return Fit(path, value, what);
    }

    /// <summary>A dimension that must fit a block (at most 2^31 - 1).</summary>
    public static int Fit(string path, long value, string what) => value <= int.MaxValue
        ? (int)value
        : throw DataFileErrors.InFile(path, $"{value} {what} is more than a DmlNet matrix holds ({int.MaxValue})");
}

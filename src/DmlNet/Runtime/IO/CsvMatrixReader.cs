using DmlNet.Runtime.Data;

namespace DmlNet.Runtime.IO;

/// <summary>
/// Reads a matrix from delimited text: every line one row, all lines with the same number of
/// fields; blank lines are skipped, the first line when <see cref="CsvOptions.Header"/> is set
/// (a file without data rows has the header's number of columns, else the declared one).
/// Empty fields take <see cref="CsvOptions.Default"/> (an error when <see cref="CsvOptions.Fill"/>
/// is off), the <see cref="CsvOptions.NaStrings"/> are NaN.
/// </summary>
public static class CsvMatrixReader
{
    /// <summary>Reads <paramref name="path"/>; <paramref name="expectedRows"/>/<paramref name="expectedColumns"/> (-1: unknown) are checked.</summary>
    public static MatrixBlock Read(string path, CsvOptions options, long expectedRows = -1, long expectedColumns = -1)
    {
        var values = new List<double>();
        var columns = -1;
        var rows = 0;
        var headerFields = -1;
        foreach (var (line, number) in TextLines.Read(path))
        {
            if (options.Header && number == 1)
            {
                headerFields = CountFields(line, options.Separator);
                continue;
            }
            if (line.AsSpan().Trim().IsEmpty)
            {
                continue;
            }
            var count = ParseLine(line, options, values, path, number);
            if (columns < 0)
            {
                columns = count;
            }
            else if (count != columns)
            {
                throw DataFileErrors.AtLine(path, number, $"expected {columns} fields as on the first row, found {count}");
            }
            rows++;
        }
        if (columns < 0)
        {
            columns = (int)Math.Max(headerFields >= 0 ? headerFields : Math.Min(expectedColumns, int.MaxValue), 0);
        }
        DataFileErrors.CheckDimensions(path, expectedRows, expectedColumns, rows, columns);
        return MatrixBlock.FromDense(rows, columns, [.. values]).WithBestFormat();
    }

    private static int CountFields(string line, string separator)
    {
        var count = 0;
        foreach (var _ in new CsvFields(line, separator))
        {
            count++;
        }
        return count;
    }

    private static int ParseLine(string line, CsvOptions options, List<double> values, string path, long lineNumber)
    {
        var count = 0;
        foreach (var field in new CsvFields(line, options.Separator))
        {
            values.Add(ParseField(field, options, path, lineNumber, ++count));
        }
        return count;
    }

    private static double ParseField(ReadOnlySpan<char> field, CsvOptions options, string path, long lineNumber, int column)
    {
        if (field.Length == 0)
        {
            return options.Fill
                ? options.Default
                : throw DataFileErrors.AtLine(path, lineNumber, $"field {column} is empty and fill=FALSE");
        }
        if (options.NaStrings.Count > 0 && options.NaStrings.Contains(field.ToString()))
        {
            return double.NaN;
        }
        return NumberText.TryParseDouble(field, out var value)
            ? value
            : throw DataFileErrors.AtLine(path, lineNumber, $"field {column} is not a number: '{field}'");
    }
}

using System.Globalization;
using DmlNet.Runtime.Data;

namespace DmlNet.Runtime.IO;

/// <summary>Reads a matrix from delimited text: every line one row, all lines with the same number of fields.</summary>
public static class CsvMatrixReader
{
    /// <summary>Reads <paramref name="path"/>; <paramref name="expectedRows"/>/<paramref name="expectedColumns"/> (-1: unknown) are checked.</summary>
    public static MatrixBlock Read(string path, CsvOptions options, long expectedRows = -1, long expectedColumns = -1)
    {
        using var reader = new StreamReader(path);
        var values = new List<double>();
        var columns = -1;
        var rows = 0;
        var lineNumber = 0;
        if (options.Header)
        {
            reader.ReadLine();
            lineNumber++;
        }
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || (line.Length == 1 && line[0] == '\r'))
            {
                continue;
            }
            var count = ParseLine(line.AsSpan().TrimEnd('\r'), options, values, path, lineNumber);
            if (columns < 0)
            {
                columns = count;
            }
            else if (count != columns)
            {
                throw new DmlRuntimeException($"{path}:{lineNumber}: expected {columns} fields as on the first row, found {count}");
            }
            rows++;
        }
        columns = Math.Max(columns, 0);
        if (expectedRows >= 0 && expectedRows != rows || expectedColumns >= 0 && expectedColumns != columns)
        {
            throw new DmlRuntimeException(
                $"{path}: the metadata says {expectedRows} x {expectedColumns} but the file holds {rows} x {columns}");
        }
        return MatrixBlock.FromDense(rows, columns, [.. values]).WithBestFormat();
    }

    private static int ParseLine(ReadOnlySpan<char> line, CsvOptions options, List<double> values, string path, int lineNumber)
    {
        var count = 0;
        foreach (var field in new CsvFields(line, options.Separator))
        {
            values.Add(ParseField(field, options, path, lineNumber, ++count));
        }
        return count;
    }

    private static double ParseField(ReadOnlySpan<char> field, CsvOptions options, string path, int lineNumber, int column)
    {
        if (field.Length == 0)
        {
            return options.Fill
                ? options.Default
                : throw new DmlRuntimeException($"{path}:{lineNumber}: field {column} is empty and fill=FALSE");
        }
        if (double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        var text = field.ToString();
        if (options.NaStrings.Contains(text))
        {
            return double.NaN;
        }
        return text switch
        {
            "NaN" => double.NaN,
            "Infinity" or "Inf" or "+Infinity" => double.PositiveInfinity,
            "-Infinity" or "-Inf" => double.NegativeInfinity,
            _ => throw new DmlRuntimeException($"{path}:{lineNumber}: field {column} is not a number: '{text}'"),
        };
    }
}

using DmlNet.Runtime.Data;
using DmlNet.Runtime.Frames;
using ValueType = DmlNet.Semantics.ValueType;

namespace DmlNet.Runtime.IO;

/// <summary>
/// Reads a frame from delimited text: optional header line with the column names (verbatim, blanks
/// kept), then one row per line with the same number of fields. An empty field and the
/// <see cref="CsvOptions.NaStrings"/> are missing cells (null); a quoted empty field is an empty
/// string. Cells are parsed by the schema (all strings when none is given).
/// </summary>
public static class CsvFrameReader
{
    /// <summary>Reads <paramref name="path"/>; <paramref name="expectedRows"/>/<paramref name="expectedColumns"/> (-1: unknown) are checked.</summary>
    public static FrameBlock Read(string path, CsvOptions options, IReadOnlyList<ValueType>? schema, long expectedRows = -1,
        long expectedColumns = -1)
    {
        using var reader = new StreamReader(path);
        var lineNumber = 0;
        IReadOnlyList<string>? names = null;
        if (options.Header)
        {
            lineNumber++;
            names = reader.ReadLine() is { } header ? SplitHeader(header.TrimEnd('\r'), options.Separator) : [];
        }
        var rows = new List<string?[]>();
        var lines = new List<int>();
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            line = line.TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }
            var fields = Fields(line, options);
            var expected = names?.Count ?? (rows.Count > 0 ? rows[0].Length : fields.Length);
            if (fields.Length != expected)
            {
                throw new DmlRuntimeException($"{path}:{lineNumber}: expected {expected} fields, found {fields.Length}");
            }
            rows.Add(fields);
            lines.Add(lineNumber);
        }
        var columns = names?.Count ?? (rows.Count > 0 ? rows[0].Length : schema?.Count ?? 0);
        if (expectedRows >= 0 && expectedRows != rows.Count || expectedColumns >= 0 && expectedColumns != columns)
        {
            throw new DmlRuntimeException(
                $"{path}: the metadata says {expectedRows} x {expectedColumns} but the file holds {rows.Count} x {columns}");
        }
        var types = schema ?? Enumerable.Repeat(ValueType.String, columns).ToList();
        if (types.Count != columns)
        {
            throw new DmlRuntimeException($"{path}: the schema has {types.Count} types but the file has {columns} columns");
        }
        var built = new List<FrameColumn>(columns);
        for (var j = 0; j < columns; j++)
        {
            var cells = new ScalarValue?[rows.Count];
            for (var i = 0; i < rows.Count; i++)
            {
                cells[i] = rows[i][j] is { } text ? FrameCellText.Parse(text, types[j], $"{path}:{lines[i]}: field {j + 1}") : null;
            }
            built.Add(FrameColumn.FromCells(types[j], cells));
        }
        return new FrameBlock(rows.Count, built, names);
    }

    /// <summary>The fields of a line: unquoted, null for missing values (empty or one of the NA strings).</summary>
    private static string?[] Fields(string line, CsvOptions options)
    {
        var fields = new List<string?>();
        var splitter = new CsvFields(line, options.Separator);
        while (splitter.MoveNext())
        {
            var quoted = splitter.CurrentIsQuoted;
            var text = quoted ? CsvFields.Unquote(splitter.Current) : splitter.Current.ToString();
            fields.Add(text.Length == 0 && !quoted || options.NaStrings.Contains(text) ? null : text);
        }
        return [.. fields];
    }

    /// <summary>The header's names split at the separator without trimming; a name fully in double quotes loses them.</summary>
    private static IReadOnlyList<string> SplitHeader(string header, string separator)
    {
        var names = new List<string>();
        var start = 0;
        var quoted = false;
        for (var i = 0; i <= header.Length; i++)
        {
            if (i < header.Length && header[i] == '"')
            {
                quoted = !quoted;
            }
            if (i == header.Length || !quoted && string.CompareOrdinal(header, i, separator, 0, separator.Length) == 0)
            {
                var name = header[start..i];
                names.Add(name.Length >= 2 && name[0] == '"' && name[^1] == '"' ? name[1..^1].Replace("\"\"", "\"") : name);
                start = i + separator.Length;
                i += separator.Length - 1;
            }
        }
        return names;
    }
}

using DmlNet.Runtime.Data;

namespace DmlNet.Runtime.IO;

/// <summary>
/// Reads Matrix Market files: the banner <c>%%MatrixMarket matrix (coordinate|array)
/// (real|double|integer|pattern) (general|symmetric|skew-symmetric)</c> (any case), comment lines
/// starting with <c>%</c>, the size line, then the entries: 1-based <c>row column value</c> lines
/// for coordinate files (no value for pattern files: the cells are 1), column-major values for
/// array files. Symmetric files hold one triangle and are mirrored (negated for skew-symmetric).
/// </summary>
public static class MatrixMarketReader
{
    /// <summary>The first word of every Matrix Market file.</summary>
    public const string Banner = "%%MatrixMarket";

    /// <summary>True when <paramref name="path"/> is a file starting with the Matrix Market banner.</summary>
    public static bool StartsWithBanner(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }
        try
        {
            using var reader = new StreamReader(path);
            var buffer = new char[Banner.Length];
            return reader.ReadBlock(buffer) == Banner.Length && new string(buffer).Equals(Banner, StringComparison.OrdinalIgnoreCase);
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The rows and columns of the size line, or null when the file cannot be read or is no valid Matrix Market file.</summary>
    public static (long Rows, long Columns)? TryReadSize(string path)
    {
        try
        {
            using var lines = TextLines.Read(path).GetEnumerator();
            var header = ReadHeader(path, lines);
            return (header.Rows, header.Columns);
        }
        catch (Exception e) when (e is DmlRuntimeException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Reads <paramref name="path"/>; declared rows and cols (-1: unknown) must agree with the size line.</summary>
    public static MatrixBlock Read(string path, long declaredRows, long declaredColumns)
    {
        using var lines = TextLines.Read(path).GetEnumerator();
        var header = ReadHeader(path, lines);
        DataFileErrors.CheckDimensions(path, declaredRows, declaredColumns, header.Rows, header.Columns);
        var rows = MatrixDimensions.Fit(path, header.Rows, "rows");
        var columns = MatrixDimensions.Fit(path, header.Columns, "cols");
        if (header.Symmetry != "general" && rows != columns)
        {
            throw DataFileErrors.InFile(path, $"a {header.Symmetry} matrix must be square, the size line says {rows} x {columns}");
        }
        return header.Layout == "array" ? ReadArray(path, lines, header, rows, columns) : ReadCoordinates(path, lines, header, rows, columns);
    }

    private sealed record Header(string Layout, string Field, string Symmetry, long Rows, long Columns, long Entries, long SizeLine);

    private static Header ReadHeader(string path, IEnumerator<(string Line, long Number)> lines)
    {
        if (!lines.MoveNext() || !lines.Current.Line.StartsWith(Banner, StringComparison.OrdinalIgnoreCase))
        {
            throw DataFileErrors.AtLine(path, 1, $"a Matrix Market file starts with '{Banner}'");
        }
        var words = lines.Current.Line.ToLowerInvariant().Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length != 5 || words[1] != "matrix" || words[2] is not ("coordinate" or "array")
            || words[3] is not ("real" or "double" or "integer" or "pattern") || words[4] is not ("general" or "symmetric" or "skew-symmetric")
            || (words[2] == "array" && words[3] == "pattern"))
        {
            throw DataFileErrors.AtLine(path, 1,
                $"unsupported Matrix Market header '{lines.Current.Line}' (DmlNet reads 'matrix coordinate|array real|double|integer|pattern general|symmetric|skew-symmetric')");
        }
        while (lines.MoveNext())
        {
            var (line, number) = lines.Current;
            if (line.StartsWith('%') || line.AsSpan().Trim().IsEmpty)
            {
                continue;
            }
            Span<Range> fields = stackalloc Range[3];
            var text = line.AsSpan();
            var count = TextLines.SplitBlanks(text, fields);
            var expected = words[2] == "array" ? 2 : 3;
            long rows = 0, columns = 0, entries = 0;
            if (count != expected || !NumberText.TryParseLong(text[fields[0]], out rows) || !NumberText.TryParseLong(text[fields[1]], out columns)
                || (expected == 3 && !NumberText.TryParseLong(text[fields[2]], out entries)) || rows < 0 || columns < 0 || entries < 0)
            {
                throw DataFileErrors.AtLine(path, number,
                    $"expected the size line '{(expected == 3 ? "rows cols entries" : "rows cols")}' (non-negative whole numbers), found '{line}'");
            }
            return new Header(words[2], words[3], words[4], rows, columns, entries, number);
        }
        throw DataFileErrors.InFile(path, "the Matrix Market file ends before its size line");
    }

    private static MatrixBlock ReadCoordinates(string path, IEnumerator<(string Line, long Number)> lines, Header header, int rows, int columns)
    {
        var cells = new CellCollector();
        var pattern = header.Field == "pattern";
        Span<Range> fields = stackalloc Range[3];
        long entries = 0;
        var lastLine = header.SizeLine;
        while (lines.MoveNext())
        {
            var (line, number) = lines.Current;
            lastLine = number;
            var text = line.AsSpan();
            var count = line.StartsWith('%') ? 0 : TextLines.SplitBlanks(text, fields);
            if (count == 0)
            {
                continue;
            }
            if (count != (pattern ? 2 : 3))
            {
                throw DataFileErrors.AtLine(path, number,
                    $"expected '{(pattern ? "row column" : "row column value")}', found {(count > 3 ? "more than 3" : count)} fields");
            }
            if (++entries > header.Entries)
            {
                throw DataFileErrors.AtLine(path, number, $"more entries than the {header.Entries} of the size line");
            }
            var i = TextCellReader.CellIndex(path, number, text[fields[0]], "row", rows);
            var j = TextCellReader.CellIndex(path, number, text[fields[1]], "column", columns);
            if (i < 0 || j < 0)
            {
                throw DataFileErrors.AtLine(path, number, "Matrix Market indexes are 1-based");
            }
            var value = pattern ? 1 : TextCellReader.CellValue(path, number, text[fields[2]]);
            cells.Add(i, j, value);
            if (i != j && header.Symmetry != "general")
            {
                cells.Add(j, i, header.Symmetry == "skew-symmetric" ? -value : value);
            }
        }
        if (entries != header.Entries)
        {
            throw DataFileErrors.AtLine(path, lastLine, $"the size line announces {header.Entries} entries but the file holds {entries}");
        }
        return cells.ToBlock(rows, columns);
    }

    /// <summary>Array files list the values column by column; symmetric ones only the lower triangle (skew-symmetric: below the diagonal).</summary>
    private static MatrixBlock ReadArray(string path, IEnumerator<(string Line, long Number)> lines, Header header, int rows, int columns)
    {
        var skip = header.Symmetry switch { "general" => -1, "symmetric" => 0, _ => 1 };
        var data = new double[(long)rows * columns];
        var i = 0;
        var j = 0;
        long expected = header.Symmetry switch
        {
            "general" => (long)rows * columns,
            "symmetric" => (long)rows * (rows + 1) / 2,
            _ => (long)rows * (rows - 1) / 2,
        };
        long read = 0;
        var lastLine = header.SizeLine;
        Span<Range> fields = stackalloc Range[64];
        while (lines.MoveNext())
        {
            var (line, number) = lines.Current;
            lastLine = number;
            if (line.StartsWith('%'))
            {
                continue;
            }
            var text = line.AsSpan();
            var count = TextLines.SplitBlanks(text, fields);
            if (count > fields.Length)
            {
                throw DataFileErrors.AtLine(path, number, $"more than {fields.Length} values on one line");
            }
            for (var f = 0; f < count; f++)
            {
                if (read == expected)
                {
                    throw DataFileErrors.AtLine(path, number, $"more values than the {expected} of a {rows} x {columns} {header.Symmetry} array");
                }
                if (skip >= 0 && i < j + skip)
                {
                    i = j + skip;
                }
                var value = TextCellReader.CellValue(path, number, text[fields[f]]);
                data[((long)i * columns) + j] = value;
                if (skip >= 0 && i != j)
                {
                    data[((long)j * columns) + i] = skip == 1 ? -value : value;
                }
                read++;
                if (++i == rows)
                {
                    i = 0;
                    j++;
                }
            }
        }
        if (read != expected)
        {
            throw DataFileErrors.AtLine(path, lastLine, $"a {rows} x {columns} {header.Symmetry} array needs {expected} values, the file holds {read}");
        }
        return MatrixBlock.FromDense(rows, columns, data).WithBestFormat();
    }
}

namespace DmlNet.Runtime.IO;

/// <summary>Line-by-line reading of text data files with line numbers, and splitting of lines at blanks.</summary>
public static class TextLines
{
    private static readonly char[] Blanks = [' ', '\t'];

    /// <summary>The lines of a file with their 1-based numbers (line ends: \n, \r\n or \r).</summary>
    public static IEnumerable<(string Line, long Number)> Read(string path)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, 1 << 16);
        long number = 0;
        while (reader.ReadLine() is { } line)
        {
            yield return (line, ++number);
        }
    }

    /// <summary>
    /// Splits <paramref name="line"/> at runs of blanks and tabs into <paramref name="fields"/>;
    /// returns the number of fields, or <c>fields.Length + 1</c> when there are more than fit.
    /// </summary>
    public static int SplitBlanks(ReadOnlySpan<char> line, Span<Range> fields)
    {
        var count = 0;
        var position = 0;
        while (true)
        {
            while (position < line.Length && line[position] is ' ' or '\t')
            {
                position++;
            }
            if (position == line.Length)
            {
                return count;
            }
            var end = line[position..].IndexOfAny(Blanks);
            end = end < 0 ? line.Length : position + end;
            if (count == fields.Length)
            {
                return count + 1;
            }
            fields[count++] = position..end;
            position = end;
        }
    }
}

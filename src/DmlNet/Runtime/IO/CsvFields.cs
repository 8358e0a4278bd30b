namespace DmlNet.Runtime.IO;

/// <summary>
/// Splits one line of delimited text into fields: separated by a (possibly multi-character)
/// separator, surrounding blanks trimmed, a field in double quotes may contain the separator
/// and doubled quotes (<c>""</c>) for a quote. Used by the matrix and frame readers.
/// </summary>
public ref struct CsvFields(ReadOnlySpan<char> line, string separator)
{
    private ReadOnlySpan<char> rest = line;
    private bool done;

    /// <summary>The current field (quotes removed; doubled quotes still doubled, see <see cref="Unquote"/>).</summary>
    public ReadOnlySpan<char> Current { get; private set; }

    /// <summary>True when <see cref="Current"/> was written in quotes.</summary>
    public bool CurrentIsQuoted { get; private set; }

    /// <summary>Moves to the next field; false after the last one.</summary>
    public bool MoveNext()
    {
        if (done)
        {
            return false;
        }
        var trimmed = rest.TrimStart();
        if (trimmed.Length > 0 && trimmed[0] == '"')
        {
            var close = ClosingQuote(trimmed);
            if (close > 0)
            {
                Current = trimmed[1..close];
                CurrentIsQuoted = true;
                var after = trimmed[(close + 1)..];
                var next = after.IndexOf(separator.AsSpan());
                done = next < 0;
                rest = done ? default : after[(next + separator.Length)..];
                return true;
            }
        }
        CurrentIsQuoted = false;
        var end = rest.IndexOf(separator.AsSpan());
        Current = (end < 0 ? rest : rest[..end]).Trim();
        done = end < 0;
        rest = done ? default : rest[(end + separator.Length)..];
        return true;
    }

    /// <summary>Enables <c>foreach</c>.</summary>
    public readonly CsvFields GetEnumerator() => this;

    /// <summary>The text of a quoted field with doubled quotes collapsed.</summary>
    public static string Unquote(ReadOnlySpan<char> field) => field.ToString().Replace("\"\"", "\"", StringComparison.Ordinal);

    private static int ClosingQuote(ReadOnlySpan<char> text)
    {
        for (var i = 1; i < text.Length; i++)
        {
            if (text[i] != '"')
            {
                continue;
            }
            if (i + 1 < text.Length && text[i + 1] == '"')
            {
                i++;
                continue;
            }
            return i;
        }
        return -1;
    }
}

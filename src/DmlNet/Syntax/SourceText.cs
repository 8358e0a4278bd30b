namespace DmlNet.Syntax;

/// <summary>The text of one DML source file with its path and a line index for span look-ups.</summary>
public sealed class SourceText
{
    private readonly int[] lineStarts;

    /// <summary>Creates a source from its path (as shown in diagnostics) and its text.</summary>
    public SourceText(string path, string text)
    {
        Path = path;
        Text = ReplaceLoneSurrogates(text);
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }
        lineStarts = starts.ToArray();
    }

    /// <summary>The path of the file as given by the user (or a pseudo-name such as &lt;script&gt;).</summary>
    public string Path { get; }

    /// <summary>The full text.</summary>
    public string Text { get; }

    /// <summary>Number of lines in the text.</summary>
    public int LineCount => lineStarts.Length;

    /// <summary>The text of 1-based line <paramref name="line"/> without its line break.</summary>
    public string GetLine(int line)
    {
        if (line < 1 || line > lineStarts.Length)
        {
            return string.Empty;
        }
        var start = lineStarts[line - 1];
        var end = line < lineStarts.Length ? lineStarts[line] : Text.Length;
        return Text[start..end].TrimEnd('\n', '\r');
    }

    /// <summary>Replaces unpaired UTF-16 surrogates (from invalid input) by U+FFFD, keeping positions.</summary>
    private static string ReplaceLoneSurrogates(string text)
    {
        char[]? fixedText = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                fixedText ??= text.ToCharArray();
                fixedText[i] = '\uFFFD';
            }
        }
        return fixedText is null ? text : new string(fixedText);
    }

    /// <summary>Reads a file as UTF-8 (invalid bytes become U+FFFD).</summary>
    public static SourceText FromFile(string path) => new(path, File.ReadAllText(path));
}

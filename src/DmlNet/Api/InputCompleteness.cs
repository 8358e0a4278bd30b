namespace DmlNet.Api;

/// <summary>Decides whether typed text is a complete input or needs more lines (for the REPL).</summary>
internal static class InputCompleteness
{
    /// <summary>True when brackets are unbalanced, a string or block comment is open, or the text ends with an operator.</summary>
    public static bool IsIncomplete(string text)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '"' or '\'')
            {
                var close = FindClosingQuote(text, i);
                if (close < 0)
                {
                    return true;
                }
                i = close;
            }
            else if (c == '#')
            {
                var end = text.IndexOf('\n', i);
                i = end < 0 ? text.Length : end;
            }
            else if (c == '/' && i + 1 < text.Length && text[i + 1] == '*')
            {
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    return true;
                }
                i = end + 1;
            }
            else if (c is '{' or '(' or '[')
            {
                depth++;
            }
            else if (c is '}' or ')' or ']')
            {
                depth--;
            }
        }
        var trimmed = text.TrimEnd();
        return depth > 0 || (trimmed.Length > 0 && "+-*/^%&|=<>!,".Contains(trimmed[^1]));
    }

    private static int FindClosingQuote(string text, int open)
    {
        for (var i = open + 1; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == text[open])
            {
                return i;
            }
        }
        return -1;
    }
}

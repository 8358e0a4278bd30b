using System.Text;

namespace DmlNet.Syntax;

/// <summary>
/// Decoding and encoding of DML string literals. Escapes <c>\b \t \n \f \r \" \' \\</c> are
/// decoded; unlike SystemDS, <c>\\</c> becomes one backslash (SystemDS leaves it doubled, a
/// quirk we deliberately do not copy: see docs/language.md).
/// </summary>
public static class StringLiterals
{
    /// <summary>The value of a quoted literal as lexed (quotes included).</summary>
    public static string Decode(string quoted)
    {
        var body = quoted[1..^1];
        if (!body.Contains('\\'))
        {
            return body;
        }
        var result = new StringBuilder(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c != '\\' || i + 1 >= body.Length)
            {
                result.Append(c);
                continue;
            }
            i++;
            result.Append(body[i] switch
            {
                'b' => '\b',
                't' => '\t',
                'n' => '\n',
                'f' => '\f',
                'r' => '\r',
                var other => other,
            });
        }
        return result.ToString();
    }

    /// <summary>A double-quoted literal whose decoded value is <paramref name="value"/>.</summary>
    public static string Encode(string value)
    {
        var result = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            result.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '\b' => "\\b",
                '\t' => "\\t",
                '\n' => "\\n",
                '\f' => "\\f",
                '\r' => "\\r",
                _ => c.ToString(),
            });
        }
        return result.Append('"').ToString();
    }
}

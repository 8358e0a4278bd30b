namespace DmlNet.Runtime.Transform;

/// <summary>
/// The recode map of one column: tokens and their codes 1..k. Built from data, codes follow the
/// order in which tokens first appear, as SystemDS assigns them (its default; it can also sort).
/// </summary>
internal sealed class RecodeMap
{
    private readonly Dictionary<string, long> codes = new(StringComparer.Ordinal);
    private readonly Dictionary<long, string> tokens = [];

    /// <summary>The number of tokens.</summary>
    public int Count => codes.Count;

    /// <summary>The code of a token, or null when the map does not know it.</summary>
    public long? CodeOf(string token) => codes.TryGetValue(token, out var code) ? code : null;

    /// <summary>The token of a code, or null.</summary>
    public string? TokenOf(long code) => tokens.GetValueOrDefault(code);

    /// <summary>The entries in code order.</summary>
    public IEnumerable<(string Token, long Code)> Entries => tokens.OrderBy(e => e.Key).Select(e => (e.Value, e.Key));

    /// <summary>Adds a token with the next code unless it is known.</summary>
    public void Add(string token)
    {
        if (!codes.ContainsKey(token))
        {
            Put(token, codes.Count + 1);
        }
    }

    /// <summary>Adds a token with a given code (from a metadata frame).</summary>
    public void Put(string token, long code)
    {
        codes[token] = code;
        tokens[code] = token;
    }
}

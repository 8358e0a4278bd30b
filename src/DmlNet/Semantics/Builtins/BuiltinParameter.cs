namespace DmlNet.Semantics.Builtins;

/// <summary>
/// One parameter of a builtin: its name (as used for named arguments), whether it must be
/// given, its default as DML text (for docs; null when none), and whether it takes all
/// remaining positional arguments.
/// </summary>
public sealed record BuiltinParameter(string Name, bool Required, string? DefaultText, bool Variadic)
{
    /// <summary>
    /// Parses a parameter list such as <c>"X, rows=?, cols=?, byrow=TRUE, ...more"</c>:
    /// a bare name is required, <c>name=text</c> is optional with that default, <c>name=?</c>
    /// is optional without a default, <c>...name</c> takes the remaining positional arguments.
    /// </summary>
    public static IReadOnlyList<BuiltinParameter> ParseList(string spec)
    {
        if (string.IsNullOrWhiteSpace(spec))
        {
            return [];
        }
        return spec.Split(',').Select(raw =>
        {
            var part = raw.Trim();
            if (part.StartsWith("...", StringComparison.Ordinal))
            {
                return new BuiltinParameter(part[3..], false, null, true);
            }
            var eq = part.IndexOf('=');
            if (eq < 0)
            {
                return new BuiltinParameter(part, true, null, false);
            }
            var text = part[(eq + 1)..].Trim();
            return new BuiltinParameter(part[..eq].Trim(), false, text == "?" ? null : text, false);
        }).ToList();
    }
}

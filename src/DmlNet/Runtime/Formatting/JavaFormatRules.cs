namespace DmlNet.Runtime.Formatting;

/// <summary>
/// The checks Java's <c>Formatter</c> makes on a specifier before converting: flags that need a
/// width, flags that exclude each other, and the flags and precision each conversion accepts.
/// A violation is a runtime error, as Java throws for it.
/// </summary>
internal static class JavaFormatRules
{
    /// <summary>The upper-case conversions Java knows (the others, e.g. <c>%D</c>, are unknown conversions).</summary>
    private const string UpperCaseConversions = "BHSCXEG";

    /// <summary>Throws when <paramref name="specifier"/> is not a valid Java format specifier for its conversion.</summary>
    public static void Check(string specifier, char conversion, string flags, string width, int? precision)
    {
        if (char.IsUpper(conversion) && !UpperCaseConversions.Contains(conversion))
        {
            throw Invalid(specifier, $"'{conversion}' is not a conversion");
        }
        if (width.Length == 0 && (flags.Contains('-') || flags.Contains('0')))
        {
            throw Invalid(specifier, $"the '{(flags.Contains('-') ? '-' : '0')}' flag needs a width");
        }
        if ((flags.Contains('-') && flags.Contains('0')) || (flags.Contains('+') && flags.Contains(' ')))
        {
            throw Invalid(specifier, "the flags exclude each other");
        }
        var (allowedFlags, precisionAllowed) = char.ToLowerInvariant(conversion) switch
        {
            'b' or 'h' or 's' => ("-", true),
            'c' => ("-", false),
            'd' => ("-+ 0,(", false),
            'o' or 'x' => ("-#0", false),
            'e' => ("-#+ 0(", true),
            'f' => ("-#+ 0,(", true),
            'g' => ("-+ 0,(", true),
            '%' => ("-", false),
            'n' => ("", false),
            _ => throw new DmlRuntimeException($"print(): unknown format conversion '{conversion}' in '{specifier}'"),
        };
        var stray = flags.FirstOrDefault(f => !allowedFlags.Contains(f));
        if (stray != default)
        {
            throw Invalid(specifier, $"the '{stray}' flag does not apply to %{conversion}");
        }
        if (precision is not null && !precisionAllowed)
        {
            throw Invalid(specifier, $"%{conversion} takes no precision");
        }
        if (conversion == 'n' && width.Length > 0)
        {
            throw Invalid(specifier, "%n takes no width");
        }
    }

    private static DmlRuntimeException Invalid(string specifier, string reason) =>
        new($"print(): invalid format specifier '{specifier}': {reason}");
}

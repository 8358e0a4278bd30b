using System.Globalization;

namespace DmlNet.Runtime.IO;

/// <summary>
/// The parameters of read() and write() and of .mtd files: the kind of value of each (so an
/// argument and a .mtd entry can be compared: <c>rows=10</c> equals <c>"rows": 10</c>, <c>TRUE</c>
/// equals <c>true</c>) and which format or data type each belongs to.
/// </summary>
public static class IoParameters
{
    /// <summary>The separator of several <c>naStrings</c> values in one string (U+00B7, middle dot).</summary>
    public const char NaStringsSeparator = '\u00b7';

    private static readonly HashSet<string> WholeNumbers = ["rows", "cols", "nnz", "rows_in_block", "cols_in_block", "blocksize"];
    private static readonly HashSet<string> Flags = ["header", "fill", "sparse"];
    private static readonly HashSet<string> Lowercased = ["format", "data_type"];
    private static readonly HashSet<string> Common = ["format", "data_type", "value_type", "rows", "cols", "nnz"];

    /// <summary>The options of each format beyond the common ones (read() and write() together).</summary>
    private static readonly Dictionary<string, string[]> FormatOptions = new(StringComparer.Ordinal)
    {
        ["csv"] = ["header", "sep", "fill", "default", "naStrings", "sparse"],
        ["libsvm"] = ["sep", "indSep"],
        ["binary"] = ["rows_in_block", "cols_in_block"],
        ["hdf5"] = ["dataset"],
    };

    /// <summary>
    /// The comparable form of a parameter value (long for sizes, bool for flags, double for
    /// <c>default</c>, lower case for format and data type, the canonical value type, naStrings as
    /// their sorted distinct values joined by U+00B7, other values as text); null with an error message
    /// when the value does not fit the parameter.
    /// </summary>
    public static object? Normalize(string key, object value, out string? error)
    {
        error = null;
        if (WholeNumbers.Contains(key))
        {
            var number = value switch
            {
                long l => l,
                double d when d == Math.Floor(d) && Math.Abs(d) < 9e18 => (long)d,
                string s when NumberText.TryParseLong(s.Trim(), out var parsed) => parsed,
                _ => (long?)null,
            };
            if (number is not { } n || n < 0)
            {
                error = $"'{key}' must be a non-negative whole number, got {Show(value)}";
                return null;
            }
            return n;
        }
        if (Flags.Contains(key))
        {
            var flag = value switch
            {
                bool b => b,
                string s when s.Equals("true", StringComparison.OrdinalIgnoreCase) => true,
                string s when s.Equals("false", StringComparison.OrdinalIgnoreCase) => false,
                _ => (bool?)null,
            };
            if (flag is null)
            {
                error = $"'{key}' must be TRUE or FALSE, got {Show(value)}";
            }
            return flag;
        }
        if (key == "default")
        {
            var number = value switch
            {
                double d => d,
                long l => l,
                string s when NumberText.TryParseDouble(s.Trim(), out var parsed) => parsed,
                _ => (double?)null,
            };
            if (number is null)
            {
                error = $"'default' must be a number, got {Show(value)}";
            }
            return number;
        }
        var text = value switch
        {
            string s => s,
            bool b => b ? "TRUE" : "FALSE",
            double d => Formatting.ScalarFormat.FormatDouble(d),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
        };
        if (key == "value_type")
        {
            var canonical = FileFormats.CanonicalValueType(text);
            if (canonical is null)
            {
                error = $"'value_type' must be double, int, boolean or string, got \"{text}\"";
            }
            return canonical;
        }
        if (key == "naStrings")
        {
            return string.Join(NaStringsSeparator, text.Split(NaStringsSeparator).Distinct().Order(StringComparer.Ordinal));
        }
        return Lowercased.Contains(key) ? text.ToLowerInvariant() : text;
    }

    /// <summary>True when <paramref name="key"/> may be given to a read() or write() of this format and data type.</summary>
    public static bool Applies(string key, string format, string dataType)
    {
        if (dataType == "scalar")
        {
            return key is "format" or "data_type" or "value_type" or "description";
        }
        if (Common.Contains(key) || key == "description" || (key == "schema" && dataType == "frame"))
        {
            return true;
        }
        return FormatOptions.TryGetValue(format, out var options) && options.Contains(key);
    }

    /// <summary>A value as a message shows it.</summary>
    public static string Show(object? value) => value switch
    {
        null => "nothing",
        string s => $"\"{s}\"",
        bool b => b ? "TRUE" : "FALSE",
        double d => Formatting.ScalarFormat.FormatDouble(d),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}

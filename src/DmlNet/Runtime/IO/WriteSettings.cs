namespace DmlNet.Runtime.IO;

/// <summary>
/// The settings of one write() (reference §8.3): format (default text) and its options, checked
/// against the format and data type. Built the same way by the compiler (constant arguments) and
/// the runtime.
/// </summary>
public sealed class WriteSettings
{
    private readonly IReadOnlyDictionary<string, object> values;

    private WriteSettings(IReadOnlyDictionary<string, object> values) => this.values = values;

    /// <summary>The format (text when not given).</summary>
    public string Format => values.TryGetValue("format", out var format) ? (string)format : "text";

    /// <summary>The description to record in the .mtd file, or null.</summary>
    public string? Description => values.TryGetValue("description", out var description) ? (string)description : null;

    /// <summary>The CSV options: header (written as C1,C2,...), sep, sparse (zeros left empty).</summary>
    public CsvOptions Csv => new()
    {
        Header = values.TryGetValue("header", out var header) && (bool)header,
        Separator = values.TryGetValue("sep", out var sep) ? (string)sep : ",",
        SparseOutput = values.TryGetValue("sparse", out var sparse) && (bool)sparse,
    };

    /// <summary>The libsvm options (sep default one blank, indSep default <c>:</c>).</summary>
    public LibSvmOptions LibSvm => new()
    {
        Separator = values.TryGetValue("sep", out var sep) ? (string)sep : " ",
        IndexSeparator = values.TryGetValue("indSep", out var indSep) ? (string)indSep : ":",
    };

    /// <summary>The rows per block of the binary format (rows_in_block, default 1000).</summary>
    public int RowsPerBlock => values.TryGetValue("rows_in_block", out var rows) ? (int)(long)rows : BinaryMatrixFormat.DefaultRowsPerBlock;

    /// <summary>The cols_in_block recorded in the .mtd of a binary file (default: the rows per block).</summary>
    public int ColumnsPerBlock => values.TryGetValue("cols_in_block", out var columns) ? (int)(long)columns : RowsPerBlock;

    /// <summary>
    /// Checks write()'s arguments other than x and path (each a string, long, double or bool, or
    /// null when known only at run time) for a value of <paramref name="dataType"/> (matrix, scalar,
    /// frame...), adding what does not fit to <paramref name="problems"/>.
    /// </summary>
    public static WriteSettings Resolve(IReadOnlyDictionary<string, object?> arguments, string dataType, List<IoProblem> problems)
    {
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (key, raw) in arguments)
        {
            if (raw is null)
            {
                continue;
            }
            var value = IoParameters.Normalize(key, raw, out var error);
            if (error is null && key is "rows_in_block" or "cols_in_block" && value is long size && (size < 1 || size > int.MaxValue))
            {
                error = $"'{key}' must be at least 1 (and fit 32 bits), got {size}";
            }
            if (error is not null || value is null)
            {
                problems.Add(new IoProblem(IoProblemKind.InvalidValue, key, $"write() {error}"));
                continue;
            }
            values[key] = value;
        }
        var settings = new WriteSettings(values);
        if (arguments.ContainsKey("format") && !values.ContainsKey("format"))
        {
            return settings;
        }
        if (!FileFormats.All.Contains(settings.Format))
        {
            problems.Add(new IoProblem(IoProblemKind.InvalidValue, "format",
                $"write() format must be one of {string.Join(", ", FileFormats.All)}; got \"{settings.Format}\""));
            return settings;
        }
        foreach (var key in arguments.Keys.Where(key => !IoParameters.Applies(key, settings.Format, dataType)))
        {
            problems.Add(new IoProblem(IoProblemKind.NotApplicable, key, dataType == "scalar"
                ? $"write() of a scalar takes only format and description, not '{key}' (scalars are written as text)"
                : $"write() option '{key}' does not apply to the {settings.Format} format"));
        }
        return settings;
    }
}

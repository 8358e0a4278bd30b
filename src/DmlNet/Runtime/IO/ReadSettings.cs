namespace DmlNet.Runtime.IO;

/// <summary>
/// The settings of one read() (reference §8.1): the call's arguments merged with the data
/// file's .mtd, the format resolved, the dimensions and the format options. Built the same way
/// by the compiler (from constant arguments, to know sizes early) and by the runtime.
/// </summary>
public sealed class ReadSettings
{
    private readonly IReadOnlyDictionary<string, object> values;

    private ReadSettings(string path, IReadOnlyDictionary<string, object> values, string format)
    {
        Path = path;
        this.values = values;
        Format = format;
    }

    /// <summary>The data file (absolute).</summary>
    public string Path { get; }

    /// <summary>The resolved format: the argument, else mm for a Matrix Market file without .mtd, else the .mtd's, else text.</summary>
    public string Format { get; }

    /// <summary>matrix (default), scalar, frame or list.</summary>
    public string DataType => Text("data_type") ?? "matrix";

    /// <summary>double (default), int, boolean or string.</summary>
    public string ValueType => Text("value_type") ?? "double";

    /// <summary>The declared rows, or -1.</summary>
    public long Rows => Whole("rows");

    /// <summary>The declared columns, or -1 (for libsvm: the feature columns, without the label).</summary>
    public long Columns => Whole("cols");

    /// <summary>The declared non-zeros, or -1.</summary>
    public long NonZeros => Whole("nnz");

    /// <summary>The CSV options (SystemDS defaults where neither the arguments nor the .mtd give one).</summary>
    public CsvOptions Csv => new()
    {
        Header = values.TryGetValue("header", out var header) && (bool)header,
        Separator = Text("sep") ?? ",",
        Fill = !values.TryGetValue("fill", out var fill) || (bool)fill,
        Default = values.TryGetValue("default", out var d) ? (double)d : 0,
        NaStrings = Text("naStrings") is { } na ? na.Split(IoParameters.NaStringsSeparator).ToHashSet(StringComparer.Ordinal) : new HashSet<string>(),
    };

    /// <summary>The libsvm options.</summary>
    public LibSvmOptions LibSvm => new() { Separator = Text("sep"), IndexSeparator = Text("indSep") ?? ":" };

    /// <summary>A merged setting as text (for example <c>schema</c>), or null when neither the arguments nor the .mtd give it.</summary>
    public string? Text(string key) => values.TryGetValue(key, out var value) ? value as string ?? IoParameters.Show(value) : null;

    /// <summary>
    /// Merges <paramref name="arguments"/> (read()'s arguments other than path, each a string, long,
    /// double or bool, or null when only known at run time) with <paramref name="metadata"/>, adding
    /// what does not fit to <paramref name="problems"/>: an argument that contradicts the .mtd, an
    /// option of another format, invalid values, missing dimensions for text and binary.
    /// </summary>
    public static ReadSettings Resolve(string path, IReadOnlyDictionary<string, object?> arguments, Metadata? metadata,
        List<IoProblem> problems)
    {
        var merged = new Dictionary<string, object>(StringComparer.Ordinal);
        if (metadata is not null)
        {
            foreach (var key in metadata.Values.Keys)
            {
                if (metadata.Value(key) is not { } raw || (raw is -1L && key is "rows" or "cols" or "nnz"))
                {
                    continue;
                }
                var value = IoParameters.Normalize(key, raw, out var error);
                if (error is not null)
                {
                    problems.Add(new IoProblem(IoProblemKind.InvalidValue, null, $"{Metadata.PathFor(path)}: {error}"));
                }
                else if (value is not null)
                {
                    merged[key] = value;
                }
            }
        }
        foreach (var (key, raw) in arguments)
        {
            if (raw is null)
            {
                continue;
            }
            var value = IoParameters.Normalize(key, raw, out var error);
            if (error is not null || value is null)
            {
                problems.Add(new IoProblem(IoProblemKind.InvalidValue, key, $"read() {error}"));
                continue;
            }
            if (merged.TryGetValue(key, out var recorded) && !recorded.Equals(value))
            {
                problems.Add(new IoProblem(IoProblemKind.Conflict, key,
                    $"read() argument {key}={IoParameters.Show(value)} conflicts with {IoParameters.Show(recorded)} in {Metadata.PathFor(path)}"));
            }
            merged[key] = value;
        }
        var format = ResolveFormat(path, arguments, metadata, merged);
        var settings = new ReadSettings(path, merged, format);
        settings.Check(arguments, problems);
        return settings;
    }

    private static string ResolveFormat(string path, IReadOnlyDictionary<string, object?> arguments, Metadata? metadata,
        Dictionary<string, object> merged)
    {
        if (!arguments.ContainsKey("format") && metadata is null && MatrixMarketReader.StartsWithBanner(path))
        {
            return "mm";
        }
        if (merged.TryGetValue("format", out var format))
        {
            return (string)format;
        }
        return path.EndsWith(".h5", StringComparison.OrdinalIgnoreCase) ? "hdf5" : "text";
    }

    /// <summary>
    /// Checks the merged values. Arguments known only at run time (null values, at compile time)
    /// are skipped, and so are the checks that depend on them.
    /// </summary>
    private void Check(IReadOnlyDictionary<string, object?> arguments, List<IoProblem> problems)
    {
        bool Known(string key) => !arguments.ContainsKey(key) || values.ContainsKey(key);
        if (Known("format") && !FileFormats.All.Contains(Format))
        {
            problems.Add(new IoProblem(IoProblemKind.InvalidValue, arguments.ContainsKey("format") ? "format" : null,
                $"read() format must be one of {string.Join(", ", FileFormats.All)}; got \"{Format}\""));
            return;
        }
        if (Known("data_type") && !FileFormats.DataTypes.Contains(DataType))
        {
            problems.Add(new IoProblem(IoProblemKind.InvalidValue, arguments.ContainsKey("data_type") ? "data_type" : null,
                $"read() data_type must be one of {string.Join(", ", FileFormats.DataTypes)}; got \"{DataType}\""));
            return;
        }
        if (!Known("format") || !Known("data_type"))
        {
            return;
        }
        foreach (var key in arguments.Keys.Where(key => !IoParameters.Applies(key, Format, DataType)))
        {
            problems.Add(new IoProblem(IoProblemKind.NotApplicable, key, DataType == "scalar"
                ? $"read() of a scalar takes only data_type, value_type and format, not '{key}'"
                : $"read() option '{key}' does not apply to the {Format} format"));
        }
        var rowsMissing = Rows < 0 && !arguments.ContainsKey("rows");
        var columnsMissing = Columns < 0 && !arguments.ContainsKey("cols");
        if (DataType == "matrix" && Format is "text" or "binary" && (rowsMissing || columnsMissing))
        {
            problems.Add(new IoProblem(IoProblemKind.MissingDimensions, null,
                $"read() of a {Format} matrix needs rows and cols (as arguments or in {System.IO.Path.GetFileName(Metadata.PathFor(Path))})"));
        }
    }

    private long Whole(string key) => values.TryGetValue(key, out var value) ? (long)value : -1;
}

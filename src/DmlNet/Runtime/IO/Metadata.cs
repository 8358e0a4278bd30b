using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DmlNet.Runtime.IO;

/// <summary>
/// The content of a <c>.mtd</c> metadata file (one JSON object next to a data file): data and
/// value type, dimensions, format and the format's options. Unknown keys are errors, as in SystemDS.
/// </summary>
public sealed record Metadata
{
    private static readonly HashSet<string> KnownKeys =
    [
        "data_type", "value_type", "rows", "cols", "nnz", "format", "rows_in_block", "cols_in_block", "header", "sep", "fill",
        "default", "naStrings", "schema", "indSep", "dataset", "description", "author", "created", "privacy",
        "fine_grained_privacy", "blocksize",
    ];

    /// <summary>JSON strings as Java writes them: only quotes, backslashes and control characters escaped.</summary>
    private static readonly JsonSerializerOptions JsonText = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The order SystemDS writes the keys in.</summary>
    private static readonly string[] WriteOrder =
    [
        "data_type", "value_type", "schema", "rows", "cols", "rows_in_block", "cols_in_block", "nnz", "format", "description",
        "author", "header", "sep", "indSep", "created",
    ];

    /// <summary>matrix, scalar, frame or list.</summary>
    public string DataType { get; init; } = "matrix";

    /// <summary>double, int, boolean or string.</summary>
    public string ValueType { get; init; } = "double";

    /// <summary>Rows, or -1 when unknown.</summary>
    public long Rows { get; init; } = -1;

    /// <summary>Columns, or -1 when unknown.</summary>
    public long Columns { get; init; } = -1;

    /// <summary>Non-zero cells, or -1 when unknown.</summary>
    public long NonZeros { get; init; } = -1;

    /// <summary>The file format (text, csv, mm, binary, libsvm), or null when not recorded.</summary>
    public string? Format { get; init; }

    /// <summary>Every key of the file with its raw JSON value (format options such as header and sep).</summary>
    public IReadOnlyDictionary<string, JsonNode?> Values { get; init; } = new Dictionary<string, JsonNode?>();

    /// <summary>The metadata file of a data file.</summary>
    public static string PathFor(string dataPath) => dataPath + ".mtd";

    /// <summary>Reads <paramref name="path"/> (a .mtd file); malformed JSON or unknown keys are errors naming the file.</summary>
    public static Metadata Read(string path)
    {
        JsonObject root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(path)) as JsonObject
                ?? throw new DmlRuntimeException($"{path}: a .mtd file must hold one JSON object");
        }
        catch (JsonException e)
        {
            throw new DmlRuntimeException($"{path}: malformed metadata: {e.Message}");
        }
        var values = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var (key, value) in root)
        {
            if (!KnownKeys.Contains(key))
            {
                var hint = key == "na.strings" ? " (the key is called \"naStrings\" now)" : "";
                throw new DmlRuntimeException($"{path}: unknown metadata key \"{key}\"{hint}");
            }
            values[key] = value;
        }
        return new Metadata
        {
            DataType = Text(values, "data_type")?.ToLowerInvariant() ?? "matrix",
            ValueType = Text(values, "value_type")?.ToLowerInvariant() ?? "double",
            Rows = Number(values, "rows", path),
            Columns = Number(values, "cols", path),
            NonZeros = Number(values, "nnz", path),
            Format = Text(values, "format")?.ToLowerInvariant(),
            Values = values,
        };
    }

    /// <summary>The value of a key as text (strings as they are, other JSON values as written), or null.</summary>
    public string? Option(string key) => Text(Values, key);

    /// <summary>
    /// The value of a key as a .NET value: string, long (whole numbers), double, bool; a JSON
    /// array of strings (naStrings) as its items joined by U+00B7; null when absent or JSON null.
    /// </summary>
    public object? Value(string key)
    {
        if (!Values.TryGetValue(key, out var node) || node is null)
        {
            return null;
        }
        return node.GetValueKind() switch
        {
            JsonValueKind.String => node.GetValue<string>(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number when node.AsValue().TryGetValue<long>(out var whole) => whole,
            JsonValueKind.Number => node.GetValue<double>(),
            JsonValueKind.Array => string.Join(IoParameters.NaStringsSeparator,
                node.AsArray().Select(item => item?.GetValueKind() == JsonValueKind.String ? item.GetValue<string>() : item?.ToJsonString())),
            _ => node.ToJsonString(),
        };
    }

    private static string? Text(IReadOnlyDictionary<string, JsonNode?> values, string key) =>
        values.TryGetValue(key, out var node) && node is not null
            ? node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : node.ToJsonString()
            : null;

    private static long Number(IReadOnlyDictionary<string, JsonNode?> values, string key, string path)
    {
        var text = Text(values, key);
        if (text is null)
        {
            return -1;
        }
        return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new DmlRuntimeException($"{path}: \"{key}\" must be a whole number, got {text}");
    }

    /// <summary>
    /// The JSON text SystemDS writes, indented by 4 spaces, keys in SystemDS's order: data_type,
    /// value_type, schema, rows, cols, rows_in_block, cols_in_block, nnz, format, description,
    /// author, header, sep, indSep, created. <paramref name="options"/> may hold any of these keys
    /// (in any order); rows and cols are left out for scalars, nnz for everything but matrices.
    /// For frames <paramref name="valueType"/> is the schema and is written as "schema".
    /// </summary>
    public static string Render(string dataType, string valueType, long rows, long columns, long nonZeros, string format,
        IReadOnlyList<(string Key, object Value)> options)
    {
        var fields = new List<(string Key, object Value)> { ("data_type", dataType), (dataType == "frame" ? "schema" : "value_type", valueType) };
        if (dataType != "scalar")
        {
            fields.Add(("rows", rows));
            fields.Add(("cols", columns));
            if (dataType == "matrix")
            {
                fields.Add(("nnz", nonZeros));
            }
        }
        fields.Add(("format", format));
        fields.AddRange(options);
        fields.Add(("author", Environment.UserName));
        fields.Add(("created", DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC"));
        var ordered = fields.OrderBy(f => Array.IndexOf(WriteOrder, f.Key) is var at and >= 0 ? at : WriteOrder.Length).ToList();
        var text = new StringBuilder("{\n");
        for (var i = 0; i < ordered.Count; i++)
        {
            var (key, value) = ordered[i];
            var json = value switch
            {
                string s => JsonSerializer.Serialize(s, JsonText),
                bool b => b ? "true" : "false",
                long l => l.ToString(CultureInfo.InvariantCulture),
                int n => n.ToString(CultureInfo.InvariantCulture),
                _ => JsonSerializer.Serialize(value.ToString()),
            };
            text.Append("    \"").Append(key).Append("\": ").Append(json).Append(i < ordered.Count - 1 ? ",\n" : "\n");
        }
        return text.Append("}\n").ToString();
    }
}

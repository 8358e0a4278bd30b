using System.Globalization;
using System.Text.Json;

namespace DmlNet.Runtime.Transform;

/// <summary>
/// A parsed transform spec (reference §9): a JSON object with <c>ids</c> (TRUE: columns are 1-based
/// positions, else names), <c>recode</c>, <c>dummycode</c> and <c>omit</c> (lists of columns),
/// <c>bin</c> (<c>[{name|id, method: "equi-width"|"equi-height", numbins}]</c>, numbins 1 and
/// equi-width when absent, as in SystemDS) and <c>impute</c> (<c>[{name|id, method:
/// "global_mean"|"global_mode"|"constant", value}]</c>). Methods are matched in any case. Unknown
/// columns, unknown keys and methods, and recode with bin on one column are errors (SystemDS ignores
/// unknown keys; DmlNet reports them to catch misspellings).
/// </summary>
internal sealed class TransformSpec
{
    private static readonly string[] Keys = ["ids", "recode", "dummycode", "bin", "impute", "omit"];
    private static readonly string[] Unsupported = ["hash", "K", "word_embedding", "bag_of_words", "udf"];

    private TransformSpec(IReadOnlyList<ColumnSpec> columns) => Columns = columns;

    /// <summary>One entry per frame column, in column order.</summary>
    public IReadOnlyList<ColumnSpec> Columns { get; }

    /// <summary>Parses <paramref name="json"/> for a frame with <paramref name="names"/>; <paramref name="builtin"/> names the caller in errors.</summary>
    public static TransformSpec Parse(string json, IReadOnlyList<string> names, string builtin)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions
            {
                AllowTrailingCommas = true,
                CommentHandling = JsonCommentHandling.Skip,
            });
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new DmlRuntimeException($"{builtin}(): the spec is not valid JSON: {e.Message}");
        }
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new DmlRuntimeException($"{builtin}(): the spec must be a JSON object, e.g. {{\"recode\": [\"name\"]}}");
        }
        return new Parser(root, names, builtin).Parse();
    }

    /// <summary>The parsing state: the spec, the frame's column names and the builtin for messages.</summary>
    private sealed class Parser(JsonElement root, IReadOnlyList<string> names, string builtin)
    {
        private bool ids;

        public TransformSpec Parse()
        {
            foreach (var property in root.EnumerateObject())
            {
                if (Unsupported.Contains(property.Name))
                {
                    throw Error($"the spec key \"{property.Name}\" is not supported by DmlNet yet");
                }
                if (!Keys.Contains(property.Name))
                {
                    throw Error($"unknown spec key \"{property.Name}\"; known keys: {string.Join(", ", Keys)}");
                }
            }
            ids = root.TryGetProperty("ids", out var flag) && (flag.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => throw Error("\"ids\" must be true or false"),
            });
            var recode = ColumnList("recode");
            var dummycode = ColumnList("dummycode");
            var omit = ColumnList("omit");
            var bins = ObjectList("bin", BinOf);
            var impute = ObjectList("impute", ImputeOf);
            var columns = new List<ColumnSpec>(names.Count);
            for (var j = 0; j < names.Count; j++)
            {
                var bin = bins.GetValueOrDefault(j);
                if (bin is not null && recode.Contains(j))
                {
                    throw Error($"column '{names[j]}' cannot be both recoded and binned");
                }
                var dummy = dummycode.Contains(j);
                columns.Add(new ColumnSpec(names[j], recode.Contains(j) || dummy && bin is null, dummy, bin,
                    impute.GetValueOrDefault(j), omit.Contains(j)));
            }
            return new TransformSpec(columns);
        }

        /// <summary>The 0-based columns of a list key (names, or positions when ids is set).</summary>
        private HashSet<int> ColumnList(string key)
        {
            var result = new HashSet<int>();
            if (root.TryGetProperty(key, out var list))
            {
                foreach (var item in Array(list, key))
                {
                    result.Add(ids ? Position(item, key) : Named(item, key));
                }
            }
            return result;
        }

        /// <summary>The entries of a list of objects (bin, impute) by 0-based column.</summary>
        private Dictionary<int, T> ObjectList<T>(string key, Func<JsonElement, string, T> parse)
        {
            var result = new Dictionary<int, T>();
            if (!root.TryGetProperty(key, out var list))
            {
                return result;
            }
            foreach (var item in Array(list, key))
            {
                if (item.ValueKind != JsonValueKind.Object)
                {
                    throw Error($"every \"{key}\" entry must be an object with \"{(ids ? "id" : "name")}\" and \"method\"");
                }
                var field = ids ? "id" : "name";
                if (!item.TryGetProperty(field, out var reference))
                {
                    throw Error($"a \"{key}\" entry needs \"{field}\"{(ids ? "" : " (or \"id\" with \"ids\": true)")}");
                }
                var column = ids ? Position(reference, key) : Named(reference, key);
                result[column] = parse(item, names[column]);
            }
            return result;
        }

        private BinSpec BinOf(JsonElement item, string column)
        {
            var method = Text(item, "method") ?? "equi-width";
            var binMethod = method.ToLowerInvariant() switch
            {
                "equi-width" => BinMethod.EquiWidth,
                "equi-height" => BinMethod.EquiHeight,
                _ => throw Error($"unknown bin method \"{method}\" for column '{column}'; use equi-width or equi-height"),
            };
            var bins = 1;
            if (item.TryGetProperty("numbins", out var count) && !(count.TryGetInt32(out bins) && bins >= 1))
            {
                throw Error($"numbins of column '{column}' must be a positive integer, got {count.GetRawText()}");
            }
            return new BinSpec(binMethod, bins);
        }

        private ImputeSpec ImputeOf(JsonElement item, string column)
        {
            var method = Text(item, "method") ?? throw Error($"the impute entry of column '{column}' needs a \"method\"");
            var imputeMethod = method.ToLowerInvariant() switch
            {
                "global_mean" => ImputeMethod.GlobalMean,
                "global_mode" => ImputeMethod.GlobalMode,
                "constant" => ImputeMethod.Constant,
                _ => throw Error($"unknown impute method \"{method}\" for column '{column}'; use global_mean, global_mode or constant"),
            };
            var value = Text(item, "value");
            if (imputeMethod == ImputeMethod.Constant && value is null)
            {
                throw Error($"the constant impute of column '{column}' needs a \"value\"");
            }
            return new ImputeSpec(imputeMethod, imputeMethod == ImputeMethod.Constant ? value : null);
        }

        /// <summary>A string property (numbers and booleans as written), or null when absent.</summary>
        private static string? Text(JsonElement item, string key) => item.TryGetProperty(key, out var value)
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText()
            : null;

        private JsonElement.ArrayEnumerator Array(JsonElement list, string key) => list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray()
            : throw Error($"\"{key}\" must be a JSON array");

        private int Named(JsonElement item, string key)
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                throw Error($"\"{key}\" refers to columns by name, got {item.GetRawText()} (set \"ids\": true to use positions)");
            }
            var name = item.GetString()!;
            for (var j = 0; j < names.Count; j++)
            {
                if (names[j] == name)
                {
                    return j;
                }
            }
            throw Error($"\"{key}\" names the column '{name}', which the frame does not have (columns: {string.Join(", ", names)})");
        }

        private int Position(JsonElement item, string key)
        {
            var text = item.ValueKind == JsonValueKind.String ? item.GetString() : item.GetRawText();
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var position))
            {
                throw Error($"with \"ids\": true, \"{key}\" refers to columns by 1-based position, got {item.GetRawText()}");
            }
            return position >= 1 && position <= names.Count
                ? position - 1
                : throw Error($"\"{key}\" refers to column {position}, but the frame has {names.Count} columns");
        }

        private DmlRuntimeException Error(string message) => new($"{builtin}(): {message}");
    }
}

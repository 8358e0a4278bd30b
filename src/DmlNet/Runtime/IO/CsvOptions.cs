namespace DmlNet.Runtime.IO;

/// <summary>The options of the delimited-text format (reference §8.2), with SystemDS's defaults.</summary>
public sealed record CsvOptions
{
    /// <summary>True when the first line holds column names.</summary>
    public bool Header { get; init; }

    /// <summary>The field separator.</summary>
    public string Separator { get; init; } = ",";

    /// <summary>True when empty fields take <see cref="Default"/>; false makes them an error.</summary>
    public bool Fill { get; init; } = true;

    /// <summary>The value of empty fields when <see cref="Fill"/> is set.</summary>
    public double Default { get; init; }

    /// <summary>Tokens read as NaN (missing values).</summary>
    public IReadOnlySet<string> NaStrings { get; init; } = new HashSet<string>();

    /// <summary>Writing only: leave zero cells empty.</summary>
    public bool SparseOutput { get; init; }
}

namespace DmlNet.Runtime.IO;

/// <summary>The options of the libsvm format (<c>label index:value ...</c>).</summary>
public sealed record LibSvmOptions
{
    /// <summary>
    /// The separator between the label and the index:value pairs; null for the default: reading
    /// splits at blanks, tabs and commas (standard files and SystemDS's comma-separated ones),
    /// writing uses one blank. A given <c>" "</c> splits at runs of blanks and tabs.
    /// </summary>
    public string? Separator { get; init; }

    /// <summary>The separator between an index and its value.</summary>
    public string IndexSeparator { get; init; } = ":";
}

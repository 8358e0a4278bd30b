namespace DmlNet.Runtime.Frames;

/// <summary>
/// What SystemDS keeps per frame column besides the cells (its <c>ColumnMetadata</c>): set on the
/// metadata frame of transformencode and read back by transformapply. It lives only in memory; a
/// metadata frame written to a file and read again has none, and the transform builtins then derive
/// the counts from the cells.
/// </summary>
/// <param name="DistinctCount">The number of recoded tokens or bins of the column, -1 when unknown.</param>
/// <param name="ImputeValue">The token imputed for missing values of the column, or null.</param>
public sealed record FrameColumnMetadata(long DistinctCount = -1, string? ImputeValue = null)
{
    /// <summary>No metadata.</summary>
    public static FrameColumnMetadata None { get; } = new();
}

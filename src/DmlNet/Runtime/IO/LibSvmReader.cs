using DmlNet.Runtime.Data;

namespace DmlNet.Runtime.IO;

/// <summary>
/// Reads the libsvm format: one line per row, <c>label index:value ...</c> with 1-based feature
/// indexes. The result has the feature columns followed by the label as its last column.
/// </summary>
public static class LibSvmReader
{
    private static readonly string DefaultSeparators = " \t,";

    /// <summary>
    /// Reads <paramref name="path"/>; <paramref name="declaredRows"/> and the number of feature columns
    /// <paramref name="declaredFeatures"/> (-1: found while reading, the largest index) are checked.
    /// </summary>
    public static MatrixBlock Read(string path, LibSvmOptions options, long declaredRows, long declaredFeatures)
    {
        var features = declaredFeatures < 0 ? -1 : MatrixDimensions.Fit(path, declaredFeatures + 1, "cols") - 1;
        var cells = new CellCollector();
        var labels = new List<double>();
        foreach (var (line, number) in TextLines.Read(path))
        {
            var text = line.AsSpan();
            if (text.Trim().IsEmpty)
            {
                continue;
            }
            var row = labels.Count;
            var first = true;
            foreach (var field in Fields(text, options.Separator))
            {
                var item = text[field].Trim();
                if (item.IsEmpty)
                {
                    continue;
                }
                if (first)
                {
                    labels.Add(TextCellReader.CellValue(path, number, item));
                    first = false;
                    continue;
                }
                var split = item.IndexOf(options.IndexSeparator.AsSpan());
                if (split <= 0)
                {
                    throw DataFileErrors.AtLine(path, number, $"expected 'index{options.IndexSeparator}value', found '{item}'");
                }
                var index = item[..split].Trim();
                if (!NumberText.TryParseLong(index, out var column) || column < 1 || (features >= 0 && column > features) || column > int.MaxValue - 1)
                {
                    throw DataFileErrors.AtLine(path, number, features >= 0
                        ? $"feature index '{index}' is outside 1..{features} (the declared cols)"
                        : $"feature index '{index}' is not a whole number of at least 1");
                }
                cells.Add(row, (int)column - 1, TextCellReader.CellValue(path, number, item[(split + options.IndexSeparator.Length)..].Trim()));
            }
        }
        DataFileErrors.CheckDimensions(path, declaredRows, -1, labels.Count, -1);
        var featureCount = features >= 0 ? features : cells.MaxColumn + 1;
        for (var i = 0; i < labels.Count; i++)
        {
            cells.Add(i, featureCount, labels[i]);
        }
        return cells.ToBlock(labels.Count, featureCount + 1);
    }

    /// <summary>The ranges of the fields of a line split at the separator (the default: any blank, tab or comma).</summary>
    private static List<Range> Fields(ReadOnlySpan<char> line, string? separator)
    {
        var ranges = new List<Range>();
        if (separator is null or " ")
        {
            var separators = separator is null ? DefaultSeparators : " \t";
            foreach (var range in line.SplitAny(separators))
            {
                ranges.Add(range);
            }
            return ranges;
        }
        foreach (var range in line.Split(separator))
        {
            ranges.Add(range);
        }
        return ranges;
    }
}

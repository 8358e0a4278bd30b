using System.Globalization;
using DmlNet.Runtime.Data;
using DmlNet.Runtime.Formatting;
using DmlNet.Runtime.Frames;

namespace DmlNet.Runtime.Transform;

/// <summary>
/// The built transformation of one column: its recode map or bins and its impute value, derived
/// from data (transformencode) or read from a metadata frame (transformapply, transformdecode).
/// A cell encodes to one number (its code, bin or value; NaN when missing or unseen) that
/// dummycoding spreads over <see cref="Width"/> one-hot columns.
/// </summary>
internal sealed class ColumnEncoding
{
    private ColumnEncoding(ColumnSpec spec, RecodeMap? recode, BinBoundaries? bins, string? imputeValue, long domain)
    {
        Spec = spec;
        Recode = recode;
        Bins = bins;
        ImputeValue = imputeValue;
        DomainSize = (int)domain;
    }

    /// <summary>The column's spec.</summary>
    public ColumnSpec Spec { get; }

    /// <summary>The recode map, or null.</summary>
    public RecodeMap? Recode { get; }

    /// <summary>The bins, or null.</summary>
    public BinBoundaries? Bins { get; }

    /// <summary>The token that replaces missing values, or null.</summary>
    public string? ImputeValue { get; }

    /// <summary>The number of codes: recoded tokens or bins (1 for pass-through columns).</summary>
    public int DomainSize { get; }

    /// <summary>The number of encoded columns.</summary>
    public int Width => Spec.Dummycode ? DomainSize : 1;

    /// <summary>Builds the encoding of column <paramref name="column"/> of <paramref name="frame"/> from its cells.</summary>
    public static ColumnEncoding Build(ColumnSpec spec, FrameBlock frame, int column, string builtin)
    {
        var present = frame.Columns[column].Cells().Where(c => !TransformCells.IsMissing(c)).Select(c => c!).ToList();
        RecodeMap? recode = null;
        if (spec.Recode)
        {
            recode = new RecodeMap();
            foreach (var cell in present)
            {
                recode.Add(TransformCells.Token(cell));
            }
        }
        BinBoundaries? bins = null;
        if (spec.Bin is { } bin)
        {
            var values = present.Select(c => TransformCells.Number(c, spec.Name, builtin)).Where(v => !double.IsNaN(v)).ToList();
            if (values.Count == 0)
            {
                throw new DmlRuntimeException($"{builtin}(): column '{spec.Name}' has no values to bin");
            }
            bins = bin.Method == BinMethod.EquiWidth ? BinBoundaries.EquiWidth(values, bin.Bins) : BinBoundaries.EquiHeight(values, bin.Bins);
        }
        var impute = spec.Impute is { } rule ? Replacement(rule, present, spec.Name, builtin) : null;
        return new ColumnEncoding(spec, recode, bins, impute, recode?.Count ?? bins?.Count ?? 1);
    }

    /// <summary>
    /// Reads the encoding of column <paramref name="column"/> from a metadata frame: recode entries
    /// <c>token·code</c>, bin entries <c>min·max</c>, the impute value from the column metadata
    /// (required only when <paramref name="needImpute"/>).
    /// </summary>
    public static ColumnEncoding FromMetadata(ColumnSpec spec, FrameBlock meta, int column, bool needImpute, string builtin)
    {
        var entries = meta.Columns[column].Cells().Where(c => !TransformCells.IsMissing(c)).Select(c => TransformCells.Token(c!)).ToList();
        RecodeMap? recode = null;
        BinBoundaries? bins = null;
        if (spec.Recode)
        {
            recode = new RecodeMap();
            foreach (var entry in entries)
            {
                var (token, code) = Split(entry, spec.Name, builtin, "token\u00b7code");
                recode.Put(token, long.TryParse(code, NumberStyles.Integer, CultureInfo.InvariantCulture, out var c)
                    ? c
                    : throw BadEntry(entry, spec.Name, builtin, "token\u00b7code"));
            }
        }
        if (spec.Bin is { } bin)
        {
            var bounds = entries.Select(entry =>
            {
                var (min, max) = Split(entry, spec.Name, builtin, "min\u00b7max");
                return FrameCellText.TryParseDouble(min, out var lo) && FrameCellText.TryParseDouble(max, out var hi)
                    ? (lo, hi)
                    : throw BadEntry(entry, spec.Name, builtin, "min\u00b7max");
            }).ToList();
            bins = BinBoundaries.FromEntries(bin.Method, bounds);
        }
        var impute = meta.ColumnMetadata(column).ImputeValue;
        if (spec.Impute is not null && impute is null && needImpute)
        {
            throw new DmlRuntimeException($"{builtin}(): the metadata frame has no impute value for column '{spec.Name}' "
                + "(it is kept only in memory, in the metadata frame transformencode returns)");
        }
        var distinct = meta.ColumnMetadata(column).DistinctCount;
        var domain = distinct >= 0 && (recode is not null || bins is not null) ? distinct : recode?.Count ?? bins?.Count ?? 1;
        return new ColumnEncoding(spec, recode, bins, spec.Impute is null ? null : impute, domain);
    }

    /// <summary>The encoded number of a cell (before dummycoding): missing cells take the impute value, if any, else NaN.</summary>
    public double Encode(ScalarValue? cell, string builtin)
    {
        if (TransformCells.IsMissing(cell))
        {
            return ImputeValue is null ? double.NaN : EncodeImputed(builtin);
        }
        if (Recode is not null)
        {
            return Recode.CodeOf(TransformCells.Token(cell!)) ?? double.NaN;
        }
        var value = TransformCells.Number(cell!, Spec.Name, builtin);
        return Bins is null ? value : Bins.Code(value);
    }

    /// <summary>The metadata entries of the column: recode entries in code order, or bin boundaries.</summary>
    public IReadOnlyList<string> MetadataEntries() =>
        Recode?.Entries.Select(e => e.Token + TransformCells.EntrySeparator + e.Code.ToString(CultureInfo.InvariantCulture)).ToList()
        ?? Bins?.Entries().ToList()
        ?? [];

    /// <summary>The column metadata SystemDS keeps: the number of codes of recoded or binned columns and the impute value.</summary>
    public FrameColumnMetadata Metadata() =>
        new(Recode is not null || Bins is not null ? DomainSize : -1, ImputeValue);

    private double EncodeImputed(string builtin)
    {
        if (Recode is not null)
        {
            return Recode.CodeOf(ImputeValue!) ?? throw new DmlRuntimeException(
                $"{builtin}(): the impute value '{ImputeValue}' of column '{Spec.Name}' is not one of its recoded tokens");
        }
        var value = TransformCells.Number(ImputeValue!, Spec.Name, builtin);
        return Bins is null ? value : Bins.Code(value);
    }

    /// <summary>The replacement of missing values: the mean (Java double text), the most frequent token or the constant.</summary>
    private static string Replacement(ImputeSpec rule, IReadOnlyList<ScalarValue> present, string column, string builtin)
    {
        switch (rule.Method)
        {
            case ImputeMethod.Constant:
                return rule.Value!;
            case ImputeMethod.GlobalMean:
                var sum = 0.0;
                var compensation = 0.0;
                foreach (var cell in present)
                {
                    var y = TransformCells.Number(cell, column, builtin) - compensation;
                    var t = sum + y;
                    compensation = t - sum - y;
                    sum = t;
                }
                return ScalarFormat.FormatDouble(sum / present.Count);
            default:
                var counts = new Dictionary<string, int>(StringComparer.Ordinal);
                var order = new List<string>();
                foreach (var token in present.Select(TransformCells.Token))
                {
                    if (counts.TryAdd(token, 1))
                    {
                        order.Add(token);
                    }
                    else
                    {
                        counts[token]++;
                    }
                }
                return order.Count == 0
                    ? throw new DmlRuntimeException($"{builtin}(): column '{column}' has no values to take the mode of")
                    : order.MaxBy(token => counts[token])!;
        }
    }

    private static (string, string) Split(string entry, string column, string builtin, string form)
    {
        var at = entry.LastIndexOf(TransformCells.EntrySeparator);
        return at >= 0
            ? (entry[..at], entry[(at + 1)..])
            : throw BadEntry(entry, column, builtin, form);
    }

    private static DmlRuntimeException BadEntry(string entry, string column, string builtin, string form) =>
        new($"{builtin}(): the metadata entry '{entry}' of column '{column}' is not of the form {form}");
}

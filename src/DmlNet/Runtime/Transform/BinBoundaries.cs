using DmlNet.Runtime.Formatting;

namespace DmlNet.Runtime.Transform;

/// <summary>
/// The bins of one column: the lower and upper boundary of each, and how a value finds its bin
/// (codes 1..k). The rules are SystemDS's: equi-width bins split [min, max] evenly (one bin when
/// min == max) and a value's code is <c>ceil((v - min) / (max - min) * k)</c> clamped to 1..k;
/// equi-height bins end at the quantile positions <c>n*i/k</c> of the sorted values and a value goes
/// to the first bin whose upper boundary is at least the value (else the last).
/// </summary>
internal sealed class BinBoundaries(BinMethod method, double[] minimums, double[] maximums)
{
    /// <summary>The number of bins.</summary>
    public int Count => maximums.Length;

    /// <summary>Equi-width bins over the present values (at least one).</summary>
    public static BinBoundaries EquiWidth(IReadOnlyList<double> values, int bins)
    {
        var min = values.Min();
        var max = values.Max();
        if (min == max)
        {
            bins = 1;
        }
        var minimums = new double[bins];
        var maximums = new double[bins];
        for (var i = 0; i < bins; i++)
        {
            minimums[i] = min + i * (max - min) / bins;
            maximums[i] = min + (i + 1) * (max - min) / bins;
        }
        return new BinBoundaries(BinMethod.EquiWidth, minimums, maximums);
    }

    /// <summary>Equi-height bins over the present values (at least one).</summary>
    public static BinBoundaries EquiHeight(IReadOnlyList<double> values, int bins)
    {
        var sorted = values.Order().ToArray();
        var n = sorted.Length;
        var maximums = new double[bins];
        for (var i = 0; i < bins; i++)
        {
            var position = n * (i + 1.0) / bins;
            maximums[i] = position % 1 == 0 ? sorted[(int)position - 1] : sorted[(int)Math.Floor(position)];
        }
        maximums[bins - 1] = sorted[n - 1];
        var minimums = new double[bins];
        minimums[0] = sorted[0];
        Array.Copy(maximums, 0, minimums, 1, bins - 1);
        return new BinBoundaries(BinMethod.EquiHeight, minimums, maximums);
    }

    /// <summary>Bins from metadata entries <c>min·max</c> (one per bin, in order).</summary>
    public static BinBoundaries FromEntries(BinMethod method, IReadOnlyList<(double Min, double Max)> entries) =>
        new(method, entries.Select(e => e.Min).ToArray(), entries.Select(e => e.Max).ToArray());

    /// <summary>The 1-based bin of a value; NaN for NaN.</summary>
    public double Code(double value)
    {
        if (double.IsNaN(value) || Count == 0)
        {
            return double.NaN;
        }
        if (method == BinMethod.EquiWidth)
        {
            var min = minimums[0];
            var max = maximums[^1];
            if (max == min)
            {
                return 1;
            }
            var code = Math.Ceiling((value - min) / (max - min) * Count);
            return Math.Clamp(code, 1, Count);
        }
        for (var i = 0; i < Count - 1; i++)
        {
            if (value <= maximums[i])
            {
                return i + 1;
            }
        }
        return Count;
    }

    /// <summary>The metadata entries <c>min·max</c> with Java's double text, one per bin.</summary>
    public IEnumerable<string> Entries() => minimums.Select((min, i) =>
        ScalarFormat.FormatDouble(min) + TransformCells.EntrySeparator + ScalarFormat.FormatDouble(maximums[i]));
}

using DmlNet.Runtime.Data;

namespace DmlNet.Runtime.Kernels;

/// <summary>
/// <c>aggregate(target, groups, fn, weights, ngroups, order)</c>: one aggregate per group id and target column.
/// </summary>
/// <remarks>
/// Group ids are the groups cells truncated toward zero and must be at least 1; without ngroups
/// there are max(groups) groups, with ngroups larger ids are ignored (as SystemDS). Weights are
/// multiplicities: sum = sum(w x), count = sum(w), mean = sum(w x) / sum(w), variance = weighted
/// squared deviations / (sum(w) - 1) (0 for a total weight of 1), centralmoment = weighted k-th
/// deviations / sum(w); min and max skip rows of weight 0. A group without rows gives 0 (NaN
/// for centralmoment, 0/0), as in SystemDS. A target with several columns (not a row vector)
/// needs ngroups and no weights and gives ngroups x ncol(target).
/// </remarks>
public static class GroupedAggregate
{
    /// <summary>The fn names, in the order of <see cref="Function"/>.</summary>
    private static readonly string[] Names = ["sum", "count", "mean", "variance", "centralmoment", "min", "max"];

    private enum Function
    {
        Sum,
        Count,
        Mean,
        Variance,
        CentralMoment,
        Min,
        Max,
    }

    /// <summary>Computes the grouped aggregate; <paramref name="ngroups"/> and <paramref name="order"/> are null when not given.</summary>
    public static MatrixBlock Compute(MatrixBlock target, MatrixBlock groups, string fn, MatrixBlock? weights, long? ngroups, long? order)
    {
        var function = Parse(fn, order);
        var rowVector = target.Rows == 1 && target.Columns > 1;
        var (rows, columns) = rowVector ? (target.Columns, 1) : (target.Rows, target.Columns);
        var groupIds = VectorValues.Matching(groups, rows, "aggregate()", "groups");
        var w = weights is null ? null : VectorValues.Matching(weights, rows, "aggregate()", "weights");
        if (columns > 1 && (ngroups is null || w is not null))
        {
            throw new DmlRuntimeException(
                $"aggregate() of a {target.Rows} x {target.Columns} target needs ngroups and no weights (or a column vector target)");
        }
        var count = GroupCount(groupIds, ngroups);
        var values = target.DenseValues();
        var result = new double[(long)count * columns];
        var members = Members(groupIds, count);
        for (var g = 0; g < count; g++)
        {
            for (var j = 0; j < columns; j++)
            {
                result[(long)g * columns + j] = Aggregate(function, members[g], i => values[(long)i * columns + j], w, order ?? 0);
            }
        }
        return MatrixBlock.FromDense(count, columns, result).WithBestFormat();
    }

    private static Function Parse(string fn, long? order)
    {
        var index = Array.IndexOf(Names, fn.ToLowerInvariant());
        if (index < 0)
        {
            throw new DmlRuntimeException($"aggregate() fn must be one of {string.Join(", ", Names)}; got \"{fn}\"");
        }
        var function = (Function)index;
        if (function == Function.CentralMoment && order is not (2 or 3 or 4))
        {
            throw new DmlRuntimeException($"aggregate(fn=\"centralmoment\") needs order=2, 3 or 4{(order is { } k ? $", got {k}" : "")}");
        }
        return function;
    }

    /// <summary>The number of groups: ngroups when given, else the largest id; ids must be at least 1.</summary>
    private static int GroupCount(double[] groupIds, long? ngroups)
    {
        var largest = 0L;
        foreach (var id in groupIds)
        {
            var g = ScalarValue.ToLong(id);
            if (double.IsNaN(id) || g < 1)
            {
                throw new DmlRuntimeException(
                    $"aggregate() group ids must be at least 1, got {Formatting.ScalarFormat.ToString(ScalarValue.Of(id))}");
            }
            largest = Math.Max(largest, g);
        }
        var count = ngroups ?? largest;
        return count is >= 0 and <= int.MaxValue
            ? (int)count
            : throw new DmlRuntimeException($"aggregate() ngroups must be between 0 and {int.MaxValue}, got {count}");
    }

    /// <summary>The row indexes of each group, in row order (ids beyond the group count are dropped).</summary>
    private static List<int>[] Members(double[] groupIds, int count)
    {
        var members = new List<int>[count];
        for (var g = 0; g < count; g++)
        {
            members[g] = [];
        }
        for (var i = 0; i < groupIds.Length; i++)
        {
            var g = ScalarValue.ToLong(groupIds[i]);
            if (g <= count)
            {
                members[g - 1].Add(i);
            }
        }
        return members;
    }

    private static double Aggregate(Function function, List<int> rows, Func<int, double> value, double[]? weights, long order)
    {
        double Weight(int i) => weights?[i] ?? 1;
        switch (function)
        {
            case Function.Min or Function.Max:
                var present = rows.Where(i => Weight(i) != 0).ToList();
                return present.Count == 0 ? 0
                    : present.Select(value).Aggregate((a, b) => function == Function.Max ? Math.Max(a, b) : Math.Min(a, b));
            case Function.Sum:
                return Sum(rows, i => Weight(i) * value(i));
        }
        var total = Sum(rows, Weight);
        if (function == Function.Count)
        {
            return total;
        }
        if (rows.Count == 0)
        {
            return function == Function.CentralMoment ? double.NaN : 0;
        }
        var mean = Sum(rows, i => Weight(i) * value(i)) / total;
        if (function == Function.Mean)
        {
            return mean;
        }
        var power = function == Function.Variance ? 2 : order;
        var deviations = Sum(rows, i => Weight(i) * Power(value(i) - mean, power));
        return function == Function.CentralMoment ? deviations / total
            : total == 1 ? 0
            : deviations / (total - 1);
    }

    /// <summary>d^2, d^3 or d^4 by multiplication.</summary>
    private static double Power(double d, long k) => k switch
    {
        3 => d * d * d,
        4 => d * d * (d * d),
        _ => d * d,
    };

    private static double Sum(List<int> rows, Func<int, double> term)
    {
        var sum = new KahanSum();
        foreach (var i in rows)
        {
            sum.Add(term(i));
        }
        return sum.Value;
    }
}

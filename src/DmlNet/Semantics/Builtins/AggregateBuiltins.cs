using DmlNet.Diagnostics;
using static DmlNet.Semantics.Builtins.BuiltinRules;

namespace DmlNet.Semantics.Builtins;

/// <summary>Full, row, column, cumulative and grouped aggregates and statistics (reference §7.4).</summary>
/// <remarks>
/// For <c>moment(x[, w], k)</c>, <c>quantile(x[, w], p)</c> and <c>interQuantile(x[, w], p)</c> the
/// second positional argument is the weights only when a third is given; otherwise it is k or p.
/// </remarks>
internal static class AggregateBuiltins
{
    /// <summary>The fn values aggregate() accepts.</summary>
    private static readonly string[] GroupFunctions = ["sum", "count", "mean", "variance", "centralmoment", "min", "max"];

    /// <summary>Adds this category's entries.</summary>
    public static void Register(List<BuiltinFunction> entries)
    {
        entries.Add(new BuiltinFunction("sum", "x", FullAggregate(), "The sum of all cells."));
        entries.Add(new BuiltinFunction("prod", "x", FullAggregate(), "The product of all cells."));
        entries.Add(new BuiltinFunction("mean", "x, weights=?", One(call =>
        {
            RequireMatrix(call, "x");
            RequireMatrix(call, "weights");
            RequireSameShape(call, "x", "weights");
            return TypeInfo.Double;
        }), "The (optionally weighted) mean of all cells.") { Aliases = ["avg"] });
        entries.Add(new BuiltinFunction("var", "x", FullAggregate(), "The sample variance of all cells (divides by n-1)."));
        entries.Add(new BuiltinFunction("sd", "x", FullAggregate(), "The sample standard deviation of all cells (n-1)."));
        entries.Add(new BuiltinFunction("min", "x, ...more", One(MinMax),
            "The smallest cell of a matrix, or the cell-wise minimum of several matrices/scalars.") { Aliases = ["pmin"] });
        entries.Add(new BuiltinFunction("max", "x, ...more", One(MinMax),
            "The largest cell of a matrix, or the cell-wise maximum of several matrices/scalars.") { Aliases = ["pmax"] });
        foreach (var (name, what) in new[]
        {
            ("Sums", "sum"), ("Means", "mean"), ("Maxs", "maximum"), ("Mins", "minimum"),
            ("Vars", "sample variance"), ("Sds", "sample standard deviation"), ("Prods", "product"),
        })
        {
            entries.Add(new BuiltinFunction("row" + name, "x", RowAggregate(), $"The {what} of each row: rows x 1."));
            entries.Add(new BuiltinFunction("col" + name, "x", ColumnAggregate(), $"The {what} of each column: 1 x cols."));
        }
        entries.Add(new BuiltinFunction("rowIndexMax", "x", RowAggregate(),
            "The column index of each row's maximum (ties: last; NaN skipped): rows x 1."));
        entries.Add(new BuiltinFunction("rowIndexMin", "x", RowAggregate(),
            "The column index of each row's minimum (ties: last; NaN skipped): rows x 1."));
        entries.Add(new BuiltinFunction("cumsum", "x", SameShape(), "Column-wise prefix sums."));
        entries.Add(new BuiltinFunction("cumprod", "x", SameShape(), "Column-wise prefix products."));
        entries.Add(new BuiltinFunction("cummin", "x", SameShape(), "Column-wise prefix minimums."));
        entries.Add(new BuiltinFunction("cummax", "x", SameShape(), "Column-wise prefix maximums."));
        entries.Add(new BuiltinFunction("moment", "x, weights, order=?", One(Moment),
            "The k-th central moment (k = 2, 3, 4) of a vector, optionally weighted; divides by n.")
            { Aliases = ["centralMoment"] });
        entries.Add(new BuiltinFunction("cov", "x, y, weights=?", One(call =>
        {
            RequireMatrix(call, "x");
            RequireMatrix(call, "y");
            RequireMatrix(call, "weights");
            RequireSameShape(call, "x", "y");
            RequireSameShape(call, "x", "weights");
            return TypeInfo.Double;
        }), "The sample covariance (n-1) of two vectors, optionally weighted."));
        entries.Add(new BuiltinFunction("quantile", "x, weights, p=?", One(Quantile),
            "The p-quantile of a vector (scalar p), or a column of quantiles (vector p)."));
        entries.Add(new BuiltinFunction("median", "x, weights=?", One(call => WeightedScalar(call)),
            "The (optionally weighted) median of a vector; even n averages the middle two."));
        entries.Add(new BuiltinFunction("interQuartileMean", "x, weights=?", One(call => WeightedScalar(call)),
            "The (optionally weighted) mean of the values between the first and third quartiles."));
        entries.Add(new BuiltinFunction("interQuantile", "x, weights, p=?", One(InterQuantile),
            "The values between the p and 1-p quantiles of a vector, as a column vector."));
        entries.Add(new BuiltinFunction("table", "A, B, ...more", One(Table),
            "The contingency table of two vectors: table(A, B[, W][, dim1, dim2][, emptyBlocks]).") { Aliases = ["ctable"] });
        entries.Add(new BuiltinFunction("aggregate", "target, groups, fn, weights=?, ngroups=?, order=?", One(Aggregate),
            "A grouped aggregate (sum, count, mean, variance, centralmoment, min, max) per group id.")
            { Style = BuiltinCallStyle.NamedOnly, Aliases = ["groupedAggregate"] });
        entries.Add(new BuiltinFunction("trace", "x", One(call =>
        {
            RequireSquare(call, "x");
            return TypeInfo.Double;
        }), "The sum of the diagonal of a square matrix.") { Aliases = ["tr"] });
        entries.Add(new BuiltinFunction("contains", "target, pattern", One(call =>
        {
            RequireMatrix(call, "target");
            RequireOneOf(call, "pattern", DataType.Scalar, DataType.Matrix);
            return TypeInfo.Boolean;
        }), "TRUE when the matrix contains the scalar (or row vector) pattern."));
        entries.Add(new BuiltinFunction("countDistinct", "data, dir=\"rc\"", One(CountDistinct),
            "The number of distinct values overall (int), per row or per column."));
        entries.Add(new BuiltinFunction("countDistinctApprox", "data, type=\"KMV\", dir=\"rc\"", One(CountDistinct),
            "An estimate of the number of distinct values overall (int), per row or per column."));
        entries.Add(new BuiltinFunction("rowCountDistinct", "x", RowAggregate(), "The number of distinct values of each row: rows x 1."));
        entries.Add(new BuiltinFunction("colCountDistinct", "x", ColumnAggregate(), "The number of distinct values of each column: 1 x cols."));
    }

    /// <summary>min/max: a full aggregate of one matrix, or a cell-wise n-ary operation.</summary>
    private static TypeInfo MinMax(BuiltinCall call)
    {
        if (call.Rest.Count == 0)
        {
            return RequireMatrix(call, "x") ? TypeInfo.Double : TypeInfo.Unknown;
        }
        var operands = call.Rest.Select(r => r.Type).Prepend(call.TypeOrUnknown("x")).ToList();
        var scalar = operands.All(o => o.ValueType == ValueType.Int) ? ValueType.Int
            : operands.Any(o => o.IsScalar && o.ValueType == ValueType.Unknown) ? ValueType.Unknown
            : ValueType.Double;
        var result = CellwiseOf(call, operands, scalar);
        if (!result.IsScalar || operands.Any(o => o.Constant is not (long or double)))
        {
            return result;
        }
        var max = call.Function.Name == "max";
        if (scalar == ValueType.Int)
        {
            var values = operands.Select(o => (long)o.Constant!).ToList();
            return TypeInfo.Of(max ? values.Max() : values.Min());
        }
        var doubles = operands.Select(o => o.ConstantDouble!.Value).ToList();
        return TypeInfo.Of(doubles.Aggregate((a, b) => max ? Math.Max(a, b) : Math.Min(a, b)));
    }

    /// <summary>The weights argument and the scalar argument of <c>f(x, k)</c> / <c>f(x, w, k)</c>.</summary>
    private static (string? Weights, string Scalar) SplitWeights(BuiltinCall call, string third) =>
        call.Has(third) ? ("weights", third) : (null, "weights");

    /// <summary>Checks that weights, when given, are a matrix shaped like x.</summary>
    private static void CheckWeights(BuiltinCall call, string? weights)
    {
        if (weights is not null && RequireMatrix(call, weights))
        {
            RequireSameShape(call, "x", weights);
        }
    }

    private static TypeInfo Moment(BuiltinCall call)
    {
        RequireMatrix(call, "x");
        var (weights, order) = SplitWeights(call, "order");
        CheckWeights(call, weights);
        var value = call.Type(order)?.ConstantDouble;
        if (RequireScalar(call, order) && value is not null and not (2.0 or 3.0 or 4.0))
        {
            call.Error(DiagnosticCode.InvalidArgumentValue,
                $"{call.Name}() order must be 2, 3 or 4, got {value}", order);
        }
        return TypeInfo.Double;
    }

    private static TypeInfo Quantile(BuiltinCall call)
    {
        RequireMatrix(call, "x");
        var x = call.TypeOrUnknown("x");
        if (x.IsMatrix && x.HasKnownShape && x.Rows != 1 && x.Columns != 1)
        {
            call.Error(DiagnosticCode.ShapeRequirement, $"quantile() needs a vector, got {x.Rows} x {x.Columns}", "x");
        }
        var (weights, p) = SplitWeights(call, "p");
        CheckWeights(call, weights);
        var probabilities = call.TypeOrUnknown(p);
        CheckProbability(call, p);
        return probabilities.DataType switch
        {
            DataType.Scalar => TypeInfo.Double,
            DataType.Matrix => TypeInfo.Matrix(probabilities.Rows, probabilities.Columns),
            DataType.Unknown => TypeInfo.Unknown,
            _ => Fail(call, p, "a scalar or a matrix of probabilities"),
        };
    }

    private static TypeInfo InterQuantile(BuiltinCall call)
    {
        RequireMatrix(call, "x");
        var (weights, p) = SplitWeights(call, "p");
        CheckWeights(call, weights);
        if (RequireScalar(call, p))
        {
            CheckProbability(call, p);
        }
        return TypeInfo.Matrix(-1, 1);
    }

    /// <summary>Reports a constant probability outside [0, 1].</summary>
    private static void CheckProbability(BuiltinCall call, string p)
    {
        if (call.Type(p)?.ConstantDouble is { } value && value is < 0 or > 1)
        {
            call.Error(DiagnosticCode.InvalidArgumentValue, $"{call.Name}() p must be in [0, 1], got {value}", p);
        }
    }

    /// <summary>A double statistic of a vector x with optional same-shape weights.</summary>
    private static TypeInfo WeightedScalar(BuiltinCall call)
    {
        RequireMatrix(call, "x");
        CheckWeights(call, call.Has("weights") ? "weights" : null);
        return TypeInfo.Double;
    }

    /// <summary>table(A, B[, W][, dim1, dim2][, emptyBlocks]): the trailing arguments are read by count.</summary>
    private static TypeInfo Table(BuiltinCall call)
    {
        RequireMatrix(call, "A");
        RequireOneOf(call, "B", DataType.Matrix, DataType.Scalar);
        RequireSameShape(call, "A", "B");
        var rest = call.Rest.Select(r => r.Type).ToList();
        if (rest.Count > 4)
        {
            call.Error(DiagnosticCode.WrongArgumentCount, $"table() takes 2 to 6 arguments, got {rest.Count + 2}");
            return TypeInfo.AnyMatrix;
        }
        var a = call.TypeOrUnknown("A");
        if (rest.Count is 1 or 3 or 4)
        {
            var weights = rest[0];
            RequireOneOf(call, weights, 3, DataType.Matrix, DataType.Scalar);
            if (weights.IsMatrix && a.IsMatrix && a.HasKnownShape && weights.HasKnownShape
                && (a.Rows != weights.Rows || a.Columns != weights.Columns))
            {
                call.Error(DiagnosticCode.ShapeRequirement,
                    $"table() weights must have the shape of A: {a.Rows} x {a.Columns} vs {weights.Rows} x {weights.Columns}");
            }
        }
        if (rest.Count < 2)
        {
            return TypeInfo.AnyMatrix;
        }
        var first = rest.Count == 2 ? 0 : 1;
        for (var i = first; i < first + 2; i++)
        {
            RequireOneOf(call, rest[i], i + 3, DataType.Scalar);
        }
        if (rest.Count == 4 && rest[3].DataType != DataType.Unknown && !(rest[3].IsScalar && rest[3].ValueType is ValueType.Boolean or ValueType.Unknown))
        {
            call.Error(DiagnosticCode.TypeMismatch, $"argument 6 of table() (emptyBlocks) must be a boolean, got a {rest[3].Describe()}");
        }
        return TypeInfo.Matrix(TableDimension(call, rest[first], first + 3), TableDimension(call, rest[first + 1], first + 4));
    }

    /// <summary>A constant output dimension of table(), -1 when unknown; reports negative values.</summary>
    private static long TableDimension(BuiltinCall call, TypeInfo type, int position)
    {
        var value = type.ConstantLong;
        if (value is < 0)
        {
            call.Error(DiagnosticCode.InvalidArgumentValue, $"argument {position} of table() (an output dimension) must not be negative, got {value}");
            return -1;
        }
        return value ?? -1;
    }

    /// <summary>aggregate: checks fn/order and the target/groups shapes SystemDS accepts; ngroups x 1 (or x ncol(target)).</summary>
    private static TypeInfo Aggregate(BuiltinCall call)
    {
        RequireMatrix(call, "target");
        RequireMatrix(call, "groups");
        RequireMatrix(call, "weights");
        RequireString(call, "fn");
        RequireScalar(call, "ngroups");
        var fn = call.ConstantString("fn");
        if (fn is not null && !GroupFunctions.Contains(fn))
        {
            call.Error(DiagnosticCode.InvalidArgumentValue,
                $"aggregate() fn must be one of {string.Join(", ", GroupFunctions)}; got \"{fn}\"", "fn");
        }
        if (fn == "centralmoment" && (!call.Has("order") || call.ConstantLong("order") is { } k && k is not (2 or 3 or 4)))
        {
            call.Error(DiagnosticCode.InvalidArgumentValue, "aggregate(fn=\"centralmoment\") needs order=2, 3 or 4", call.Has("order") ? "order" : "fn");
        }
        var target = call.TypeOrUnknown("target");
        var groups = call.TypeOrUnknown("groups");
        var wide = false;
        if (target.IsMatrix && groups.IsMatrix && target.HasKnownShape && groups.HasKnownShape)
        {
            wide = groups.Columns == 1 && target.Columns > 1;
            var message = wide && call.Has("weights") ? "a multi-column target cannot be weighted"
                : wide && !call.Has("ngroups") ? "a multi-column target needs ngroups"
                : groups.Columns == 1 && groups.Rows == target.Rows ? null
                : groups.Rows == 1 && target.Rows == 1 && groups.Columns == target.Columns ? null
                : $"groups ({groups.Rows} x {groups.Columns}) does not match target ({target.Rows} x {target.Columns})";
            if (message is not null)
            {
                call.Error(DiagnosticCode.ShapeRequirement, $"aggregate(): {message}", "groups");
            }
        }
        if (!call.Has("ngroups"))
        {
            return TypeInfo.Matrix(-1, 1);
        }
        var columns = target.Columns > 1 && groups.Columns == 1 ? target.Columns
            : target.Columns == 1 || groups.Columns > 1 ? 1
            : -1;
        return TypeInfo.Matrix(Dimension(call, "ngroups"), columns);
    }

    /// <summary>countDistinct(Approx): an int overall ("rc"), rows x 1 ("r") or 1 x cols ("c").</summary>
    private static TypeInfo CountDistinct(BuiltinCall call)
    {
        RequireMatrix(call, "data");
        RequireString(call, "dir");
        RequireString(call, "type");
        var type = call.ConstantString("type");
        if (type is not null && !type.Equals("KMV", StringComparison.OrdinalIgnoreCase))
        {
            call.Error(DiagnosticCode.InvalidArgumentValue, $"{call.Name}() type must be \"KMV\", got \"{type}\"", "type");
        }
        var data = call.TypeOrUnknown("data");
        var dir = call.Has("dir") ? call.ConstantString("dir")?.ToLowerInvariant() : "rc";
        switch (dir)
        {
            case "r":
                return TypeInfo.Matrix(data.Rows, 1);
            case "c":
                return TypeInfo.Matrix(1, data.Columns);
            case "rc":
                return TypeInfo.Int;
            case not null:
                call.Error(DiagnosticCode.InvalidArgumentValue,
                    $"{call.Name}() dir must be \"r\", \"c\" or \"rc\", got \"{call.ConstantString("dir")}\"", "dir");
                break;
        }
        return TypeInfo.Unknown;
    }
}

using DmlNet.Plan;
using DmlNet.Runtime.Data;
using DmlNet.Runtime.Kernels;
using DmlNet.Runtime.Operations;

namespace DmlNet.Runtime.Builtins;

/// <summary>Full, row, column and cumulative aggregates, trace, n-ary min/max and pmin/pmax.</summary>
internal static class AggregateImplementations
{
    /// <summary>Adds this category's implementations.</summary>
    public static void Register(Dictionary<string, Operation> map)
    {
        Full(map, "sum", AggregateOp.Sum);
        Full(map, "prod", AggregateOp.Product);
        Full(map, "var", AggregateOp.Variance);
        Full(map, "sd", AggregateOp.StdDev);
        map["mean"] = args => [ScalarValue.Of(args.Get("weights") is null
            ? AggregateKernels.Full(AggregateOp.Mean, args.Matrix("x"))
            : MomentKernels.WeightedMean(args.Matrix("x"), args.Matrix("weights")))];
        map["trace"] = args => [ScalarValue.Of(AggregateKernels.Trace(args.Matrix("x")))];
        foreach (var (name, op) in new[]
        {
            ("cumsum", CumulativeOp.Sum), ("cumprod", CumulativeOp.Product), ("cummin", CumulativeOp.Min), ("cummax", CumulativeOp.Max),
        })
        {
            map[name] = args => [new MatrixValue(CumulativeKernels.Prefix(op, args.Matrix("x")))];
        }
        map["cumsumprod"] = args => [new MatrixValue(CumulativeKernels.SumProduct(args.Matrix("x")))];
        foreach (var (name, op) in new[]
        {
            ("Sums", AggregateOp.Sum), ("Means", AggregateOp.Mean), ("Maxs", AggregateOp.Max), ("Mins", AggregateOp.Min),
            ("Vars", AggregateOp.Variance), ("Sds", AggregateOp.StdDev), ("Prods", AggregateOp.Product),
        })
        {
            map["row" + name] = args => [new MatrixValue(AggregateKernels.Rows(op, args.Matrix("x")))];
            map["col" + name] = args => [new MatrixValue(AggregateKernels.Columns(op, args.Matrix("x")))];
        }
        map["rowIndexMax"] = args => [new MatrixValue(AggregateKernels.Rows(AggregateOp.IndexOfMax, args.Matrix("x")))];
        map["rowIndexMin"] = args => [new MatrixValue(AggregateKernels.Rows(AggregateOp.IndexOfMin, args.Matrix("x")))];
        map["min"] = args => [Extreme(args, BinaryOp.Min, AggregateOp.Min)];
        map["max"] = args => [Extreme(args, BinaryOp.Max, AggregateOp.Max)];
        map["pmin"] = args => [Fold(args.Values.Select(v => v!), BinaryOp.Min)];
        map["pmax"] = args => [Fold(args.Values.Select(v => v!), BinaryOp.Max)];
    }

    private static void Full(Dictionary<string, Operation> map, string name, AggregateOp op) =>
        map[name] = args => [ScalarValue.Of(AggregateKernels.Full(op, args.Matrix("x")))];

    /// <summary>min/max: of one matrix a scalar; of several values cell-wise (ints stay ints).</summary>
    private static DmlValue Extreme(OperationArguments args, BinaryOp cellwise, AggregateOp aggregate)
    {
        var values = args.Values.Select(v => v!).ToList();
        return values.Count == 1
            ? values[0] is MatrixValue m
                ? ScalarValue.Of(AggregateKernels.Full(aggregate, m.Block))
                : values[0]
            : Fold(values, cellwise);
    }

    private static DmlValue Fold(IEnumerable<DmlValue> values, BinaryOp op) =>
        values.Aggregate((a, b) => OperatorOperations.Apply(op, a, b));
}

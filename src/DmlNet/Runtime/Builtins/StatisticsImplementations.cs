using DmlNet.Plan;
using DmlNet.Runtime.Data;
using DmlNet.Runtime.Kernels;

namespace DmlNet.Runtime.Builtins;

/// <summary>moment, cov, quantile, median, interQuartileMean, interQuantile and the grouped aggregate.</summary>
/// <remarks>
/// For <c>moment(x[, w], k)</c>, <c>quantile(x[, w], p)</c> and <c>interQuantile(x[, w], p)</c> the
/// catalog binds the second positional argument to "weights"; it holds k or p unless a third is given.
/// </remarks>
internal static class StatisticsImplementations
{
    /// <summary>Adds this category's implementations.</summary>
    public static void Register(Dictionary<string, Operation> map)
    {
        map["moment"] = args =>
        {
            var (weights, order) = Split(args, "order");
            return [ScalarValue.Of(MomentKernels.CentralMoment(args.Matrix("x"), weights, Order(order)))];
        };
        map["cov"] = args => [ScalarValue.Of(MomentKernels.Covariance(args.Matrix("x"), args.Matrix("y"), Optional(args, "weights")))];
        map["quantile"] = Quantile;
        map["median"] = args => [ScalarValue.Of(OrderStatistics.Median(args.Matrix("x"), Optional(args, "weights")))];
        map["interQuartileMean"] = args =>
            [ScalarValue.Of(OrderStatistics.InterQuartileMean(args.Matrix("x"), Optional(args, "weights")))];
        map["interQuantile"] = args =>
        {
            var (weights, p) = Split(args, "p");
            return [new MatrixValue(OrderStatistics.InterQuantile(args.Matrix("x"), weights, Probability(p, "interQuantile()")))];
        };
        map["aggregate"] = args => [new MatrixValue(GroupedAggregate.Compute(
            args.Matrix("target"), args.Matrix("groups"), args.String("fn", "sum"), Optional(args, "weights"),
            args.Get("ngroups") is null ? null : args.Long("ngroups", 0),
            args.Get("order") is null ? null : Order(args.Get("order")!)))];
    }

    private static DmlValue[] Quantile(OperationArguments args)
    {
        var (weights, p) = Split(args, "p");
        var x = args.Matrix("x");
        return p is MatrixValue probabilities
            ? [new MatrixValue(OrderStatistics.Quantiles(x, weights, probabilities.Block))]
            : [ScalarValue.Of(OrderStatistics.Quantile(x, weights, Probability(p, "quantile()")))];
    }

    /// <summary>The weights (when the third argument is given) and the value of the scalar argument.</summary>
    private static (MatrixBlock? Weights, DmlValue Scalar) Split(OperationArguments args, string third) =>
        args.Get(third) is { } value
            ? (args.Matrix("weights"), value)
            : (null, args.Get("weights") ?? throw new DmlRuntimeException($"missing argument '{third}'"));

    private static MatrixBlock? Optional(OperationArguments args, string name) => args.Get(name) is null ? null : args.Matrix(name);

    /// <summary>A moment order: an integral scalar (2, 3 or 4 is checked by the kernels).</summary>
    private static long Order(DmlValue value)
    {
        var order = Number(value, "order");
        return Math.Floor(order) == order && Math.Abs(order) < 1e9
            ? (long)order
            : throw new DmlRuntimeException($"the moment order must be 2, 3 or 4, got {Formatting.ScalarFormat.ToString(ScalarValue.Of(order))}");
    }

    private static double Probability(DmlValue value, string function) => Number(value, $"{function} p");

    private static double Number(DmlValue value, string what) => value is ScalarValue s
        ? Operations.OperatorOperations.Number(s)
        : throw new DmlRuntimeException($"{what} must be a scalar, got a {Operations.OperatorOperations.Kind(value)}");
}

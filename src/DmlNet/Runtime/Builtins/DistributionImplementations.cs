using DmlNet.Plan;
using DmlNet.Runtime.Data;
using DmlNet.Runtime.Kernels;

namespace DmlNet.Runtime.Builtins;

/// <summary>cdf, icdf and their shorthands pnorm pexp pchisq pt pf / qnorm qexp qchisq qt qf.</summary>
internal static class DistributionImplementations
{
    /// <summary>The distribution each shorthand suffix stands for.</summary>
    private static readonly (string Suffix, string Dist)[] Shorthands =
        [("norm", "normal"), ("exp", "exp"), ("chisq", "chisq"), ("t", "t"), ("f", "f")];

    /// <summary>Adds this category's implementations.</summary>
    public static void Register(Dictionary<string, Operation> map)
    {
        map["cdf"] = args => [Cdf(args, args.String("dist", ""), "cdf()")];
        map["icdf"] = args => [Icdf(args, args.String("dist", ""), "icdf()")];
        foreach (var (suffix, dist) in Shorthands)
        {
            map["p" + suffix] = args => [Cdf(args, dist, $"p{suffix}()")];
            map["q" + suffix] = args => [Icdf(args, dist, $"q{suffix}()")];
        }
    }

    private static ScalarValue Cdf(OperationArguments args, string dist, string function) =>
        ScalarValue.Of(Distribution(args, dist, function).Cdf(Target(args, function), args.Boolean("lower.tail", true)));

    private static ScalarValue Icdf(OperationArguments args, string dist, string function) =>
        ScalarValue.Of(Distribution(args, dist, function).InverseCdf(Target(args, function), function));

    private static ProbabilityDistribution Distribution(OperationArguments args, string dist, string function) =>
        ProbabilityDistribution.Create(dist, name => args.Get(name) is null ? null : Number(args, name, function), function);

    private static double Target(OperationArguments args, string function) => Number(args, "target", function);

    /// <summary>A numeric scalar argument (strings and matrices are errors).</summary>
    private static double Number(OperationArguments args, string name, string function) => args.Get(name) switch
    {
        ScalarValue { ValueType: Semantics.ValueType.String } s => throw new DmlRuntimeException($"{function} {name} must be a number, got \"{s.Text}\""),
        ScalarValue s => s.AsDouble(),
        null => throw new DmlRuntimeException($"{function} needs {name}="),
        var other => throw new DmlRuntimeException($"{function} {name} must be a scalar, got a {Operations.OperatorOperations.Kind(other)}"),
    };
}

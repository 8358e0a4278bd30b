using DmlNet.Diagnostics;
using static DmlNet.Semantics.Builtins.BuiltinRules;

namespace DmlNet.Semantics.Builtins;

/// <summary>cdf, icdf and their per-distribution shorthands (reference §7.7); all give a double scalar.</summary>
internal static class DistributionBuiltins
{
    private const string Parameters = "mean=0.0, sd=1.0, rate=1.0, df=?, df1=?, df2=?";

    /// <summary>Adds this category's entries.</summary>
    public static void Register(List<BuiltinFunction> entries)
    {
        entries.Add(new BuiltinFunction("cdf", $"target, dist, {Parameters}, lower.tail=TRUE", One(call => Distribution(call, null, inverse: false)),
            "P[X <= target] (or P[X > target]) for dist \"normal\", \"exp\", \"chisq\", \"t\" or \"f\".")
            { Style = BuiltinCallStyle.NamedOnly });
        entries.Add(new BuiltinFunction("icdf", $"target, dist, {Parameters}", One(call => Distribution(call, null, inverse: true)),
            "The x with P[X <= x] = target for dist \"normal\", \"exp\", \"chisq\", \"t\" or \"f\".")
            { Style = BuiltinCallStyle.NamedOnly });
        Shorthand(entries, "normal", "norm", "mean=0.0, sd=1.0", "the normal distribution N(mean, sd^2)");
        Shorthand(entries, "exp", "exp", "rate=1.0", "the exponential distribution with the given rate");
        Shorthand(entries, "chisq", "chisq", "df", "the chi-squared distribution with df degrees of freedom");
        Shorthand(entries, "t", "t", "df", "Student's t distribution with df degrees of freedom");
        Shorthand(entries, "f", "f", "df1, df2", "the F distribution with df1 and df2 degrees of freedom");
    }

    /// <summary>Registers p<paramref name="suffix"/> (cdf) and q<paramref name="suffix"/> (inverse cdf).</summary>
    private static void Shorthand(List<BuiltinFunction> entries, string dist, string suffix, string parameters, string what)
    {
        entries.Add(new BuiltinFunction("p" + suffix, $"target, {parameters}, lower.tail=TRUE",
            One(call => Distribution(call, dist, inverse: false)), $"P[X <= target] (or P[X > target]) for {what}."));
        entries.Add(new BuiltinFunction("q" + suffix, $"target, {parameters}",
            One(call => Distribution(call, dist, inverse: true)), $"The x with P[X <= x] = target for {what}."));
    }

    /// <summary>Checks target, dist and the distribution's parameters; <paramref name="fixedDist"/> is set for the shorthands.</summary>
    private static TypeInfo Distribution(BuiltinCall call, string? fixedDist, bool inverse)
    {
        RequireScalar(call, "target");
        RequireScalar(call, "lower.tail");
        var dist = fixedDist;
        if (fixedDist is null && RequireString(call, "dist"))
        {
            dist = call.ConstantString("dist");
            if (dist is not null and not ("normal" or "exp" or "chisq" or "t" or "f"))
            {
                call.Error(DiagnosticCode.InvalidArgumentValue,
                    $"{call.Name}() dist must be \"normal\", \"exp\", \"chisq\", \"t\" or \"f\", got \"{dist}\"", "dist");
                dist = null;
            }
        }
        string[] needed = dist switch
        {
            "chisq" or "t" => ["df"],
            "f" => ["df1", "df2"],
            _ => [],
        };
        foreach (var missing in needed.Where(n => !call.Has(n)))
        {
            call.Error(DiagnosticCode.MissingArgument, $"{call.Name}() with dist \"{dist}\" needs {missing}=");
        }
        foreach (var positive in new[] { "sd", "rate", "df", "df1", "df2" })
        {
            if (RequireScalar(call, positive) && call.Type(positive)?.ConstantDouble is <= 0 and var value)
            {
                call.Error(DiagnosticCode.InvalidArgumentValue, $"{call.Name}() {positive} must be positive, got {value}", positive);
            }
        }
        RequireScalar(call, "mean");
        if (inverse && call.Type("target")?.ConstantDouble is { } p && p is < 0 or > 1)
        {
            call.Error(DiagnosticCode.InvalidArgumentValue, $"{call.Name}() target must be a probability in [0, 1], got {p}", "target");
        }
        return TypeInfo.Double;
    }
}

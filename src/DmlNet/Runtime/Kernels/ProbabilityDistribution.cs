using MathNet.Numerics;

namespace DmlNet.Runtime.Kernels;

/// <summary>
/// The continuous distributions of cdf/icdf (reference §7.7): normal(mean, sd), exp(rate), chisq(df),
/// t(df) and f(df1, df2), built on MathNet.Numerics' special functions. Both tails are computed
/// directly (erfc, the upper incomplete gamma, the complementary incomplete beta), so
/// <c>lower.tail=FALSE</c> keeps full relative accuracy far in the tail instead of 1 - P.
/// </summary>
public sealed class ProbabilityDistribution
{
    private readonly Func<double, double> lower;
    private readonly Func<double, double> upper;
    private readonly Func<double, double> inverse;

    private ProbabilityDistribution(Func<double, double> lower, Func<double, double> upper, Func<double, double> inverse)
    {
        this.lower = lower;
        this.upper = upper;
        this.inverse = inverse;
    }

    /// <summary>The distribution named <paramref name="dist"/>; <paramref name="parameter"/> reads a parameter (null when not given).</summary>
    /// <param name="dist">"normal", "exp", "chisq", "t" or "f".</param>
    /// <param name="parameter">The value of a named parameter, or null.</param>
    /// <param name="function">The builtin's name, for messages.</param>
    public static ProbabilityDistribution Create(string dist, Func<string, double?> parameter, string function)
    {
        double Positive(string name, double? fallback)
        {
            var value = parameter(name) ?? fallback
                ?? throw new DmlRuntimeException($"{function} with dist \"{dist}\" needs the parameter {name}");
            return value > 0 && double.IsFinite(value)
                ? value
                : throw new DmlRuntimeException($"{function} needs a positive {name}, got {Text(value)}");
        }
        switch (dist)
        {
            case "normal":
                var mean = parameter("mean") ?? 0;
                if (!double.IsFinite(mean))
                {
                    throw new DmlRuntimeException($"{function} needs a finite mean, got {Text(mean)}");
                }
                return Normal(mean, Positive("sd", 1));
            case "exp":
                return Exponential(Positive("rate", 1));
            case "chisq":
                return ChiSquared(Positive("df", null));
            case "t":
                return StudentT(Positive("df", null));
            case "f":
                return FisherF(Positive("df1", null), Positive("df2", null));
            default:
                throw new DmlRuntimeException($"{function} dist must be \"normal\", \"exp\", \"chisq\", \"t\" or \"f\", got \"{dist}\"");
        }
    }

    /// <summary>P[X &lt;= x] (or P[X &gt; x] when <paramref name="lowerTail"/> is false); NaN for NaN.</summary>
    public double Cdf(double x, bool lowerTail) => double.IsNaN(x) ? double.NaN : lowerTail ? lower(x) : upper(x);

    /// <summary>The x with P[X &lt;= x] = p, for p in [0, 1] (NaN for NaN); the support's ends for 0 and 1.</summary>
    public double InverseCdf(double p, string function)
    {
        if (double.IsNaN(p))
        {
            return double.NaN;
        }
        if (p is < 0 or > 1)
        {
            throw new DmlRuntimeException($"{function} needs a probability in [0, 1], got {Text(p)}");
        }
        return inverse(p);
    }

    private static ProbabilityDistribution Normal(double mean, double sd) => new(
        x => 0.5 * SpecialFunctions.Erfc((mean - x) / (sd * Math.Sqrt(2))),
        x => 0.5 * SpecialFunctions.Erfc((x - mean) / (sd * Math.Sqrt(2))),
        p => mean - sd * Math.Sqrt(2) * SpecialFunctions.ErfcInv(2 * p));

    private static ProbabilityDistribution Exponential(double rate) => new(
        x => x <= 0 ? 0 : -ExpMinusOne(-rate * x),
        x => x <= 0 ? 1 : Math.Exp(-rate * x),
        p => -LogOnePlus(-p) / rate);

    private static ProbabilityDistribution ChiSquared(double df)
    {
        double Lower(double x) => x <= 0 ? 0 : double.IsPositiveInfinity(x) ? 1 : SpecialFunctions.GammaLowerRegularized(df / 2, x / 2);
        double Upper(double x) => x <= 0 ? 1 : double.IsPositiveInfinity(x) ? 0 : SpecialFunctions.GammaUpperRegularized(df / 2, x / 2);
        return new(Lower, Upper, p => Invert(Lower, Upper, p));
    }

    private static ProbabilityDistribution StudentT(double df)
    {
        // P[T > |x|] = I_{df / (df + x^2)}(df / 2, 1 / 2) / 2
        double Tail(double x) => double.IsInfinity(x) ? 0 : 0.5 * SpecialFunctions.BetaRegularized(df / 2, 0.5, df / (df + x * x));
        double Lower(double x) => x < 0 ? Tail(x) : 1 - Tail(x);
        double Inverse(double p)
        {
            var tail = p < 0.5 ? p : 1 - p;
            var x = tail == 0.5 ? 0 : tail == 0 ? double.PositiveInfinity : Solve(v => Tail(v) > tail, 0);
            return p < 0.5 ? -x : x;
        }
        return new(Lower, x => Lower(-x), Inverse);
    }

    private static ProbabilityDistribution FisherF(double df1, double df2)
    {
        double Lower(double x) => x <= 0 ? 0 : double.IsPositiveInfinity(x) ? 1
            : SpecialFunctions.BetaRegularized(df1 / 2, df2 / 2, df1 * x / (df1 * x + df2));
        double Upper(double x) => x <= 0 ? 1 : double.IsPositiveInfinity(x) ? 0
            : SpecialFunctions.BetaRegularized(df2 / 2, df1 / 2, df2 / (df1 * x + df2));
        return new(Lower, Upper, p => Invert(Lower, Upper, p));
    }

    /// <summary>The inverse of a distribution on [0, Infinity) by its lower tail for p &lt;= 1/2, else its upper tail (1 - p is exact there).</summary>
    private static double Invert(Func<double, double> lowerTail, Func<double, double> upperTail, double p)
    {
        if (p == 0)
        {
            return 0;
        }
        if (p == 1)
        {
            return double.PositiveInfinity;
        }
        var q = 1 - p;
        return p <= 0.5 ? Solve(x => lowerTail(x) < p, 0) : Solve(x => upperTail(x) > q, 0);
    }

    /// <summary>
    /// The boundary of a monotone predicate on [<paramref name="start"/>, Infinity): <paramref name="below"/>
    /// is true left of the solution. Brackets by doubling, then bisects to adjacent doubles.
    /// </summary>
    private static double Solve(Func<double, bool> below, double start)
    {
        var (low, high) = (start, start + 1);
        while (below(high))
        {
            low = high;
            high = 2 * high;
            if (double.IsInfinity(high))
            {
                return double.PositiveInfinity;
            }
        }
        while (true)
        {
            var middle = low + (high - low) / 2;
            if (middle <= low || middle >= high)
            {
                return high;
            }
            if (below(middle))
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }
    }

    /// <summary>log(1 + x), accurate for small x (Kahan's method; .NET's LogP1 is log(1 + x) as written).</summary>
    private static double LogOnePlus(double x)
    {
        var u = 1 + x;
        return u == 1 ? x : double.IsInfinity(u) ? u : Math.Log(u) * x / (u - 1);
    }

    /// <summary>exp(x) - 1, accurate for small x (Kahan's method).</summary>
    private static double ExpMinusOne(double x)
    {
        var u = Math.Exp(x);
        return u == 1 ? x : u - 1 == -1 ? -1 : double.IsInfinity(u) ? u : (u - 1) * x / Math.Log(u);
    }

    private static string Text(double value) => Formatting.ScalarFormat.ToString(Data.ScalarValue.Of(value));
}

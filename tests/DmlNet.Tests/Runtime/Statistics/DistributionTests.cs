using DmlNet.Runtime;
using DmlNet.Runtime.Kernels;

namespace DmlNet.Tests.Runtime.Statistics;

/// <summary>cdf and icdf against closed forms (exp, chi-squared with 2 or 4 df, t with 1 or 2 df, F with df1 = 2) and table values.</summary>
public class DistributionTests
{
    private static ProbabilityDistribution Create(string dist, params (string Name, double Value)[] parameters) =>
        ProbabilityDistribution.Create(dist, name => parameters.Where(p => p.Name == name).Select(p => (double?)p.Value).FirstOrDefault(), "cdf()");

    private static void AssertRelative(double expected, double actual, double tolerance = 1e-12) =>
        Assert.True(Math.Abs(expected - actual) <= tolerance * Math.Abs(expected), $"expected {expected:R}, got {actual:R}");

    [Fact]
    public void NormalMatchesTableValuesInBothTails()
    {
        var standard = Create("normal");
        Assert.Equal(0.5, standard.Cdf(0, true));
        AssertRelative(0.8413447460685429, standard.Cdf(1, true));
        AssertRelative(0.9750021048517795, standard.Cdf(1.96, true));
        AssertRelative(7.619853024160527e-24, standard.Cdf(10, false), 1e-10);
        AssertRelative(1.959963984540054, standard.InverseCdf(0.975, "icdf()"));
        AssertRelative(0.8413447460685429, Create("normal", ("mean", 3), ("sd", 2)).Cdf(5, true));
        AssertRelative(3 + 2 * 1.959963984540054, Create("normal", ("mean", 3), ("sd", 2)).InverseCdf(0.975, "icdf()"));
        Assert.Equal(double.NegativeInfinity, standard.InverseCdf(0, "icdf()"));
        Assert.Equal(double.PositiveInfinity, standard.InverseCdf(1, "icdf()"));
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(1.0)]
    [InlineData(2.5)]
    [InlineData(7.0)]
    public void ClosedFormsOfTheOtherDistributions(double x)
    {
        AssertRelative(1 - Math.Exp(-0.5 * x), Create("exp", ("rate", 0.5)).Cdf(x, true));
        AssertRelative(Math.Exp(-0.5 * x), Create("exp", ("rate", 0.5)).Cdf(x, false));
        AssertRelative(1 - Math.Exp(-x / 2), Create("chisq", ("df", 2)).Cdf(x, true));
        AssertRelative(Math.Exp(-x / 2) * (1 + x / 2), Create("chisq", ("df", 4)).Cdf(x, false));
        AssertRelative(0.5 + Math.Atan(x) / Math.PI, Create("t", ("df", 1)).Cdf(x, true));
        AssertRelative(0.5 - Math.Atan(x) / Math.PI, Create("t", ("df", 1)).Cdf(-x, true));
        AssertRelative(0.5 - x / (2 * Math.Sqrt(2 + x * x)), Create("t", ("df", 2)).Cdf(x, false));
        AssertRelative(1 - Math.Pow(6 / (6 + 2 * x), 3), Create("f", ("df1", 2), ("df2", 6)).Cdf(x, true));
        AssertRelative(Math.Pow(6 / (6 + 2 * x), 3), Create("f", ("df1", 2), ("df2", 6)).Cdf(x, false));
    }

    [Theory]
    [InlineData(1e-12)]
    [InlineData(0.01)]
    [InlineData(0.3)]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(0.999999)]
    public void InversesMatchClosedForms(double p)
    {
        // -log(1 - p), by its series where 1 - p would lose digits
        var minusLog = p < 1e-6 ? p + p * p / 2 + p * p * p / 3 : -Math.Log(1 - p);
        AssertRelative(minusLog / 2, Create("exp", ("rate", 2)).InverseCdf(p, "qexp()"), 1e-10);
        AssertRelative(2 * minusLog, Create("chisq", ("df", 2)).InverseCdf(p, "qchisq()"), 1e-10);
        if (p != 0.5)
        {
            AssertRelative(-1 / Math.Tan(Math.PI * p), Create("t", ("df", 1)).InverseCdf(p, "qt()"), 1e-9);
            AssertRelative((2 * p - 1) / Math.Sqrt(2 * p * (1 - p)), Create("t", ("df", 2)).InverseCdf(p, "qt()"), 1e-9);
        }
        // (1 - p)^(-1/3) - 1 = exp(-log(1 - p) / 3) - 1, by its series for tiny p
        var third = minusLog / 3;
        AssertRelative(3 * (p < 1e-6 ? third + third * third / 2 : Math.Exp(third) - 1),
            Create("f", ("df1", 2), ("df2", 6)).InverseCdf(p, "qf()"), 1e-9);
    }

    [Fact]
    public void InversesMatchTableValues()
    {
        AssertRelative(2.228138851986274, Create("t", ("df", 10)).InverseCdf(0.975, "qt()"), 1e-11);
        AssertRelative(3.325834530413011, Create("f", ("df1", 5), ("df2", 10)).InverseCdf(0.95, "qf()"), 1e-11);
        AssertRelative(7.814727903251178, Create("chisq", ("df", 3)).InverseCdf(0.95, "qchisq()"), 1e-11);
        Assert.Equal(0, Create("t", ("df", 7)).InverseCdf(0.5, "qt()"));
        Assert.Equal(0, Create("chisq", ("df", 3)).InverseCdf(0, "qchisq()"));
        Assert.Equal(double.PositiveInfinity, Create("f", ("df1", 3), ("df2", 4)).InverseCdf(1, "qf()"));
        Assert.Equal(double.NegativeInfinity, Create("t", ("df", 3)).InverseCdf(0, "qt()"));
    }

    [Theory]
    [InlineData("normal")]
    [InlineData("exp")]
    [InlineData("chisq")]
    [InlineData("t")]
    [InlineData("f")]
    public void CdfOfInverseRoundTrips(string dist)
    {
        var d = Create(dist, ("df", 3.5), ("df1", 4), ("df2", 9), ("rate", 1.5), ("mean", -1), ("sd", 0.5));
        foreach (var p in new[] { 1e-9, 0.001, 0.2, 0.5, 0.77, 0.999 })
        {
            AssertRelative(p, d.Cdf(d.InverseCdf(p, "icdf()"), true), 1e-9);
            AssertRelative(1 - p, d.Cdf(d.InverseCdf(p, "icdf()"), false), 1e-9);
        }
        Assert.True(double.IsNaN(d.Cdf(double.NaN, true)));
    }

    [Fact]
    public void BadParametersAreClearErrors()
    {
        Assert.Contains("positive sd", Assert.Throws<DmlRuntimeException>(() => Create("normal", ("sd", 0))).Message);
        Assert.Contains("needs the parameter df", Assert.Throws<DmlRuntimeException>(() => Create("t")).Message);
        Assert.Contains("positive df2", Assert.Throws<DmlRuntimeException>(() => Create("f", ("df1", 1), ("df2", -2))).Message);
        Assert.Contains("dist must be", Assert.Throws<DmlRuntimeException>(() => Create("gamma")).Message);
        Assert.Contains("[0, 1]", Assert.Throws<DmlRuntimeException>(() => Create("exp").InverseCdf(1.5, "qexp()")).Message);
    }
}

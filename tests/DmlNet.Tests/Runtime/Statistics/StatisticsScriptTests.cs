using DmlNet.Tests.Support;

namespace DmlNet.Tests.Runtime.Statistics;

/// <summary>The statistics, linear algebra and distribution builtins called from scripts: argument forms, outputs, errors.</summary>
public class StatisticsScriptTests
{
    private static string Run(string script)
    {
        var outcome = ScriptHost.RunText(script);
        Assert.True(outcome.Error is null, outcome.Error);
        return outcome.Output;
    }

    private static string Error(string script)
    {
        var outcome = ScriptHost.RunText(script);
        Assert.NotNull(outcome.Error);
        return outcome.Error;
    }

    [Fact]
    public void SecondPositionalArgumentIsTheOrderOrProbabilityUnlessAThirdIsGiven()
    {
        Assert.Equal("2.0\n2.0\n3.0\n3.0\n0.8\n", Run("""
            x = matrix("1 2 3 4 5", rows=5, cols=1)
            w = matrix("1 1 1 1 1", rows=5, cols=1)
            print(moment(x, 2))
            print(centralMoment(x, w, 2))
            print(quantile(x, 0.5))
            print(quantile(x, w, 0.5))
            print(mean(matrix("1 0", rows=2, cols=1), matrix("4 1", rows=2, cols=1)))
            """));
    }

    [Fact]
    public void QuantileOfAProbabilityVectorIsAColumn()
    {
        Assert.Equal("1.000\n3.000\n5.000\n\n", Run("""
            x = matrix("5 4 3 2 1", rows=5, cols=1)
            print(quantile(x, matrix("0 0.5 1", rows=3, cols=1)))
            """));
    }

    [Fact]
    public void MultiOutputDecompositionsBindEveryOutput()
    {
        Assert.Equal("1.000\n3.000\n\n3\n2\n1\n2.000 0.000\n0.000 3.000\n\n", Run("""
            A = matrix("2 1 1 2", rows=2, cols=2)
            [w, V] = eigen(A)
            print(w)
            [P, L, U] = lu(A)
            print(nrow(P) + ncol(L) + nrow(U) - 3)
            [H, R] = qr(A)
            print(ncol(H))
            [U2, S, V2] = svd(matrix("1 2 3", rows=1, cols=3))
            print(ncol(U2))
            print(diag(matrix("2 3", rows=2, cols=1)))
            """));
    }

    [Fact]
    public void GroupedAggregateWithNamedArguments()
    {
        Assert.Equal("4.000\n2.000\n0.000\n\n1.000 10.000\n2.000 20.000\n\n", Run("""
            t = matrix("1 2 3", rows=3, cols=1)
            g = matrix("1 2 1", rows=3, cols=1)
            print(aggregate(target=t, groups=g, fn="sum", ngroups=3))
            T = matrix("1 10 2 20 1 10", rows=3, cols=2)
            print(groupedAggregate(target=T, groups=g, fn="mean", ngroups=2))
            """));
    }

    [Fact]
    public void DistributionShorthandsAndGeneralForms()
    {
        Assert.Equal("0.5\n0.5\n0.0\n0.5\nTRUE\n", Run("""
            print(pnorm(0))
            print(cdf(target=3, dist="normal", mean=3, sd=2))
            print(qt(0.5, df=4))
            print(pexp(log(2)))
            print(abs(icdf(target=0.95, dist="chisq", df=3) - qchisq(0.95, df=3)) < 1e-12)
            """));
    }

    [Theory]
    [InlineData("print(cholesky(matrix(\"1 2 2 1\", rows=2, cols=2)))", "positive definite")]
    [InlineData("print(inv(matrix(\"1 2 2 4\", rows=2, cols=2)))", "singular")]
    [InlineData("X = matrix(1, rows=2, cols=3)\nprint(det(X))", "square")]
    [InlineData("print(quantile(matrix(\"1 2\", rows=2, cols=1), 2 * 0.75))", "[0, 1]")]
    [InlineData("d = sum(matrix(-1, rows=1, cols=1))\nprint(cdf(target=1, dist=\"t\", df=d))", "positive df")]
    [InlineData("d = \"normall\"\nprint(cdf(target=1, dist=d))", "dist must be")]
    [InlineData("print(qnorm(1.5 + 0))", "[0, 1]")]
    [InlineData("print(aggregate(target=matrix(1, rows=2, cols=1), groups=matrix(0, rows=2, cols=1), fn=\"sum\"))", "at least 1")]
    [InlineData("X = matrix(1, rows=2, cols=3)\nprint(trace(X))", "square")]
    [InlineData("print(median(matrix(\"1 2\", rows=2, cols=1), matrix(\"1 0.5\", rows=2, cols=1)))", "integers")]
    public void ArgumentProblemsAreRuntimeErrorsWithTheirLine(string script, string message)
    {
        var error = Error(script);
        Assert.Contains(message, error);
        Assert.Matches(@":\d+:\d+: ", error);
    }
}

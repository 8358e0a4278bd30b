using DmlNet.Runtime.Kernels;
using DmlNet.Tests.Support;

namespace DmlNet.Tests.Runtime.Arithmetic;

/// <summary>Cell-wise math and operators through scripts: int vs double results, Java rounding and powers, SystemDS division.</summary>
public class CellMathScriptTests
{
    private static string Run(string script)
    {
        var outcome = ScriptHost.RunText(script);
        Assert.True(outcome.Error is null, outcome.Error);
        return outcome.Output;
    }

    private static string Lines(params string[] lines) => string.Concat(lines.Select(l => l + "\n"));

    [Fact]
    public void IntResultsStayIntAndMathFunctionsGiveDoubles()
    {
        Assert.Equal(Lines("3", "8", "16", "5", "-3", "-1", "2.0", "3.0", "2.0", "-1.0", "3.0", "2.0"), Run("""
            print(abs(-3))
            print(bitwAnd(12, 10))
            print(bitwShiftL(1, 4))
            print(max(3, 5))
            print(-7 %/% 2)
            print(-7 %% 2)
            print(round(2.4))
            print(floor(3.7))
            print(sqrt(4))
            print(sign(-5))
            print(log(8, 2))
            print(ceil(1.2))
            """));
    }

    [Fact]
    public void RoundIsJavaMathRound()
    {
        Assert.Equal(Lines("3.0", "-2.0", "0.0", "0.0", "0.0", "9.223372036854776E18", "-9.223372036854776E18", "1.0"), Run("""
            print(round(2.5))
            print(round(-2.5))
            print(round(-0.4))
            print(round(-0.0))
            print(round(0/0))
            print(round(1/0))
            print(round(-1e300))
            print(round(0.5))
            """));
        Assert.Equal(0, CellOps.Apply(UnaryOp.Round, 0.49999999999999994));
    }

    [Fact]
    public void PowersFollowJavaSpecialCases()
    {
        Assert.Equal(Lines("NaN", "NaN", "1.0", "8.0", "0.5", "Infinity"), Run("""
            print(1 ^ (0/0))
            print((-1) ^ (1/0))
            print((0/0) ^ 0)
            print(2 ^ 3)
            print(2 ^ -1)
            print(0 ^ -1)
            """));
    }

    [Fact]
    public void IntegerDivisionAndModulusTruncateLikeSystemDS()
    {
        Assert.Equal(Lines("-3", "-1", "3", "1", "-3.0", "-1.5", "2.0", "NaN", "0", "-1.000 1.000", "", "NaN 2.000", ""), Run("""
            print(-7 %/% 2)
            print(-7 %% 2)
            print(7 %/% 2)
            print(7 %% -3)
            print(-7.5 %/% 2)
            print(-7.5 %% 2)
            print(8.0 %% 3)
            print(5.5 %% 0)
            print(5 %% 0)
            print(matrix("-7 7", rows=1, cols=2) %% 2)
            print(matrix("3 8", rows=1, cols=2) %% matrix("0 3", rows=1, cols=2))
            """));
    }

    [Fact]
    public void SignAndNaNTestsKeepJavaSemantics()
    {
        Assert.Equal(Lines("-0.0", "NaN", "1.0", "TRUE", "FALSE", "TRUE", "-Infinity", "NaN"), Run("""
            print(sign(-0.0))
            print(sign(0/0))
            print(sign(1/0))
            print(is.nan(0/0))
            print(is.nan(1/0))
            print(is.infinite(-1/0))
            print(log(0))
            print(log(-1))
            """));
    }

    [Fact]
    public void IntOverflowInAbsAndNegationIsAnError()
    {
        var outcome = ScriptHost.RunText("x = -9223372036854775807 - 1\nprint(abs(x))");
        Assert.NotNull(outcome.Error);
        Assert.Contains("integer overflow", outcome.Error);
    }
}

using DmlNet.Tests.Support;

namespace DmlNet.Tests.Runtime;

/// <summary>
/// The interpreter's fast paths keep DML's semantics: moves of temporaries, variables of recursive
/// calls, parfor workers, loops re-running the same instructions. Expected values are worked out by hand.
/// </summary>
public class InterpreterTests
{
    [Fact]
    public void ACopyThatEndsATemporaryBecomesAMove()
    {
        var run = DmlcProcess.Run(null, "run", "-explain", "runtime", "-s", "x = 2\ny = x * 3 + 1\nprint(y)");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("CP mvvar _t", run.StandardOutput);
        Assert.EndsWith("7\n", run.StandardOutput);
    }

    [Fact]
    public void AssignmentsReadTheValuesBeforeTheBlock()
    {
        // t gets the old s although s is reassigned in the same block; u sees both new values.
        var outcome = ScriptHost.RunText("s = 5\nif (s > 0) { s = s * 2 }\nt = s\ns = s + 1\nu = s + t\nprint(t)\nprint(s)\nprint(u)");
        Assert.Null(outcome.Error);
        Assert.Equal("10\n11\n21\n", outcome.Output);
    }

    [Fact]
    public void RecursiveCallsHaveTheirOwnVariables()
    {
        const string script = """
            fib = function(Integer n) return (Integer f) {
              a = n
              if (n < 2) { f = n }
              else { f = fib(n - 1) + fib(n - 2) }
              if (a != n) { stop("a local variable changed") }
            }
            print(fib(15))
            print(fib(1) + fib(2))
            """;
        var outcome = ScriptHost.RunText(script);
        Assert.Null(outcome.Error);
        Assert.Equal("610\n2\n", outcome.Output);
    }

    [Fact]
    public void FunctionsCalledFromMainAndFromFunctionsAgree()
    {
        const string script = """
            sq = function(Double x) return (Double y) { y = x * x }
            sumsq = function(Integer n) return (Double s) {
              s = 0
              for (i in 1:n) { s = s + sq(i) }
            }
            t = 0
            for (i in 1:10) { t = t + sq(i) }
            print(t)
            print(sumsq(10))
            """;
        var outcome = ScriptHost.RunText(script);
        Assert.Null(outcome.Error);
        Assert.Equal("385.0\n385.0\n", outcome.Output);
    }

    [Fact]
    public void ParforWorkersWriteTheirCellsAndKeepLocalsPrivate()
    {
        const string script = """
            R = matrix(0, rows=100, cols=1)
            parfor (i in 1:100) {
              v = i * i
              R[i, 1] = v
            }
            print(sum(R))
            print(as.scalar(R[37, 1]))
            """;
        var outcome = ScriptHost.RunText(script);
        Assert.Null(outcome.Error);
        Assert.Equal("338350.0\n1369.0\n", outcome.Output);
    }

    [Fact]
    public void WhileLoopsAndNestedLoopsCount()
    {
        const string script = """
            k = 0
            n = 0
            while (k < 1000) {
              k = k + 1
              for (j in 1:3) { n = n + j }
            }
            print(k)
            print(n)
            """;
        var outcome = ScriptHost.RunText(script);
        Assert.Null(outcome.Error);
        Assert.Equal("1000\n6000\n", outcome.Output);
    }

    [Fact]
    public void ScalarOperatorsKeepTheirTypesOnTheDirectPath()
    {
        var outcome = ScriptHost.RunText(
            "a = 7\nb = 2\nprint(a + b)\nprint(a / b)\nprint(a %/% b)\nprint(a < b)\nprint(1.5 * b)\nprint(\"n=\" + a)\nprint(a == 7.0)");
        Assert.Null(outcome.Error);
        Assert.Equal("9\n3.5\n3\nFALSE\n3.0\nn=7\nTRUE\n", outcome.Output);
    }
}

using DmlNet.Tests.Support;

namespace DmlNet.Tests.Cli;

/// <summary><c>dmlc run</c>: output, exit codes, runtime errors with DML positions, -stats and -explain.</summary>
public class RunCommandTests
{
    [Fact]
    public void RunsAScriptFile()
    {
        using var folder = new TempFolder();
        folder.Write("hello.dml", "X = matrix(\"1 2 3 4\", rows=2, cols=2)\nprint(\"sum = \" + sum(X %*% X))\n");
        var result = DmlcProcess.Run(folder.Path, "run", "hello.dml");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("sum = 54.0\n", result.StandardOutput);
    }

    [Fact]
    public void RunsScriptTextWithArguments()
    {
        var result = DmlcProcess.Run(null, "run", "-s", "print($a + $1)", "-args", "2", "-nvargs", "a=40");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("42\n", result.StandardOutput);
    }

    [Fact]
    public void RuntimeErrorNamesTheLineAndExitsOneWithoutStackTrace()
    {
        using var folder = new TempFolder();
        folder.Write("bad.dml", "X = matrix(1, rows=2, cols=2)\ni = as.integer(sum(X) + 1)\nprint(\"before\")\ny = as.scalar(X[i, 1])\nprint(y)\n");
        var result = DmlcProcess.Run(folder.Path, "run", "bad.dml");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("before\n", result.StandardOutput);
        Assert.Contains("bad.dml:4:", result.StandardError);
        Assert.Contains("runtime error", result.StandardError);
        Assert.DoesNotContain("   at ", result.StandardError);
    }

    [Fact]
    public void CompileErrorsStopBeforeRunning()
    {
        var result = DmlcProcess.Run(null, "run", "-s", "print(\"never\")\ny = nope + 1");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.StandardOutput);
        Assert.Contains("DML2007", result.StandardError);
    }

    [Fact]
    public void StatsReportTimesAndInstructions()
    {
        var result = DmlcProcess.Run(null, "run", "-stats", "-s", "X = rand(rows=50, cols=50, seed=1)\nprint(sum(X %*% X) > 0)");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Total elapsed time", result.StandardError);
        Assert.Contains("Total compilation time", result.StandardError);
        Assert.Contains("%*%", result.StandardError);
    }

    [Fact]
    public void StatsTopLimitsTheListedInstructions()
    {
        // The script runs more than three distinct opcodes (rand, %*%, sum, >, print, ...).
        const string script = "X = rand(rows=50, cols=50, seed=1)\nprint(sum(X %*% X) > 0)";
        var three = DmlcProcess.Run(null, "run", "-stats", "--stats-top", "3", "-s", script);
        var all = DmlcProcess.Run(null, "run", "-stats", "--stats-top", "100", "-s", script);
        Assert.Equal(0, three.ExitCode);
        Assert.Equal(3, HeavyHitterRows(three.StandardError));
        Assert.True(HeavyHitterRows(all.StandardError) > 3, all.StandardError);
        Assert.Contains("%*%", all.StandardError);
    }

    [Fact]
    public void StatsTopBelowOneIsAUsageError()
    {
        var result = DmlcProcess.Run(null, "run", "-stats", "--stats-top", "0", "-s", "print(1)");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--stats-top must be at least 1", result.StandardError);
        Assert.DoesNotContain("1", result.StandardOutput);
    }

    private static int HeavyHitterRows(string report) =>
        report.Split('\n').SkipWhile(line => !line.StartsWith("  #  Instruction", StringComparison.Ordinal)).Skip(1)
            .Count(line => line.Trim().Length > 0);

    [Fact]
    public void ExplainPrintsHopsAndInstructionsWithLineNumbers()
    {
        var hops = DmlcProcess.Run(null, "run", "-explain", "hops", "-s", "x = 2\ny = x * 3 + 1\nprint(y)");
        Assert.Equal(0, hops.ExitCode);
        Assert.Contains("b(*)", hops.StandardOutput);
        Assert.Contains("[line 2]", hops.StandardOutput);
        var runtime = DmlcProcess.Run(null, "run", "-explain", "runtime", "-s", "x = 2\ny = x * 3 + 1\nprint(y)");
        Assert.Contains("CP *", runtime.StandardOutput);
        Assert.Contains("rmvar", runtime.StandardOutput);
        Assert.EndsWith("7\n", runtime.StandardOutput);
    }

    [Fact]
    public void SeedOptionMakesRandomNumbersReproducible()
    {
        const string script = "print(sum(rand(rows=4, cols=4)) + sum(sample(100, 5)))";
        var first = DmlcProcess.Run(null, "run", "-seed", "42", "-s", script);
        var second = DmlcProcess.Run(null, "run", "-seed", "42", "-s", script);
        var other = DmlcProcess.Run(null, "run", "-seed", "43", "-s", script);
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.StandardOutput, second.StandardOutput);
        Assert.NotEqual(first.StandardOutput, other.StandardOutput);
    }

    [Fact]
    public void BlocksWithUnknownSizesAreRecompiledWithTheActualSizes()
    {
        const string script = "f = function(matrix[double] X) return (matrix[double] Y) {\n  Y = t(X) %*% X\n}\n" +
            "A = f(matrix(1, rows=5, cols=3))\nB = f(matrix(1, rows=7, cols=2))\nC = f(matrix(2, rows=7, cols=2))\nprint(sum(A) + sum(B) + sum(C))";
        var result = DmlcProcess.Run(null, "run", "-explain", "recompile_hops", "-stats", "-s", script);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("(3) b(%*%) (2,1) [matrix 3 x 3]", result.StandardOutput);
        Assert.Contains("(3) b(%*%) (2,1) [matrix 2 x 2]", result.StandardOutput);
        Assert.EndsWith("185.0\n", result.StandardOutput);
        Assert.Contains("Recompiled blocks:\t2", result.StandardError);
    }

    [Fact]
    public void AFunctionCalledInTurnWithTwoSizesIsRecompiledOncePerSize()
    {
        // Like a layer function called for each layer of a network in every training step.
        const string script = "f = function(matrix[double] X) return (matrix[double] Y) {\n  Y = t(X) %*% X\n}\n" +
            "s = 0\nfor (i in 1:5) {\n  s = s + sum(f(matrix(i, rows=5, cols=3))) + sum(f(matrix(i, rows=7, cols=2)))\n}\nprint(s)";
        var result = DmlcProcess.Run(null, "run", "-stats", "-s", script);
        Assert.Equal(0, result.ExitCode);
        // sum(t(X) %*% X) of a constant r x c matrix of i is r * c^2 * i^2: (45 + 28) * (1 + 4 + 9 + 16 + 25).
        Assert.EndsWith("4015.0\n", result.StandardOutput);
        Assert.Contains("Recompiled blocks:\t2\n", result.StandardError);
    }
}

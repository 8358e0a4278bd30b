using DmlNet.Tests.Support;

namespace DmlNet.Tests.Cli;

/// <summary><c>dmlc repl</c> driven through standard input.</summary>
public class ReplTests
{
    [Fact]
    public void VariablesAndFunctionsPersistAndErrorsDoNotEndTheSession()
    {
        var input = string.Join("\n",
            "x = 3",
            "double_it = function(double v) return (double w) {",
            "  w = 2 * v",
            "}",
            "print(double_it(x))",
            "y = undefined_thing + 1",
            "print(x + 1)",
            "if (x > 2) {",
            "  print(\"big\")",
            "}",
            ":vars",
            "stop(\"oops\")",
            "print(double_it(5))",
            ":quit",
            "print(\"after quit\")",
            "");
        var result = DmlcProcess.RunWithInput(null, input, "repl");
        Assert.Equal(0, result.ExitCode);
        var lines = result.StandardOutput.Split('\n');
        Assert.Equal("6.0", lines[0]);
        Assert.Contains("undefined variable 'undefined_thing'", result.StandardOutput);
        Assert.Contains("4\n", result.StandardOutput);
        Assert.Contains("big\n", result.StandardOutput);
        Assert.Contains("x: scalar int = 3\n", result.StandardOutput);
        Assert.Contains("stopped: oops", result.StandardOutput);
        Assert.Contains("10.0\n", result.StandardOutput);
        Assert.DoesNotContain("after quit", result.StandardOutput);
    }

    [Fact]
    public void SourceWorksAndLaterInputsSeeTheNamespace()
    {
        var input = "source(\"nn/layers/relu.dml\") as relu\nX = matrix(\"-1 2 -3 4\", rows=2, cols=2)\nprint(sum(relu::forward(X)))\n";
        var result = DmlcProcess.RunWithInput(null, input, "repl");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("6.0\n", result.StandardOutput);
    }

    [Fact]
    public void HistoryFileKeepsInputsAcrossSessions()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "history");
        var first = new DmlNet.Cli.LineEditor(file);
        first.Remember("f = function(double x) return (double y) {\n  y = x \\ 2\n}");
        first.Remember("print(f(3))");
        first.Remember("print(f(3))");
        var second = new DmlNet.Cli.LineEditor(file);
        Assert.Equal(["f = function(double x) return (double y) {\n  y = x \\ 2\n}", "print(f(3))"], second.History);
        Assert.Equal(2, File.ReadAllLines(file).Length);
    }
}

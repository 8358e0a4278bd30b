using System.Text.Json;
using DmlNet.Tests.Support;

namespace DmlNet.Tests.Cli;

/// <summary>End-to-end tests of <c>dmlc check</c>: exit codes, text and JSON diagnostics, options.</summary>
public class CheckCommandTests
{
    [Fact]
    public void CleanScriptExitsZero()
    {
        using var folder = new TempFolder();
        folder.Write("ok.dml", "X = rand(rows=3, cols=3, seed=1)\nprint(sum(X %*% t(X)))\n");
        var result = DmlcProcess.Run(folder.Path, "check", "ok.dml");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("no problems", result.StandardError);
    }

    [Fact]
    public void ErrorsExitOneWithLocationSourceLineAndCaret()
    {
        using var folder = new TempFolder();
        folder.Write("bad.dml", "x = 1\ny = x + zed\nw = nosuch(1)\n");
        var result = DmlcProcess.Run(folder.Path, "check", "bad.dml");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("bad.dml:2:9: error DML2007: undefined variable 'zed'", result.StandardError);
        Assert.Contains("  y = x + zed\n          ^~~\n", result.StandardError);
        Assert.Contains("bad.dml:3:5: error DML2006", result.StandardError);
        Assert.Contains("2 error(s)", result.StandardError);
    }

    [Fact]
    public void JsonOutputListsEveryDiagnostic()
    {
        using var folder = new TempFolder();
        folder.Write("bad.dml", "y = q + 1\nif (y > 0) { z = 1 }\nprint(z)\n");
        var result = DmlcProcess.Run(folder.Path, "check", "--json", "bad.dml");
        Assert.Equal(1, result.ExitCode);
        var items = JsonDocument.Parse(result.StandardOutput).RootElement.EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal("error", items[0].GetProperty("severity").GetString());
        Assert.Equal("DML2007", items[0].GetProperty("code").GetString());
        Assert.Equal(1, items[0].GetProperty("line").GetInt32());
        Assert.Equal(5, items[0].GetProperty("column").GetInt32());
        Assert.Equal("warning", items[1].GetProperty("severity").GetString());
        Assert.Equal("DML2008", items[1].GetProperty("code").GetString());
        Assert.Equal("bad.dml", items[1].GetProperty("file").GetString());
    }

    [Fact]
    public void MissingFileExitsTwo()
    {
        var result = DmlcProcess.Run(null, "check", "/no/such/file.dml");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("file not found", result.StandardError);
    }

    [Fact]
    public void UnknownOptionExitsTwo()
    {
        var result = DmlcProcess.Run(null, "check", "--frobnicate", "x.dml");
        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public void VersionAndHelp()
    {
        var version = DmlcProcess.Run(null, "--version");
        Assert.Equal(0, version.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", version.StandardOutput);
        var help = DmlcProcess.Run(null, "check", "--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("--json", help.StandardOutput);
    }

    [Fact]
    public void NamedArgumentsBindParameters()
    {
        using var folder = new TempFolder();
        folder.Write("args.dml", "n = $n\nX = matrix(0, rows=n, cols=$2)\nprint(sum(X))\n");
        Assert.Equal(1, DmlcProcess.Run(folder.Path, "check", "args.dml").ExitCode);
        Assert.Equal(0, DmlcProcess.Run(folder.Path, "check", "args.dml", "-args", "x", "4", "-nvargs", "n=3").ExitCode);
    }

    [Fact]
    public void LibraryPathIsSearchedForSourcedModules()
    {
        using var folder = new TempFolder();
        folder.Write("lib/mylib/util.dml", "double_it = function(double x) return (double y) { y = 2 * x }\n");
        folder.Write("main/app.dml", "source(\"mylib/util.dml\") as u\nprint(u::double_it(2))\n");
        var workDir = Path.Combine(folder.Path, "main");
        Assert.Equal(1, DmlcProcess.Run(workDir, "check", "app.dml").ExitCode);
        Assert.Equal(0, DmlcProcess.Run(workDir, "check", "--libpath", Path.Combine(folder.Path, "lib"), "app.dml").ExitCode);
    }

    [Fact]
    public void GarbageBytesGiveDiagnosticsNotACrash()
    {
        using var folder = new TempFolder();
        var random = new Random(3);
        for (var i = 0; i < 5; i++)
        {
            var bytes = new byte[300];
            random.NextBytes(bytes);
            File.WriteAllBytes(Path.Combine(folder.Path, "garbage.dml"), bytes);
            var result = DmlcProcess.Run(folder.Path, "check", "garbage.dml");
            Assert.Equal(1, result.ExitCode);
            Assert.DoesNotContain("Unhandled exception", result.StandardError);
            Assert.DoesNotContain("   at ", result.StandardError);
        }
    }
}

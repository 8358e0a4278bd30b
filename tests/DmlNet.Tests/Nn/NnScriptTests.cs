using System.Globalization;
using System.Text.RegularExpressions;
using DmlNet.Tests.Support;

namespace DmlNet.Tests.Nn;

/// <summary>
/// Runs the neural-network checks in tests/nn: every NAME.dml there (except the shared
/// gradcheck.dml module) must run without error; every line <c>gradcheck LAYER WHAT: ERROR</c>
/// it prints is a gradient check that fails above a relative error of 1e-4; a script with a
/// NAME.expected file (forward passes against hand-computed values) must print exactly that.
/// </summary>
public partial class NnScriptTests(ITestOutputHelper output)
{
    /// <summary>The largest relative error a gradient check may report.</summary>
    private const double Tolerance = 1e-4;

    private static readonly string Folder = Repository.PathOf("tests", "nn");

    /// <summary>The check scripts.</summary>
    public static TheoryData<string> Scripts()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder, "*.dml").Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            if (file != "gradcheck.dml")
            {
                data.Add(file!);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public void ScriptPassesItsChecks(string name)
    {
        var outcome = ScriptHost.RunFile(name, Folder);
        Assert.True(outcome.Error is null, $"{name} failed: {outcome.Error}\noutput so far:\n{outcome.Output}");
        var expected = Path.Combine(Folder, Path.GetFileNameWithoutExtension(name) + ".expected");
        if (File.Exists(expected))
        {
            Assert.Equal(File.ReadAllText(expected), outcome.Output);
        }
        var checks = GradientCheck().Matches(outcome.Output)
            .Select(m => (Layer: m.Groups["layer"].Value, What: m.Groups["what"].Value,
                Error: double.Parse(m.Groups["error"].Value, CultureInfo.InvariantCulture)))
            .ToList();
        Assert.True(checks.Count > 0 || File.Exists(expected), $"{name} neither reports a gradient check nor has an .expected file");
        foreach (var layer in checks.GroupBy(c => c.Layer))
        {
            var worst = layer.MaxBy(c => c.Error);
            output.WriteLine($"{layer.Key}: worst relative error {worst.Error.ToString("E2", CultureInfo.InvariantCulture)} ({worst.What})");
        }
        var failed = checks.Where(c => !(c.Error <= Tolerance)).ToList();
        Assert.True(failed.Count == 0,
            $"{name}: relative errors above {Tolerance}: {string.Join(", ", failed.Select(f => $"{f.Layer} {f.What} = {f.Error}"))}");
    }

    [GeneratedRegex(@"^gradcheck (?<layer>\S+) (?<what>[^:]+): (?<error>\S+)$", RegexOptions.Multiline)]
    private static partial Regex GradientCheck();
}

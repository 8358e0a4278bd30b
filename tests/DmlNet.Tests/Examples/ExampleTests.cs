using System.Globalization;
using System.Text.RegularExpressions;
using DmlNet.Tests.Support;

namespace DmlNet.Tests.Examples;

/// <summary>The example scripts run on the real data in examples/data and reach known quality.</summary>
public partial class ExampleTests
{
    [Theory]
    [InlineData("linear_regression_closed_form.dml", 0.515, 0.520)]
    [InlineData("linear_regression_cg.dml", 0.515, 0.520)]
    public void LinearRegressionOnDiabetesReachesTheKnownRSquared(string script, double low, double high)
    {
        using var output = new TempFolder();
        var outcome = ScriptHost.RunFile(Path.Combine("examples", script), Repository.Root,
            new Dictionary<string, string> { ["model"] = Path.Combine(output.Path, "w.csv") });
        Assert.True(outcome.Error is null, outcome.Error);
        var r2 = Figure(outcome.Output, "R^2 (training)");
        Assert.InRange(r2, low, high);
        Assert.True(File.Exists(Path.Combine(output.Path, "w.csv")));
    }

    [Fact]
    public void SoftmaxClassifierOnIrisIsAccurate()
    {
        var outcome = ScriptHost.RunFile(Path.Combine("examples", "softmax_classifier.dml"), Repository.Root);
        Assert.True(outcome.Error is null, outcome.Error);
        Assert.InRange(Figure(outcome.Output, "accuracy (training)"), 0.93, 1.0);
        Assert.Contains("epoch 300: loss ", outcome.Output);
    }

    private static double Figure(string output, string label)
    {
        var match = Regex.Match(output, Regex.Escape(label) + @": (\S+)");
        Assert.True(match.Success, $"no '{label}' in:\n{output}");
        return double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }
}

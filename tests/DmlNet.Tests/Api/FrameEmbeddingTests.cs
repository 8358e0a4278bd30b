using DmlNet.Api;

namespace DmlNet.Tests.Api;

/// <summary>Frames through the embedding API: FrameData and string[,] in, GetFrame out.</summary>
public class FrameEmbeddingTests
{
    private const string Script = """
        [X, M] = transformencode(target=F, spec="{\"recode\": [\"color\"]}")
        total = sum(X[, 2])
        G = F[2:3, ]
        """;

    [Fact]
    public void FrameInTransformedMatrixAndFrameOut()
    {
        var prepared = new DmlConnection().Prepare(Script, [ScriptInput.Frame("F")], ["X", "M", "total", "G"]);
        var input = FrameData.FromStrings(new[,] { { "red", "1.5" }, { "blue", "2" }, { "red", null } }, "string,double", ["color", "w"]);
        var results = prepared.Execute(new Dictionary<string, object> { ["F"] = input }, cancellation: TestContext.Current.CancellationToken);
        Assert.Equal(new[,] { { 1, 1.5 }, { 2, 2 }, { 1, double.NaN } }, results.GetMatrix("X"));
        Assert.True(double.IsNaN(results.GetDouble("total")));
        var metadata = results.GetFrame("M");
        Assert.Equal(["color", "w"], metadata.ColumnNames);
        Assert.Equal(["STRING", "STRING"], metadata.Schema);
        Assert.Equal("red\u00b71", metadata[0, 0]);
        Assert.Equal("blue\u00b72", metadata[1, 0]);
        Assert.Null(metadata[0, 1]);
        var slice = results.GetFrame("G");
        Assert.Equal(2, slice.Rows);
        Assert.Equal(["STRING", "FP64"], slice.Schema);
        Assert.Equal("blue", slice[0, 0]);
        Assert.Equal(2.0, slice[0, 1]);
        Assert.Null(slice[1, 1]);
    }

    [Fact]
    public void StringArrayIsAFrameOfStrings()
    {
        var prepared = new DmlConnection().Prepare("n = nrow(F) * 10 + ncol(F)\nc = as.scalar(F[2, 1])",
            [ScriptInput.Frame("F")], ["n", "c"]);
        var results = prepared.Execute(new Dictionary<string, object> { ["F"] = new[,] { { "a", "b", "c" }, { "d", "e", "f" } } },
            cancellation: TestContext.Current.CancellationToken);
        Assert.Equal(23, results.GetLong("n"));
        Assert.Equal("d", results.GetString("c"));
    }

    [Fact]
    public void TypedCellsComeBackAsDotNetValues()
    {
        var prepared = new DmlConnection().Prepare("G = F", [ScriptInput.Frame("F")], ["G"]);
        var input = FrameData.FromStrings(new[,] { { "7", "true", "x" } }, "int,boolean,string");
        var frame = prepared.Execute(new Dictionary<string, object> { ["F"] = input }, cancellation: TestContext.Current.CancellationToken)
            .GetFrame("G");
        Assert.Equal(7L, frame[0, 0]);
        Assert.Equal(true, frame[0, 1]);
        Assert.Equal("x", frame[0, 2]);
        Assert.Equal(["C1", "C2", "C3"], frame.ColumnNames);
    }

    [Fact]
    public void AMatrixOutputIsNotAFrame()
    {
        var prepared = new DmlConnection().Prepare("Y = as.matrix(F)", [ScriptInput.Frame("F")], ["Y"]);
        var results = prepared.Execute(new Dictionary<string, object> { ["F"] = new[,] { { "1" } } },
            cancellation: TestContext.Current.CancellationToken);
        Assert.Equal(new double[,] { { 1 } }, results.GetMatrix("Y"));
        Assert.Throws<InvalidCastException>(() => results.GetFrame("Y"));
    }

    [Fact]
    public void BadCellsAreRejectedWhenTheFrameIsBuilt()
    {
        var error = Assert.Throws<DmlNet.Runtime.DmlRuntimeException>(() => FrameData.FromStrings(new[,] { { "x" } }, "int"));
        Assert.Contains("'x' is not a valid INT64 value", error.Message);
        Assert.Throws<ArgumentException>(() => FrameData.FromStrings(new[,] { { "x" } }, "int,int"));
    }
}

using DmlNet.Api;

namespace DmlNet.Tests.Api;

/// <summary>The embedding API: prepare once, execute many times with in-memory inputs, from several threads.</summary>
public class EmbeddingTests
{
    private const string Script = "Y = X %*% w + b\ntotal = sum(Y)\nrows = nrow(X)\n";

    [Fact]
    public void ExecutesWithMatrixAndScalarInputs()
    {
        var prepared = new DmlConnection().Prepare(Script,
            [ScriptInput.Matrix("X"), ScriptInput.Matrix("w"), ScriptInput.Double("b")], ["Y", "total", "rows"]);
        var results = prepared.Execute(new Dictionary<string, object>
        {
            ["X"] = new double[,] { { 1, 2 }, { 3, 4 }, { 5, 6 } },
            ["w"] = MatrixInput.FromRowMajor([1, -1], 2, 1),
            ["b"] = 0.5,
        }, cancellation: TestContext.Current.CancellationToken);
        Assert.Equal(new double[,] { { -0.5 }, { -0.5 }, { -0.5 } }, results.GetMatrix("Y"));
        Assert.Equal(-1.5, results.GetDouble("total"));
        Assert.Equal(3, results.GetLong("rows"));
    }

    [Fact]
    public void SparseTriplesAreAccepted()
    {
        var prepared = new DmlConnection().Prepare("s = sum(X)\nn = ncol(X)", [ScriptInput.Matrix("X")], ["s", "n"]);
        var input = MatrixInput.FromTriples(1000, 50, [(0, 0, 1.5), (999, 49, 2.5), (0, 0, 1.0)]);
        var results = prepared.Execute(new Dictionary<string, object> { ["X"] = input }, cancellation: TestContext.Current.CancellationToken);
        Assert.Equal(5.0, results.GetDouble("s"));
        Assert.Equal(50, results.GetLong("n"));
    }

    [Fact]
    public void ConcurrentExecutionsAreIndependent()
    {
        var prepared = new DmlConnection().Prepare("Z = X * k\nt = sum(Z)", [ScriptInput.Matrix("X"), ScriptInput.Int("k")], ["t"]);
        var totals = new double[64];
        Parallel.For(0, totals.Length, i =>
        {
            var x = new double[20, 20];
            x[i % 20, i % 20] = i;
            totals[i] = prepared.Execute(new Dictionary<string, object> { ["X"] = x, ["k"] = 3 },
                cancellation: TestContext.Current.CancellationToken).GetDouble("t");
        });
        Assert.Equal(Enumerable.Range(0, 64).Select(i => 3.0 * i), totals);
    }

    [Fact]
    public void CompileErrorsListEveryDiagnostic()
    {
        var error = Assert.Throws<DmlCompilationException>(() =>
            new DmlConnection().Prepare("y = nope + 1\nz = X %*% \"s\"", [ScriptInput.Matrix("X")], ["y"]));
        Assert.Equal(2, error.Diagnostics.Count);
    }

    [Fact]
    public void MissingInputIsAClearError()
    {
        var prepared = new DmlConnection().Prepare("y = X + 1", [ScriptInput.Matrix("X")], ["y"]);
        var error = Assert.Throws<ArgumentException>(() => prepared.Execute(new Dictionary<string, object>(), cancellation: TestContext.Current.CancellationToken));
        Assert.Contains("'X'", error.Message);
    }
}

using DmlNet.Api;

// Compiles a ridge-regression scoring script once, then scores many request batches in parallel.
// Run: dotnet run --project examples/EmbeddingSample
const string script = """
    # X: the batch to score, w: model weights, shift: a scalar added to every prediction
    scores = X %*% w + shift
    best = as.scalar(rowIndexMax(t(scores)))
    total = sum(scores)
    """;

var connection = new DmlConnection();
var prepared = connection.Prepare(script,
    inputs: [ScriptInput.Matrix("X"), ScriptInput.Matrix("w"), ScriptInput.Double("shift")],
    outputs: ["scores", "best", "total"]);

var weights = new double[,] { { 0.5 }, { -1.0 }, { 2.0 } };
var batches = Enumerable.Range(0, 8).Select(b => new double[,]
{
    { b, 1, 2 },
    { 3, b, 1 },
    { 0, 2, b },
}).ToList();

var results = new (int Batch, double Total, long Best)[batches.Count];
Parallel.For(0, batches.Count, b =>
{
    var outcome = prepared.Execute(new Dictionary<string, object> { ["X"] = batches[b], ["w"] = weights, ["shift"] = 0.25 });
    results[b] = (b, outcome.GetDouble("total"), outcome.GetLong("best"));
});

foreach (var (batch, total, best) in results)
{
    Console.WriteLine($"batch {batch}: total score {total}, best row {best}");
}

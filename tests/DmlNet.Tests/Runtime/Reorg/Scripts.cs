using DmlNet.Api;
using DmlNet.Tests.Support;

namespace DmlNet.Tests.Runtime.Reorg;

/// <summary>Runs small scripts for builtin tests: matrices in and out through the embedding API, or the printed text.</summary>
internal static class Scripts
{
    /// <summary>Runs <paramref name="script"/> with matrix inputs and returns the matrix <paramref name="output"/>.</summary>
    public static double[,] Matrix(string script, string output, params (string Name, double[,] Value)[] inputs)
    {
        var prepared = new DmlConnection().Prepare(script, inputs.Select(i => ScriptInput.Matrix(i.Name)), [output]);
        var results = prepared.Execute(inputs.ToDictionary(i => i.Name, i => (object)i.Value),
            cancellation: TestContext.Current.CancellationToken);
        return results.GetMatrix(output);
    }

    /// <summary>What the script prints; a compile or runtime error fails the test with its message.</summary>
    public static string Output(string script)
    {
        var outcome = ScriptHost.RunText(script);
        Assert.True(outcome.Error is null, $"unexpected error: {outcome.Error}");
        return outcome.Output;
    }

    /// <summary>The error message of a script that must fail (at compile or run time).</summary>
    public static string Error(string script)
    {
        var outcome = ScriptHost.RunText(script);
        Assert.NotNull(outcome.Error);
        return outcome.Error;
    }
}

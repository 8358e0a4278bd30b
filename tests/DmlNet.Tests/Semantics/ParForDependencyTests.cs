using DmlNet.Diagnostics;
using DmlNet.Tests.Support;

namespace DmlNet.Tests.Semantics;

/// <summary>The parfor dependency analysis (check=1): independent loops pass, loop-carried dependencies are errors.</summary>
public class ParForDependencyTests
{
    private const string Setup = "n = 8\nbs = 3\nR = matrix(0, rows=n * bs, cols=n)\nacc = 0\ntotal = matrix(0, rows=1, cols=1)\n";

    [Theory]
    [InlineData("R[i, 1] = i", "a single row per iteration")]
    [InlineData("R[i, ] = matrix(i, rows=1, cols=n)", "a whole row")]
    [InlineData("R[, i] = matrix(i, rows=n * bs, cols=1)", "a whole column")]
    [InlineData("R[n * bs - i + 1, 2] = i", "a decreasing index")]
    [InlineData("R[((i - 1) * bs + 1):(i * bs), 1] = matrix(i, rows=bs, cols=1)", "a block of bs rows")]
    [InlineData("for (j in 1:bs) {\n    R[(i - 1) * bs + j, 2] = j\n  }", "single cells of the block in a nested loop")]
    [InlineData("for (j in ((i - 1) * bs + 1):(i * bs)) {\n    R[j, 3] = j\n  }", "a nested loop over the block")]
    [InlineData("R[i, 1] = i\n  R[i, 2] = as.scalar(R[i, 1]) + nrow(R)", "reading its own row and the shape")]
    [InlineData("acc += i\n  total += matrix(i, rows=1, cols=1)", "accumulators")]
    [InlineData("t = i * 2\n  u = t + 1\n  R[i, 1] = u", "private temporaries")]
    [InlineData("if (i > 2) {\n    R[i, 1] = 1\n  } else {\n    R[i, 2] = 2\n  }", "writes in both branches")]
    public void IndependentLoopsPass(string body, string what)
    {
        var diagnostics = Checker.Check($"{Setup}parfor (i in 1:n) {{\n  {body}\n}}\nprint(sum(R) + acc + sum(total))\n");
        Assert.True(diagnostics.All(d => !d.IsError), $"{what}:\n{string.Join("\n", diagnostics)}");
    }

    [Theory]
    [InlineData("acc = acc + i", 7, 9, "a loop-carried scalar")]
    [InlineData("R[1, i] = 1\n  R[i, 1] = 1", 7, 3, "writes partitioned in different dimensions")]
    [InlineData("R[i, 1] = 1\n  R[i + 1, 2] = 1", 7, 3, "overlapping rows of neighbouring iterations")]
    [InlineData("R[i:(i + 1), 1] = matrix(1, rows=2, cols=1)", 7, 3, "a window wider than the step")]
    [InlineData("R[i, 1] = sum(R)", 7, 17, "reading the whole result")]
    [InlineData("R[i, 1] = as.scalar(R[1, 1])", 7, 23, "reading another iteration's cell")]
    [InlineData("R[i, 1] = 1\n  R = R * 2", 8, 3, "reassigning the whole result")]
    [InlineData("R[5, 1] = i", 7, 3, "a constant index")]
    [InlineData("acc += i\n  print(acc)", 8, 9, "reading an accumulator")]
    public void DependenciesAreErrors(string body, int line, int column, string what)
    {
        var error = Checker.AssertError($"{Setup}parfor (i in 1:n) {{\n  {body}\n}}\nprint(sum(R) + acc)\n",
            DiagnosticCode.ParForDependency, line, column);
        Assert.Contains("check=0", error.Message);
        Assert.False(string.IsNullOrEmpty(what));
    }

    [Fact]
    public void CheckZeroSkipsTheAnalysis() =>
        Assert.DoesNotContain(Checker.Check($"{Setup}parfor (i in 1:n, check=0) {{\n  acc = acc + i\n}}\nprint(acc)\n"), d => d.IsError);

    [Fact]
    public void PlainForLoopsAreNotChecked() =>
        Assert.DoesNotContain(Checker.Check($"{Setup}for (i in 1:n) {{\n  acc = acc + i\n}}\nprint(acc)\n"), d => d.IsError);
}

using DmlNet.Runtime;
using DmlNet.Runtime.Kernels;
using DmlNet.Tests.Kernels.Support;

namespace DmlNet.Tests.Kernels;

/// <summary>solve(A, b) on systems with a known solution: b = A x is built with the naive product.</summary>
public class SolveTests
{
    /// <summary>
    /// A = R + (n + 1) I with R uniform in [-1, 1): each diagonal cell exceeds n while the other
    /// cells of its row sum to less than n - 1 in magnitude, so ||A^-1||_inf &lt; 1 (Varah's bound) and
    /// ||A||_inf &lt; 2n + 2, a condition number below 82 here. A backward-stable QR solve then
    /// errs by about 82 * 2^-53 * n relative; 1e-10 is a wide margin that still catches any real mistake.
    /// </summary>
    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 1)]
    [InlineData(5, 3)]
    [InlineData(17, 1)]
    [InlineData(40, 2)]
    public void SolveRecoversTheSolutionOfADiagonallyDominantSystem(int n, int rightHandSides)
    {
        foreach (var density in new[] { 1.0, 0.2 })
        {
            var a = TestMatrices.Uniform(n, n, density, TestMatrices.Seed(n, density));
            for (var i = 0; i < n; i++)
            {
                a[i, i] += n + 1;
            }
            var x = TestMatrices.Uniform(n, rightHandSides, 1, TestMatrices.Seed(n, "x"));
            var b = Naive.Multiply(a, x);
            foreach (var storage in TestMatrices.Storages)
            {
                var context = $"solve {n} x {n} {storage} d={density}";
                var result = LinearAlgebraKernels.Solve(TestMatrices.Block(a, storage), TestMatrices.Block(b, storage));
                BlockAssert.Close(x, result, (_, _) => 1e-10, context);
            }
        }
    }

    /// <summary>The empty system has the empty solution.</summary>
    [Fact]
    public void AnEmptySystemHasAnEmptySolution()
    {
        var result = LinearAlgebraKernels.Solve(TestMatrices.Block(new double[0, 0], Storage.Dense), TestMatrices.Block(new double[0, 1], Storage.Dense));
        Assert.Equal((0, 1), (result.Rows, result.Columns));
    }

    [Theory]
    [InlineData(new double[] { 1, 2, 2, 4 })]
    [InlineData(new double[] { 0, 0, 0, 0 })]
    [InlineData(new double[] { 1, 1, 1, 1 + 1e-17 })]
    public void SingularMatricesAreErrors(double[] values)
    {
        var a = TestMatrices.Block(2, 2, Storage.Dense, values);
        var b = TestMatrices.Block(2, 1, Storage.Dense, 1, 1);
        Assert.Contains("singular", Assert.Throws<DmlRuntimeException>(() => LinearAlgebraKernels.Solve(a, b)).Message);
    }

    [Fact]
    public void NonSquareOrMismatchedSystemsAreErrors()
    {
        var rectangular = TestMatrices.Block(new double[2, 3], Storage.Dense);
        var b = TestMatrices.Block(2, 1, Storage.Dense, 1, 1);
        Assert.Contains("square", Assert.Throws<DmlRuntimeException>(() => LinearAlgebraKernels.Solve(rectangular, b)).Message);
        var square = TestMatrices.Block(3, 3, Storage.Dense, 1, 0, 0, 0, 1, 0, 0, 0, 1);
        Assert.Contains("b has 2 rows", Assert.Throws<DmlRuntimeException>(() => LinearAlgebraKernels.Solve(square, b)).Message);
    }
}

using DmlNet.Diagnostics;
using DmlNet.Tests.Support;

namespace DmlNet.Tests.Semantics;

/// <summary>
/// Dimensions propagate through literals, matrix(), rand(), nrow/ncol, %*%, t, cbind and
/// indexing; mismatches with known sizes are reported before anything runs.
/// </summary>
public class ShapeInferenceTests
{
    [Theory]
    [InlineData("X = rand(rows=3, cols=4)\nY = X %*% X")]
    [InlineData("X = rand(rows=3, cols=4)\nY = t(X) %*% t(X)")]
    [InlineData("X = matrix(0, rows=3, cols=4)\nY = X[, 2:3] %*% X")]
    [InlineData("X = matrix(0, rows=3, cols=4)\nn = ncol(X)\nY = X %*% matrix(1, rows=n + 1, cols=1)")]
    [InlineData("X = matrix(0, rows=3, cols=4)\nY = cbind(X, X) %*% X")]
    [InlineData("X = matrix(\"1 2 3 4 5 6\", rows=2, cols=3)\nY = X %*% X")]
    [InlineData("v = seq(1, 10)\nY = v %*% v")]
    [InlineData("X = matrix(0, rows=3, cols=4)\nY = rowSums(X) %*% X")]
    public void ReportsMatrixMultiplyMismatchWithInferredShapes(string text) =>
        Checker.AssertError(text, DiagnosticCode.MatrixMultiplyShape);

    [Theory]
    [InlineData("X = rand(rows=3, cols=4)\nY = X %*% t(X)\nZ = Y + matrix(1, rows=3, cols=3)")]
    [InlineData("X = rand(rows=3, cols=4)\nY = X - colMeans(X)")]
    [InlineData("X = rand(rows=3, cols=4)\nY = X / rowSums(X)")]
    [InlineData("X = rand(rows=3, cols=4)\nY = X * 2 + 1")]
    [InlineData("X = rand(rows=3, cols=4)\nY = X[1, ] + X[3, ]\nZ = Y %*% t(X)")]
    public void AcceptsCompatibleShapes(string text) => Checker.AssertClean(text + "\nprint(sum(Y))");

    [Fact]
    public void UnknownShapesAreNotReported() =>
        Checker.AssertClean("n = as.integer(as.scalar(rand(rows=1, cols=1)) * 10)\nX = matrix(0, rows=n, cols=3)\nprint(sum(X %*% X))");

    [Fact]
    public void IndexOutOfKnownBoundsIsReported() =>
        Checker.AssertError("X = matrix(0, rows=3, cols=4)\ny = X[1:2, 5]\nprint(sum(y))", DiagnosticCode.IndexOutOfBounds, 2, 12);

    [Fact]
    public void ScalarAssignedToARangeIsReported() =>
        Checker.AssertError("X = matrix(0, rows=3, cols=4)\nX[1:2, 1] = 5\nprint(sum(X))", DiagnosticCode.LeftIndexShape);
}

using DmlNet.Runtime.Kernels;
using DmlNet.Tests.Kernels.Support;

namespace DmlNet.Tests.Kernels;

/// <summary>
/// Kernels on blocks large enough (at least 2^18 cells or multiply-adds) to be split over threads,
/// against the naive reference: the row chunks must cover every row exactly once, and the GEMM
/// must handle every block size 1..70 and shapes across its 96-row and 256-deep blocks. Products
/// are compared with the tolerance argued in <see cref="MatrixMultiplyTests"/> (2 gamma_k, below 4 k 2^-53).
/// </summary>
public class ParallelKernelTests
{
    private const int Rows = 600, Columns = 500;

    [Fact]
    public void CellWiseKernelsCoverEveryRow()
    {
        var a = TestMatrices.Values(Rows, Columns, 0.5, 1);
        var column = TestMatrices.Values(Rows, 1, 0.8, 2);
        var row = TestMatrices.Values(1, Columns, 0.8, 3);
        foreach (var storage in TestMatrices.Storages)
        {
            var x = TestMatrices.Block(a, storage);
            var input = x.ToArray();
            foreach (var op in new[] { BinaryOp.Add, BinaryOp.Multiply, BinaryOp.Max })
            {
                foreach (var (name, other) in new[] { ("same", a), ("column", column), ("row", row) })
                {
                    var y = TestMatrices.Block(other, Storage.Dense);
                    BlockAssert.Equal(Naive.Binary(op, input, y.ToArray()), ElementwiseKernels.Binary(op, x, y), $"{op} {name} {storage}");
                }
                BlockAssert.Equal(Naive.Binary(op, input, 2.0, false), ElementwiseKernels.Binary(op, x, 2.0), $"{op} scalar {storage}");
            }
            BlockAssert.Equal(Naive.Unary(UnaryOp.Exp, input), ElementwiseKernels.Unary(UnaryOp.Exp, x), $"exp {storage}");
            var outer = TestMatrices.Values(1, 500, 0.9, 4);
            var left = TestMatrices.Block(column, storage);
            BlockAssert.Equal(Naive.Binary(BinaryOp.Subtract, left.ToArray(), outer), ElementwiseKernels.Binary(BinaryOp.Subtract, left,
                TestMatrices.Block(outer, Storage.Dense)), $"outer {storage}");
        }
    }

    [Fact]
    public void AggregatesAndTransposeCoverEveryRow()
    {
        var a = TestMatrices.Values(Rows, Columns, 0.5, 5, specials: false);
        foreach (var storage in TestMatrices.Storages)
        {
            var x = TestMatrices.Block(a, storage);
            var input = x.ToArray();
            var transposed = ReorgKernels.Transpose(x);
            BlockAssert.Equal(Naive.Transpose(input), transposed, $"t() {storage}");
            foreach (var op in new[] { AggregateOp.Max, AggregateOp.IndexOfMin, AggregateOp.Product })
            {
                var rows = AggregateKernels.Rows(op, x);
                for (var i = 0; i < Rows; i++)
                {
                    Assert.Equal(Naive.Aggregate(op, Naive.Row(input, i)), rows.Get(i, 0));
                }
            }
            var columnMaxs = AggregateKernels.Columns(AggregateOp.Max, x);
            for (var j = 0; j < Columns; j++)
            {
                Assert.Equal(Naive.Aggregate(AggregateOp.Max, Naive.Column(input, j)), columnMaxs.Get(0, j));
            }
        }
    }

    [Theory]
    [InlineData(600, 500, 1)]
    [InlineData(200, 300, 50)]
    [InlineData(300, 100, 300)]
    public void LargeProductsAgreeWithTheTripleLoop(int m, int k, int n)
    {
        foreach (var (leftDensity, rightDensity) in new[] { (1.0, 1.0), (0.3, 1.0), (1.0, 0.3), (0.3, 0.3) })
        {
            var a = TestMatrices.Uniform(m, k, leftDensity, TestMatrices.Seed(m, k, leftDensity));
            var b = TestMatrices.Uniform(k, n, rightDensity, TestMatrices.Seed(k, n, rightDensity));
            var expected = Naive.Multiply(a, b);
            var scale = Naive.AbsoluteProductSums(a, b);
            var bound = 4 * k * Math.Pow(2, -53);
            var x = TestMatrices.Block(a, leftDensity < 1 ? Storage.Sparse : Storage.Dense);
            var y = TestMatrices.Block(b, rightDensity < 1 ? Storage.Sparse : Storage.Dense);
            BlockAssert.Close(expected, MatrixMultiply.Multiply(x, y), (i, j) => bound * scale[i, j], $"{m} x {k} x {n}, densities {leftDensity}, {rightDensity}");
        }
    }

    /// <summary>Every size from 1 to 70 in each dimension (several per product), dense x dense through DenseGemm.</summary>
    [Fact]
    public void DenseGemmAgreesForEverySizeUpToSeventy()
    {
        for (var s = 1; s <= 70; s++)
        {
            var (m, k, n) = (s, (s * 7 % 70) + 1, (s * 13 % 70) + 2);
            var a = TestMatrices.Uniform(m, k, 1, s);
            var b = TestMatrices.Uniform(k, n, 1, s + 1000);
            var result = new double[m * n];
            DenseGemm.Multiply(Naive.Cells(a), Naive.Cells(b), result, m, k, n);
            var expected = Naive.Multiply(a, b);
            var scale = Naive.AbsoluteProductSums(a, b);
            for (var i = 0; i < m; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    Assert.True(Math.Abs(result[i * n + j] - expected[i, j]) <= 4 * k * Math.Pow(2, -53) * scale[i, j],
                        $"{m} x {k} x {n}: cell ({i}, {j}) is {result[i * n + j]}, expected {expected[i, j]}");
                }
            }
        }
    }
}

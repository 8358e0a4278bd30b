using DmlNet.Runtime.Data;
using DmlNet.Runtime.Kernels;

namespace DmlNet.Tests.Runtime;

/// <summary>
/// The blocked dense multiply against a naive triple loop, on shapes that leave partial register
/// tiles, span several packed blocks (k &gt; 384, n &gt; 1536) and run in parallel by rows or, for
/// few rows or more columns than rows (64 x 530), by columns.
/// </summary>
public class DenseGemmTests
{
    [Theory]
    [InlineData(1, 1, 2)]
    [InlineData(7, 5, 3)]
    [InlineData(8, 24, 384)]
    [InlineData(9, 25, 385)]
    [InlineData(130, 70, 800)]
    [InlineData(300, 49, 17)]
    [InlineData(3, 3100, 20)]
    [InlineData(193, 3, 1000)]
    [InlineData(9, 2000, 300)]
    [InlineData(1, 5000, 60)]
    [InlineData(64, 530, 97)]
    public void MatchesTheNaiveProduct(int m, int n, int k)
    {
        var a = Values(m, k, seed: m * 31 + k);
        var b = Values(k, n, seed: n * 17 + k);
        var product = MatrixMultiply.Multiply(MatrixBlock.FromDense(m, k, a), MatrixBlock.FromDense(k, n, b)).DenseValues();
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j < n; j++)
            {
                double expected = 0, magnitude = 0;
                for (var p = 0; p < k; p++)
                {
                    expected += a[i * k + p] * b[p * n + j];
                    magnitude += Math.Abs(a[i * k + p] * b[p * n + j]);
                }
                // Summation order differs (blocks of k, fused multiply-adds): allow a few ulps of the absolute sum.
                Assert.True(Math.Abs(product[i * n + j] - expected) <= 1e-14 * magnitude + 1e-300,
                    $"C[{i},{j}] = {product[i * n + j]}, expected {expected}");
            }
        }
    }

    [Theory]
    [InlineData(9, 25, 385)]
    [InlineData(130, 70, 800)]
    [InlineData(5, 700, 400)]
    public void ThePortableTileMatchesTheAvx512Tile(int m, int n, int k)
    {
        var a = Values(m, k, seed: 5);
        var b = Values(k, n, seed: 6);
        var portable = new double[m * n];
        DenseGemm.Multiply<VectorKernel>(a, b, portable, m, k, n);
        var naive = new double[m * n];
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j < n; j++)
            {
                for (var p = 0; p < k; p++)
                {
                    naive[i * n + j] += a[i * k + p] * b[p * n + j];
                }
            }
        }
        Assert.All(Enumerable.Range(0, m * n), c => Assert.True(Math.Abs(portable[c] - naive[c]) <= 1e-12, $"cell {c}"));
        if (System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated)
        {
            var wide = new double[m * n];
            DenseGemm.Multiply<Avx512Kernel>(a, b, wide, m, k, n);
            Assert.All(Enumerable.Range(0, m * n), c => Assert.True(Math.Abs(wide[c] - naive[c]) <= 1e-12, $"cell {c}"));
        }
    }

    [Fact]
    public void IntegerValuedProductsAreExact()
    {
        const int m = 50, k = 700, n = 60;
        var a = new double[m * k];
        var b = new double[k * n];
        for (var i = 0; i < a.Length; i++)
        {
            a[i] = i % 7 - 3;
        }
        for (var i = 0; i < b.Length; i++)
        {
            b[i] = i % 5 - 2;
        }
        var product = MatrixMultiply.Multiply(MatrixBlock.FromDense(m, k, a), MatrixBlock.FromDense(k, n, b)).DenseValues();
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j < n; j++)
            {
                long expected = 0;
                for (var p = 0; p < k; p++)
                {
                    expected += (long)a[i * k + p] * (long)b[p * n + j];
                }
                Assert.Equal(expected, product[i * n + j]);
            }
        }
    }

    [Fact]
    public void AZeroOperandGivesAnEmptyResultAndNaNPropagates()
    {
        var zeros = MatrixBlock.FromDense(4, 3, new double[12]);
        var ones = MatrixBlock.Filled(3, 2, 1);
        Assert.Equal(0, MatrixMultiply.Multiply(zeros, ones).NonZeros);
        var withNaN = new double[12];
        withNaN[5] = double.NaN;
        var product = MatrixMultiply.Multiply(MatrixBlock.FromDense(4, 3, withNaN), ones);
        Assert.True(double.IsNaN(product.Get(1, 0)) && double.IsNaN(product.Get(1, 1)));
        Assert.Equal(0, product.Get(0, 0));
    }

    private static double[] Values(int rows, int columns, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, rows * columns).Select(_ => random.NextDouble() * 2 - 1).ToArray();
    }
}

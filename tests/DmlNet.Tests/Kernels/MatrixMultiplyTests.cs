using DmlNet.Runtime;
using DmlNet.Runtime.Kernels;
using DmlNet.Tests.Kernels.Support;

namespace DmlNet.Tests.Kernels;

/// <summary>
/// <c>%*%</c> in every storage combination against the textbook triple loop.
/// <para>
/// Tolerance: a computed dot product of length k, in any summation order and with or without fused
/// multiply-adds, is within gamma_k * sum|a_ip * b_pj| of the exact value, gamma_k = k u / (1 - k u)
/// with u = 2^-53 (Higham, Accuracy and Stability of Numerical Algorithms, section 3.1). The kernel
/// and the naive loop are each that close, so they differ by at most twice that.
/// </para>
/// </summary>
public class MatrixMultiplyTests
{
    /// <summary>
    /// (m, k, n): empty dimensions, dot products, matrix-vector, the 4 x 12 register tile and sizes
    /// just off it, primes up to 70, and sizes crossing the 96-row, 256-deep and 2040-column blocks.
    /// </summary>
    public static TheoryData<int, int, int> Shapes() => new(
        (0, 3, 4), (3, 0, 4), (3, 4, 0), (0, 0, 0), (1, 1, 1), (1, 7, 1), (1, 70, 1), (7, 1, 1), (5, 9, 1), (67, 61, 1), (1, 9, 5),
        (4, 12, 12), (5, 13, 13), (3, 3, 11), (8, 24, 25), (13, 17, 19), (37, 41, 43), (61, 67, 70), (97, 5, 13), (5, 300, 7),
        (96, 256, 24), (3, 2, 2050), (2, 257, 2041));

    /// <summary>Fractions of non-zeros of the left and right operands.</summary>
    private static readonly (double Left, double Right)[] DensityPairs = [(1, 1), (0.6, 0.6), (0.1, 1), (1, 0.1), (0.1, 0.1), (0, 1), (1, 0)];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void ProductAgreesWithTheTripleLoopInEveryStorage(int m, int k, int n)
    {
        foreach (var (leftDensity, rightDensity) in DensityPairs)
        {
            var a = TestMatrices.Uniform(m, k, leftDensity, TestMatrices.Seed(m, k, n, leftDensity));
            var b = TestMatrices.Uniform(k, n, rightDensity, TestMatrices.Seed(m, k, n, rightDensity, "b"));
            var expected = Naive.Multiply(a, b);
            var tolerance = Tolerance(a, b);
            foreach (var leftStorage in TestMatrices.Storages)
            {
                foreach (var rightStorage in TestMatrices.Storages)
                {
                    var context = $"({m} x {k} {leftStorage} d={leftDensity}) %*% ({k} x {n} {rightStorage} d={rightDensity})";
                    var result = MatrixMultiply.Multiply(TestMatrices.Block(a, leftStorage), TestMatrices.Block(b, rightStorage));
                    BlockAssert.Close(expected, result, tolerance, context);
                    BlockAssert.BestFormat(result, context);
                }
            }
        }
    }

    /// <summary>
    /// NaN and infinities propagate as in the triple loop, whatever the storage: 0 * NaN and
    /// 0 * Infinity are NaN, so a zero never hides them (nor does an all-zero operand).
    /// </summary>
    [Theory]
    [InlineData(1, 5, 1)]
    [InlineData(6, 5, 1)]
    [InlineData(7, 9, 13)]
    [InlineData(13, 30, 17)]
    public void NaNAndInfinityPropagateAsInTheTripleLoop(int m, int k, int n)
    {
        foreach (var (leftDensity, rightDensity) in DensityPairs)
        {
            foreach (var specialSide in new[] { "left", "right", "both" })
            {
                var a = TestMatrices.Values(m, k, leftDensity, TestMatrices.Seed(m, k, n, leftDensity, specialSide), specials: specialSide != "right");
                var b = TestMatrices.Values(k, n, rightDensity, TestMatrices.Seed(m, k, n, rightDensity, specialSide, "b"), specials: specialSide != "left");
                a[0, k - 1] = specialSide == "right" ? a[0, k - 1] : double.NaN;
                b[k / 2, n - 1] = specialSide == "left" ? b[k / 2, n - 1] : double.PositiveInfinity;
                foreach (var leftStorage in TestMatrices.Storages)
                {
                    foreach (var rightStorage in TestMatrices.Storages)
                    {
                        var x = TestMatrices.Block(a, leftStorage);
                        var y = TestMatrices.Block(b, rightStorage);
                        var context = $"({m} x {k} {leftStorage} d={leftDensity}) %*% ({k} x {n} {rightStorage} d={rightDensity}), specials {specialSide}";
                        var (left, right) = (x.ToArray(), y.ToArray());
                        BlockAssert.Close(Naive.Multiply(left, right), MatrixMultiply.Multiply(x, y), Tolerance(left, right), context);
                    }
                }
            }
        }
    }

    [Fact]
    public void AnAllZeroOperandTimesNaNIsNaN()
    {
        foreach (var storage in TestMatrices.Storages)
        {
            var zeros = TestMatrices.Block(new double[2, 2], storage);
            var withNaN = TestMatrices.Block(2, 2, Storage.Dense, 1, double.NaN, 2, 3);
            BlockAssert.Equal(new[,] { { 0, double.NaN }, { 0, double.NaN } }, MatrixMultiply.Multiply(zeros, withNaN), $"{storage} zeros %*% NaN");
        }
    }

    [Fact]
    public void MismatchedInnerDimensionsAreAnError()
    {
        var a = TestMatrices.Block(new double[2, 3], Storage.Dense);
        var error = Assert.Throws<DmlRuntimeException>(() => MatrixMultiply.Multiply(a, a));
        Assert.Contains("ncol(A) == nrow(B), got 2 x 3 %*% 2 x 3", error.Message);
    }

    [Fact]
    public void DotAndAxpyAgreeWithPlainLoopsForEveryLength()
    {
        for (var length = 0; length <= 40; length++)
        {
            var x = Naive.Cells(TestMatrices.Uniform(1, length, 1, length));
            var y = Naive.Cells(TestMatrices.Uniform(1, length, 1, length + 100));
            var dot = 0.0;
            var scale = 0.0;
            for (var i = 0; i < length; i++)
            {
                dot += x[i] * y[i];
                scale += Math.Abs(x[i] * y[i]);
            }
            Assert.True(Math.Abs(MatrixMultiply.Dot(x, y) - dot) <= 2 * Gamma(length) * scale, $"Dot of length {length}");
            var target = (double[])y.Clone();
            MatrixMultiply.Axpy(-1.5, x, target);
            for (var i = 0; i < length; i++)
            {
                var expected = y[i] + -1.5 * x[i];
                Assert.True(Math.Abs(target[i] - expected) <= Math.Pow(2, -52) * (Math.Abs(y[i]) + Math.Abs(1.5 * x[i])), $"Axpy of length {length}, cell {i}");
            }
        }
    }

    /// <summary>
    /// Sparse %*% dense adds the rows of B for the non-zeros of a row four at a time: the result must be
    /// bit for bit that of one <see cref="MatrixMultiply.Axpy"/> per non-zero in order, for rows of 0 to 9
    /// non-zeros (groups of four and the remainder) and a width with a scalar tail after the vectors.
    /// </summary>
    [Fact]
    public void SparseTimesDenseEqualsOneAxpyPerNonZeroInOrder()
    {
        const int k = 40;
        var n = 2 * System.Numerics.Vector<double>.Count + 3;
        var left = new double[10, k];
        for (var i = 0; i < 10; i++)
        {
            for (var q = 0; q < i; q++)
            {
                left[i, (q * 7 + i) % k] = 0.5 + q - 0.3 * i;
            }
        }
        var right = TestMatrices.Uniform(k, n, 1, 42);
        var (a, b) = (TestMatrices.Block(left, Storage.Sparse), TestMatrices.Block(right, Storage.Dense));
        Assert.True(a.IsSparse);
        var product = MatrixMultiply.Multiply(a, b);
        var bCells = Naive.Cells(right);
        for (var i = 0; i < 10; i++)
        {
            var expected = new double[n];
            for (var p = 0; p < k; p++)
            {
                if (left[i, p] != 0)
                {
                    MatrixMultiply.Axpy(left[i, p], bCells.AsSpan(p * n, n), expected);
                }
            }
            for (var j = 0; j < n; j++)
            {
                Assert.Equal(expected[j], product.Get(i, j));
            }
        }
    }

    private static Func<int, int, double> Tolerance(double[,] a, double[,] b)
    {
        var scale = Naive.AbsoluteProductSums(a, b);
        var bound = 2 * Gamma(a.GetLength(1));
        return (i, j) => bound * scale[i, j];
    }

    /// <summary>gamma_k = k u / (1 - k u), u = 2^-53.</summary>
    private static double Gamma(int k)
    {
        var ku = k * Math.Pow(2, -53);
        return ku / (1 - ku);
    }
}

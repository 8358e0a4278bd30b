using DmlNet.Runtime;
using DmlNet.Runtime.Data;
using DmlNet.Runtime.Kernels;

namespace DmlNet.Tests.Runtime.Statistics;

/// <summary>inv, det, cholesky, eigen, lu, qr and svd: reconstruction, structure and hand-worked values.</summary>
public class LinearAlgebraTests
{
    private const double Tolerance = 1e-10;

    private static MatrixBlock Spd(int n, int seed)
    {
        var b = Blocks.Random(n, n, 0.3, seed);
        var product = Blocks.Multiply(b, Blocks.Transpose(b));
        for (var i = 0; i < n; i++)
        {
            product[i, i] += n;
        }
        return Blocks.Of(product);
    }

    private static double[,] Identity(int n)
    {
        var identity = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            identity[i, i] = 1;
        }
        return identity;
    }

    [Fact]
    public void InverseTimesMatrixIsIdentity()
    {
        Blocks.AssertClose(new[,] { { 0.6, -0.7 }, { -0.2, 0.4 } }, LinearAlgebraKernels.Inverse(Blocks.Of(new double[,] { { 4, 7 }, { 2, 6 } })), 1e-14);
        var a = Spd(6, 3);
        foreach (var input in Blocks.BothFormats(a))
        {
            Blocks.AssertClose(Identity(6), Blocks.Of(Blocks.Multiply(LinearAlgebraKernels.Inverse(input), a)), Tolerance);
        }
        Assert.Contains("singular", Assert.Throws<DmlRuntimeException>(() =>
            LinearAlgebraKernels.Inverse(Blocks.Of(new double[,] { { 1, 2 }, { 2, 4 } }))).Message);
        Assert.Contains("square", Assert.Throws<DmlRuntimeException>(() => LinearAlgebraKernels.Inverse(MatrixBlock.Filled(2, 3, 1))).Message);
    }

    /// <summary>The determinant by cofactor expansion along the first row.</summary>
    private static double Cofactor(double[,] a)
    {
        var n = a.GetLength(0);
        if (n == 1)
        {
            return a[0, 0];
        }
        var total = 0.0;
        for (var j = 0; j < n; j++)
        {
            var minor = new double[n - 1, n - 1];
            for (var r = 1; r < n; r++)
            {
                for (int c = 0, k = 0; c < n; c++)
                {
                    if (c != j)
                    {
                        minor[r - 1, k++] = a[r, c];
                    }
                }
            }
            total += (j % 2 == 0 ? 1 : -1) * a[0, j] * Cofactor(minor);
        }
        return total;
    }

    [Fact]
    public void DeterminantMatchesCofactorExpansion()
    {
        Assert.Equal(-2, LinearAlgebraKernels.Determinant(Blocks.Of(new double[,] { { 1, 2 }, { 3, 4 } })), 14);
        var a = Blocks.Random(5, 5, 0.3, seed: 11);
        foreach (var input in Blocks.BothFormats(a))
        {
            Assert.Equal(Cofactor(a.ToArray()), LinearAlgebraKernels.Determinant(input), 8);
        }
        Assert.Equal(0, LinearAlgebraKernels.Determinant(Blocks.Of(new double[,] { { 1, 2 }, { 2, 4 } })), 14);
        Assert.Equal(1, LinearAlgebraKernels.Determinant(MatrixBlock.Filled(0, 0, 0)));
        Assert.Contains("square", Assert.Throws<DmlRuntimeException>(() => LinearAlgebraKernels.Determinant(MatrixBlock.Filled(1, 2, 1))).Message);
    }

    [Fact]
    public void CholeskyFactorIsLowerAndReconstructs()
    {
        Blocks.AssertClose(new double[,] { { 2, 0, 0 }, { 6, 1, 0 }, { -8, 5, 3 } },
            LinearAlgebraKernels.Cholesky(Blocks.Of(new double[,] { { 4, 12, -16 }, { 12, 37, -43 }, { -16, -43, 98 } })), 1e-13);
        var a = Spd(7, 5);
        foreach (var input in Blocks.BothFormats(a))
        {
            var l = LinearAlgebraKernels.Cholesky(input);
            for (var i = 0; i < 7; i++)
            {
                for (var j = i + 1; j < 7; j++)
                {
                    Assert.Equal(0, l.Get(i, j));
                }
            }
            Blocks.AssertClose(a.ToArray(), Blocks.Of(Blocks.Multiply(l, Blocks.Transpose(l))), Tolerance);
        }
        Assert.Contains("positive definite", Assert.Throws<DmlRuntimeException>(() =>
            LinearAlgebraKernels.Cholesky(Blocks.Of(new double[,] { { 1, 2 }, { 2, 1 } }))).Message);
        Assert.Contains("symmetric", Assert.Throws<DmlRuntimeException>(() =>
            LinearAlgebraKernels.Cholesky(Blocks.Of(new double[,] { { 4, 1 }, { 2, 4 } }))).Message);
    }

    [Fact]
    public void EigenvaluesAscendWithOrthonormalVectors()
    {
        var (w2, _) = Decompositions.Eigen(Blocks.Of(new double[,] { { 2, 1 }, { 1, 2 } }));
        Assert.Equal([1, 3], w2.DenseValues(), new DoublePrecision(14));
        var a = Spd(6, 8);
        foreach (var input in Blocks.BothFormats(a))
        {
            var (w, v) = Decompositions.Eigen(input);
            Assert.Equal((6, 1), (w.Rows, w.Columns));
            var values = w.DenseValues();
            Assert.Equal(values.Order(), values);
            var diagonal = new double[6, 6];
            for (var i = 0; i < 6; i++)
            {
                diagonal[i, i] = values[i];
            }
            Blocks.AssertClose(Blocks.Multiply(v, Blocks.Of(diagonal)), Blocks.Of(Blocks.Multiply(a, v)), 1e-9);
            Blocks.AssertClose(Identity(6), Blocks.Of(Blocks.Multiply(Blocks.Transpose(v), v)), Tolerance);
        }
    }

    [Fact]
    public void NonSymmetricEigenWorksForRealEigenvaluesOnly()
    {
        var a = Blocks.Of(new double[,] { { 2, 0 }, { 1, 3 } });
        var (w, v) = Decompositions.Eigen(a);
        Assert.Equal([2, 3], w.DenseValues(), new DoublePrecision(14));
        Blocks.AssertClose(Blocks.Multiply(v, Blocks.Of(new double[,] { { 2, 0 }, { 0, 3 } })), Blocks.Of(Blocks.Multiply(a, v)), 1e-12);
        Assert.Contains("complex", Assert.Throws<DmlRuntimeException>(() =>
            Decompositions.Eigen(Blocks.Of(new double[,] { { 0, -1 }, { 1, 0 } }))).Message);
    }

    [Fact]
    public void LuPermutesRowsSoThatPaEqualsLu()
    {
        var b = Blocks.Of(new double[,] { { 0, 2, 1 }, { 1, 1, 0 }, { 2, 1, 3 } });
        var (p, l, u) = Decompositions.Lu(b);
        // pivots: row 3 (2 > 1 > 0), then row 1 (2 > 0.5); last multiplier (0.5 - 0) / 2
        Blocks.AssertClose(new double[,] { { 0, 0, 1 }, { 1, 0, 0 }, { 0, 1, 0 } }, p, 0);
        Blocks.AssertClose(new double[,] { { 1, 0, 0 }, { 0, 1, 0 }, { 0.5, 0.25, 1 } }, l, 1e-15);
        Blocks.AssertClose(new double[,] { { 2, 1, 3 }, { 0, 2, 1 }, { 0, 0, -1.75 } }, u, 1e-15);
        foreach (var input in Blocks.BothFormats(Blocks.Random(6, 6, 0.4, seed: 21)))
        {
            var (p6, l6, u6) = Decompositions.Lu(input);
            Blocks.AssertClose(Blocks.Multiply(p6, input), Blocks.Of(Blocks.Multiply(l6, u6)), 1e-12);
            for (var i = 0; i < 6; i++)
            {
                Assert.Equal(1, l6.Get(i, i));
                Assert.Equal(1, Blocks.Row(p6, i).Sum());
                for (var j = i + 1; j < 6; j++)
                {
                    Assert.Equal(0, l6.Get(i, j));
                    Assert.Equal(0, u6.Get(j, i));
                }
            }
        }
        var (ps, ls, us) = Decompositions.Lu(Blocks.Of(new double[,] { { 1, 2 }, { 2, 4 } }));
        Blocks.AssertClose(Blocks.Multiply(ps, Blocks.Of(new double[,] { { 1, 2 }, { 2, 4 } })), Blocks.Of(Blocks.Multiply(ls, us)), 1e-14);
        Assert.Contains("square", Assert.Throws<DmlRuntimeException>(() => Decompositions.Lu(MatrixBlock.Filled(3, 2, 1))).Message);
    }

    /// <summary>Q = (I - h1 h1' / h1[1]) (I - h2 h2' / h2[2]) ... from the Householder vectors in H.</summary>
    private static MatrixBlock QFromHouseholder(MatrixBlock h)
    {
        var m = h.Rows;
        var q = Identity(m);
        for (var j = Math.Min(m, h.Columns) - 1; j >= 0; j--)
        {
            var hj = h.Get(j, j);
            if (hj == 0)
            {
                continue;
            }
            var reflector = Identity(m);
            for (var r = 0; r < m; r++)
            {
                for (var c = 0; c < m; c++)
                {
                    reflector[r, c] -= h.Get(r, j) * h.Get(c, j) / hj;
                }
            }
            q = Blocks.Multiply(Blocks.Of(reflector), Blocks.Of(q));
        }
        return Blocks.Of(q);
    }

    [Theory]
    [InlineData(5, 3)]
    [InlineData(3, 3)]
    [InlineData(2, 4)]
    public void QrHouseholderVectorsRebuildQWithQrEqualToA(int m, int n)
    {
        foreach (var input in Blocks.BothFormats(Blocks.Random(m, n, 0.3, seed: m * 10 + n)))
        {
            var (h, r) = HouseholderQr.Decompose(input);
            Assert.Equal((m, n), (h.Rows, h.Columns));
            Assert.Equal((m, n), (r.Rows, r.Columns));
            for (var i = 0; i < m; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    if (j > i)
                    {
                        Assert.Equal(0, h.Get(i, j));
                    }
                    if (j < i)
                    {
                        Assert.Equal(0, r.Get(i, j));
                    }
                }
            }
            for (var j = 0; j < Math.Min(m, n); j++)
            {
                Assert.InRange(h.Get(j, j), 1, 2);
            }
            var q = QFromHouseholder(h);
            Blocks.AssertClose(input, Blocks.Of(Blocks.Multiply(q, r)), 1e-12);
            Blocks.AssertClose(Identity(m), Blocks.Of(Blocks.Multiply(Blocks.Transpose(q), q)), 1e-12);
        }
    }

    [Fact]
    public void QrSignConventionHandWorked()
    {
        // x = (3, 4): a = -5 since x1 > 0; v = (8, 4); h = v / 5
        var (h, r) = HouseholderQr.Decompose(Blocks.Of(new double[,] { { 3 }, { 4 } }));
        Assert.Equal([1.6, 0.8], h.DenseValues(), new DoublePrecision(15));
        Assert.Equal([-5, 0], r.DenseValues(), new DoublePrecision(15));
        // x1 < 0: a = +||x||
        var (_, r2) = HouseholderQr.Decompose(Blocks.Of(new double[,] { { -3, 1 }, { 4, 1 } }));
        Assert.Equal(5, r2.Get(0, 0), 14);
        // a zero column gives a zero Householder column and zero R diagonal
        var (h3, r3) = HouseholderQr.Decompose(Blocks.Of(new double[,] { { 0, 1 }, { 0, 2 } }));
        Assert.Equal([0, 0], Blocks.ColumnOf(h3, 0));
        Assert.Equal(0, r3.Get(0, 0));
    }

    [Theory]
    [InlineData(5, 3)]
    [InlineData(3, 5)]
    [InlineData(4, 4)]
    public void SvdIsThinAndReconstructs(int m, int n)
    {
        var a = Blocks.Random(m, n, 0.3, seed: 100 + m * n);
        var k = Math.Min(m, n);
        foreach (var input in Blocks.BothFormats(a))
        {
            var (u, s, v) = Decompositions.Svd(input);
            Assert.Equal((m, k), (u.Rows, u.Columns));
            Assert.Equal((k, k), (s.Rows, s.Columns));
            Assert.Equal((n, k), (v.Rows, v.Columns));
            var singular = Enumerable.Range(0, k).Select(i => s.Get(i, i)).ToArray();
            Assert.Equal(singular.OrderDescending(), singular);
            Assert.All(singular, x => Assert.True(x >= 0));
            Blocks.AssertClose(a, Blocks.Of(Blocks.Multiply(Blocks.Of(Blocks.Multiply(u, s)), Blocks.Transpose(v))), 1e-10);
            Blocks.AssertClose(Identity(k), Blocks.Of(Blocks.Multiply(Blocks.Transpose(u), u)), 1e-10);
            Blocks.AssertClose(Identity(k), Blocks.Of(Blocks.Multiply(Blocks.Transpose(v), v)), 1e-10);
        }
        var (_, s2, _) = Decompositions.Svd(Blocks.Of(new double[,] { { 3, 0 }, { 0, -2 } }));
        Assert.Equal([3, 0, 0, 2], s2.DenseValues(), new DoublePrecision(14));
    }

    [Fact]
    public void OneByOneInputsDecomposeByHand()
    {
        var a = Blocks.Of(new double[,] { { -4 } });
        Assert.Equal([-0.25], LinearAlgebraKernels.Inverse(a).DenseValues());
        Assert.Equal(-4, LinearAlgebraKernels.Determinant(a));
        Assert.Equal([3.0], LinearAlgebraKernels.Cholesky(Blocks.Of(new double[,] { { 9 } })).DenseValues());
        var (w, v) = Decompositions.Eigen(a);
        Assert.Equal([-4.0], w.DenseValues());
        Assert.Equal(1, Math.Abs(v.Get(0, 0)));
        var (p, l, u) = Decompositions.Lu(a);
        Assert.Equal([1.0, 1.0, -4.0], [p.Get(0, 0), l.Get(0, 0), u.Get(0, 0)]);
        var (h, r) = HouseholderQr.Decompose(a);
        // x = -4 <= 0: a = +4, v = -8, h = v / -4 = 2
        Assert.Equal([2.0, 4.0], [h.Get(0, 0), r.Get(0, 0)]);
        var (su, ss, sv) = Decompositions.Svd(a);
        Assert.Equal([4.0], ss.DenseValues());
        Assert.Equal(-4, su.Get(0, 0) * ss.Get(0, 0) * sv.Get(0, 0), 14);
    }

    [Fact]
    public void EmptyInputsGiveEmptyResults()
    {
        var empty = MatrixBlock.Filled(0, 0, 0);
        Assert.Equal(0, LinearAlgebraKernels.Inverse(empty).Rows);
        Assert.Equal(0, LinearAlgebraKernels.Cholesky(empty).Rows);
        Assert.Equal((0, 1), (Decompositions.Eigen(empty).Values.Rows, Decompositions.Eigen(empty).Values.Columns));
        Assert.Equal(0, Decompositions.Lu(empty).U.Rows);
        Assert.Equal((0, 0), (HouseholderQr.Decompose(empty).R.Rows, HouseholderQr.Decompose(empty).R.Columns));
        var (u, s, v) = Decompositions.Svd(MatrixBlock.Filled(3, 0, 0));
        Assert.Equal(((3, 0), (0, 0), (0, 0)), ((u.Rows, u.Columns), (s.Rows, s.Columns), (v.Rows, v.Columns)));
    }

    [Fact]
    public void SolveChecksSquarenessAndSingularity()
    {
        var x = LinearAlgebraKernels.Solve(Blocks.Of(new double[,] { { 2, 1 }, { 1, 3 } }), Blocks.Column(3, 5));
        Assert.Equal([0.8, 1.4], x.DenseValues(), new DoublePrecision(14));
        Assert.Contains("singular", Assert.Throws<DmlRuntimeException>(() =>
            LinearAlgebraKernels.Solve(Blocks.Of(new double[,] { { 1, 2 }, { 2, 4 } }), Blocks.Column(1, 2))).Message);
    }
}

using DmlNet.Runtime.Data;
using MathNet.Numerics.LinearAlgebra;
using static DmlNet.Runtime.Kernels.LinearAlgebraKernels;

namespace DmlNet.Runtime.Kernels;

/// <summary>The multi-output decompositions eigen, lu and svd through MathNet.Numerics (qr: <see cref="HouseholderQr"/>).</summary>
public static class Decompositions
{
    /// <summary>Imaginary parts up to this fraction of the largest eigenvalue magnitude count as rounding noise.</summary>
    private const double ImaginaryTolerance = 1e-10;

    /// <summary>
    /// <c>[w, V] = eigen(A)</c>: eigenvalues ascending as an n x 1 column and the eigenvectors as the
    /// columns of V (unit length), so A V = V diag(w). Meant for symmetric A (V orthonormal); a
    /// non-symmetric A with only real eigenvalues also works, complex eigenvalues are an error.
    /// The sign of each eigenvector is whatever the solver produces, as in SystemDS.
    /// </summary>
    public static (MatrixBlock Values, MatrixBlock Vectors) Eigen(MatrixBlock a)
    {
        RequireSquare(a, "eigen()", "A");
        var n = a.Rows;
        if (n == 0)
        {
            return (MatrixBlock.Filled(0, 1, 0), a);
        }
        var symmetric = IsSymmetric(a);
        var evd = ToMathNet(a).Evd(symmetric ? Symmetricity.Symmetric : Symmetricity.Asymmetric);
        var values = evd.EigenValues;
        var largest = values.Select(v => v.Magnitude).Max();
        if (!symmetric && values.Any(v => Math.Abs(v.Imaginary) > ImaginaryTolerance * Math.Max(1, largest)))
        {
            throw new DmlRuntimeException($"eigen() found complex eigenvalues of the non-symmetric {n} x {n} input; it needs a symmetric matrix");
        }
        var order = Enumerable.Range(0, n).OrderBy(i => values[i].Real).ToArray();
        var vectors = evd.EigenVectors;
        var w = new double[n];
        var v = new double[n * n];
        for (var k = 0; k < n; k++)
        {
            var column = vectors.Column(order[k]);
            var norm = symmetric ? 1 : column.L2Norm();
            w[k] = values[order[k]].Real;
            for (var i = 0; i < n; i++)
            {
                v[i * n + k] = column[i] / norm;
            }
        }
        return (MatrixBlock.FromDense(n, 1, w).WithBestFormat(), MatrixBlock.FromDense(n, n, v).WithBestFormat());
    }

    /// <summary>
    /// <c>[P, L, U] = lu(A)</c> with partial pivoting (the largest magnitude in each column, first on
    /// ties): P %*% A = L %*% U with P a permutation matrix, L unit lower and U upper triangular.
    /// A singular A still factors (U then has a zero on its diagonal).
    /// </summary>
    public static (MatrixBlock P, MatrixBlock L, MatrixBlock U) Lu(MatrixBlock a)
    {
        RequireSquare(a, "lu()", "A");
        var n = a.Rows;
        if (n == 0)
        {
            return (a, a, a);
        }
        var lu = ToMathNet(a).LU();
        var permutation = Matrix<double>.Build.DenseIdentity(n);
        permutation.PermuteRows(lu.P);
        return (FromMathNet(permutation), FromMathNet(lu.L), FromMathNet(lu.U));
    }

    /// <summary>
    /// <c>[U, S, V] = svd(A)</c>, the thin decomposition: with k = min(m, n), U is m x k, S the k x k
    /// diagonal of singular values in descending order, V n x k, and A = U S t(V).
    /// </summary>
    public static (MatrixBlock U, MatrixBlock S, MatrixBlock V) Svd(MatrixBlock a)
    {
        var (m, n) = (a.Rows, a.Columns);
        var k = Math.Min(m, n);
        if (k == 0)
        {
            return (MatrixBlock.Filled(m, 0, 0), MatrixBlock.Filled(0, 0, 0), MatrixBlock.Filled(n, 0, 0));
        }
        var svd = ToMathNet(a).Svd(computeVectors: true);
        var s = Matrix<double>.Build.DenseOfDiagonalVector(k, k, svd.S.SubVector(0, k));
        return (FromMathNet(svd.U.SubMatrix(0, m, 0, k)), FromMathNet(s), FromMathNet(svd.VT.Transpose().SubMatrix(0, n, 0, k)));
    }
}

using DmlNet.Runtime.Data;
using MathNet.Numerics.LinearAlgebra;

namespace DmlNet.Runtime.Kernels;

/// <summary>Solvers, inverse, determinant and Cholesky factor through MathNet.Numerics (accurate to ~1e-14; not used for plain products).</summary>
public static class LinearAlgebraKernels
{
    /// <summary>Relative tolerance of the symmetry tests (cholesky, eigen): |a_ij - a_ji| &lt;= 1e-12 max|A|.</summary>
    private const double SymmetryTolerance = 1e-12;

    /// <summary><c>solve(A, b)</c>: x with A x = b for a square, non-singular A (Householder QR, as SystemDS).</summary>
    public static MatrixBlock Solve(MatrixBlock a, MatrixBlock b)
    {
        RequireSquare(a, "solve()", "A");
        if (b.Rows != a.Rows)
        {
            throw new DmlRuntimeException($"solve(): A is {a.Rows} x {a.Columns} but b has {b.Rows} rows");
        }
        return FromMathNet(NonSingularQr(a, "solve()").Solve(ToMathNet(b)));
    }

    /// <summary>
    /// <c>inv(A)</c>: the inverse of a square, non-singular matrix, by LU with partial pivoting (as
    /// LAPACK's getri; exact for 1 x 1 and diagonal inputs). A pivot below n * 1e-15 of the largest means singular.
    /// </summary>
    public static MatrixBlock Inverse(MatrixBlock a)
    {
        RequireSquare(a, "inv()", "A");
        if (a.Rows == 0)
        {
            return a;
        }
        var lu = ToMathNet(a).LU();
        CheckPivots(lu.U.Diagonal(), a, "inv()");
        return FromMathNet(lu.Inverse());
    }

    /// <summary><c>det(A)</c>: the determinant of a square matrix (LU with partial pivoting); 1 for 0 x 0.</summary>
    public static double Determinant(MatrixBlock a)
    {
        RequireSquare(a, "det()", "A");
        return a.Rows == 0 ? 1 : ToMathNet(a).Determinant();
    }

    /// <summary><c>cholesky(A)</c>: the lower-triangular L with A = L t(L) of a symmetric positive definite matrix.</summary>
    public static MatrixBlock Cholesky(MatrixBlock a)
    {
        RequireSquare(a, "cholesky()", "A");
        if (a.Rows == 0)
        {
            return a;
        }
        if (!IsSymmetric(a))
        {
            throw new DmlRuntimeException($"cholesky() needs a symmetric matrix; the {a.Rows} x {a.Columns} input is not");
        }
        try
        {
            return FromMathNet(ToMathNet(a).Cholesky().Factor);
        }
        catch (ArgumentException)
        {
            throw new DmlRuntimeException($"cholesky() needs a positive definite matrix; the {a.Rows} x {a.Columns} input is not");
        }
    }

    /// <summary>Checks that <paramref name="a"/> is square, naming the builtin and argument in the error.</summary>
    internal static void RequireSquare(MatrixBlock a, string function, string argument)
    {
        if (a.Rows != a.Columns)
        {
            throw new DmlRuntimeException($"{function} needs a square matrix {argument}, got {a.Rows} x {a.Columns}");
        }
    }

    /// <summary>True when a square block is symmetric up to <see cref="SymmetryTolerance"/> relative to its largest entry.</summary>
    internal static bool IsSymmetric(MatrixBlock a)
    {
        var values = a.DenseValues();
        var n = a.Rows;
        var largest = 0.0;
        foreach (var v in values)
        {
            largest = Math.Max(largest, Math.Abs(v));
        }
        var tolerance = SymmetryTolerance * largest;
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                if (!(Math.Abs(values[i * n + j] - values[j * n + i]) <= tolerance))
                {
                    return false;
                }
            }
        }
        return true;
    }

    /// <summary>The QR factorization of a square A that is not singular (see <see cref="CheckPivots"/>).</summary>
    private static MathNet.Numerics.LinearAlgebra.Factorization.QR<double> NonSingularQr(MatrixBlock a, string function)
    {
        var qr = ToMathNet(a).QR();
        CheckPivots(qr.R.Diagonal(), a, function);
        return qr;
    }

    /// <summary>A triangular factor's diagonal entry at or below n * 1e-15 of the largest (or NaN) means A is singular.</summary>
    private static void CheckPivots(Vector<double> pivots, MatrixBlock a, string function)
    {
        var magnitudes = pivots.Select(Math.Abs).ToArray();
        var largest = magnitudes.Length == 0 ? 0 : magnitudes.Max();
        if (magnitudes.Any(d => d <= largest * a.Rows * 1e-15 || double.IsNaN(d)))
        {
            throw new DmlRuntimeException($"{function}: the {a.Rows} x {a.Columns} matrix A is singular");
        }
    }

    /// <summary>A MathNet dense matrix with the block's values.</summary>
    public static Matrix<double> ToMathNet(MatrixBlock block) => Matrix<double>.Build.DenseOfRowMajor(block.Rows, block.Columns, block.DenseValues());

    /// <summary>A block with a MathNet matrix's values.</summary>
    public static MatrixBlock FromMathNet(Matrix<double> matrix) =>
        MatrixBlock.FromDense(matrix.RowCount, matrix.ColumnCount, matrix.ToRowMajorArray()).WithBestFormat();
}

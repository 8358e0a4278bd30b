using DmlNet.Runtime.Data;
using MathNet.Numerics.LinearAlgebra;

namespace DmlNet.Runtime.Kernels;

/// <summary>Decompositions and solvers through MathNet.Numerics (accurate to ~1e-14; not used for plain products).</summary>
public static class LinearAlgebraKernels
{
    /// <summary><c>solve(A, b)</c>: x with A x = b for a square, non-singular A (Householder QR, as SystemDS).</summary>
    public static MatrixBlock Solve(MatrixBlock a, MatrixBlock b)
    {
        if (a.Rows != a.Columns)
        {
            throw new DmlRuntimeException($"solve() needs a square matrix A, got {a.Rows} x {a.Columns}");
        }
        if (b.Rows != a.Rows)
        {
            throw new DmlRuntimeException($"solve(): A is {a.Rows} x {a.Columns} but b has {b.Rows} rows");
        }
        var qr = ToMathNet(a).QR();
        var diagonal = qr.R.Diagonal().Select(Math.Abs).ToArray();
        var largest = diagonal.Length == 0 ? 0 : diagonal.Max();
        if (diagonal.Any(d => d <= largest * a.Rows * 1e-15 || double.IsNaN(d)))
        {
            throw new DmlRuntimeException($"solve(): the {a.Rows} x {a.Columns} matrix A is singular");
        }
        return FromMathNet(qr.Solve(ToMathNet(b)));
    }

    /// <summary>A MathNet dense matrix with the block's values.</summary>
    public static Matrix<double> ToMathNet(MatrixBlock block) => Matrix<double>.Build.DenseOfRowMajor(block.Rows, block.Columns, block.DenseValues());

    /// <summary>A block with a MathNet matrix's values.</summary>
    public static MatrixBlock FromMathNet(Matrix<double> matrix) =>
        MatrixBlock.FromDense(matrix.RowCount, matrix.ColumnCount, matrix.ToRowMajorArray()).WithBestFormat();
}

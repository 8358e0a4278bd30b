using DmlNet.Runtime.Data;

namespace DmlNet.Runtime.Kernels;

/// <summary>
/// <c>[H, R] = qr(A)</c> for any m x n A, in the convention SystemDS returns (Apache Commons Math's
/// Householder QR): for step j = 1..min(m, n), with x the part of column j from row j down,
/// R[j,j] = a = -sign(x[1]) ||x|| (a = +||x|| when x[1] = 0) and the reflector vector is
/// h = (x - a e1) / (-a), stored in column j of H from row j down. Then h[1] is in [1, 2],
/// h' h = 2 h[1], each reflector is I - h h' / h[1], and Q = H_1 H_2 ... H_k with Q R = A.
/// H is m x n lower trapezoidal, R m x n upper trapezoidal. A zero column x gives a = 0 and a zero
/// column of H (its reflector is the identity; Commons Math would divide 0 by 0 there).
/// </summary>
public static class HouseholderQr
{
    /// <summary>The Householder vectors H and the factor R.</summary>
    public static (MatrixBlock H, MatrixBlock R) Decompose(MatrixBlock a)
    {
        var (m, n) = (a.Rows, a.Columns);
        var steps = Math.Min(m, n);
        var work = a.DenseValues();
        // column-major copy: columns[j][i] = A[i, j]
        var columns = new double[n][];
        for (var j = 0; j < n; j++)
        {
            columns[j] = new double[m];
            for (var i = 0; i < m; i++)
            {
                columns[j][i] = work[(long)i * n + j];
            }
        }
        var diagonal = new double[steps];
        for (var minor = 0; minor < steps; minor++)
        {
            diagonal[minor] = Reflect(columns, minor, m);
        }
        var h = new double[(long)m * n];
        var r = new double[(long)m * n];
        for (var j = 0; j < steps; j++)
        {
            r[(long)j * n + j] = diagonal[j];
            for (var col = j + 1; col < n; col++)
            {
                r[(long)j * n + col] = columns[col][j];
            }
            if (diagonal[j] != 0)
            {
                for (var i = j; i < m; i++)
                {
                    h[(long)i * n + j] = columns[j][i] / -diagonal[j];
                }
            }
        }
        return (MatrixBlock.FromDense(m, n, h).WithBestFormat(), MatrixBlock.FromDense(m, n, r).WithBestFormat());
    }

    /// <summary>One Householder step on column <paramref name="minor"/>: stores v = x - a e1 there, reflects the later columns, returns a.</summary>
    private static double Reflect(double[][] columns, int minor, int m)
    {
        var v = columns[minor];
        var normSquared = 0.0;
        for (var i = minor; i < m; i++)
        {
            normSquared += v[i] * v[i];
        }
        var a = v[minor] > 0 ? -Math.Sqrt(normSquared) : Math.Sqrt(normSquared);
        if (a == 0)
        {
            return 0;
        }
        v[minor] -= a;
        // with |v|^2 = -2 a v[minor]: H x = x - (2 <x, v> / |v|^2) v = x + (<x, v> / (a v[minor])) v
        var scale = 1 / (a * v[minor]);
        for (var col = minor + 1; col < columns.Length; col++)
        {
            var x = columns[col];
            var dot = 0.0;
            for (var i = minor; i < m; i++)
            {
                dot += x[i] * v[i];
            }
            var factor = dot * scale;
            for (var i = minor; i < m; i++)
            {
                x[i] += factor * v[i];
            }
        }
        return a;
    }
}

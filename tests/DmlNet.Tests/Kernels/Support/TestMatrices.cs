using DmlNet.Runtime.Data;

namespace DmlNet.Tests.Kernels.Support;

/// <summary>Which storage a test block uses.</summary>
public enum Storage
{
    /// <summary>Row-major dense values.</summary>
    Dense,
    /// <summary>CSR rows.</summary>
    Sparse,
}

/// <summary>
/// Deterministic test matrices: the same values stored dense and sparse, with zeros, -0.0, NaN
/// and infinities mixed in, at any fraction of non-zeros.
/// </summary>
public static class TestMatrices
{
    /// <summary>Both storages.</summary>
    public static readonly Storage[] Storages = [Storage.Dense, Storage.Sparse];

    /// <summary>Fractions of non-zero cells from empty to full.</summary>
    public static readonly double[] Densities = [0, 0.1, 0.5, 1];

    /// <summary>
    /// Shapes for cell-wise kernels: empty ones, 1 x 1, vectors, and sizes crossing the SIMD width
    /// and the 32-cell transpose tiles (primes among them).
    /// </summary>
    public static readonly (int Rows, int Columns)[] Shapes =
    [
        (0, 0), (0, 3), (3, 0), (1, 1), (1, 7), (7, 1), (2, 3), (5, 5), (13, 17), (33, 31),
    ];

    /// <summary>Ordinary non-zero values: small integers and binary fractions (exact sums and products).</summary>
    private static readonly double[] Ordinary = [1, -1, 2, -2, 3, -3, 5, -5, 0.5, -0.5, 2.5, -1.25, 0.1, -3.7, 7, 0.3];

    /// <summary>The special values a cell may take.</summary>
    private static readonly double[] Specials = [double.NaN, double.PositiveInfinity, double.NegativeInfinity];

    /// <summary>
    /// A rows x columns matrix where each cell is non-zero with probability <paramref name="density"/>;
    /// with <paramref name="specials"/>, about a tenth of the non-zeros are NaN or +-Infinity and a
    /// fifth of the zeros are -0.0.
    /// </summary>
    public static double[,] Values(int rows, int columns, double density, int seed, bool specials = true)
    {
        var random = new Random(seed);
        var values = new double[rows, columns];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                if (random.NextDouble() < density)
                {
                    values[i, j] = specials && random.NextDouble() < 0.1
                        ? Specials[random.Next(Specials.Length)]
                        : Ordinary[random.Next(Ordinary.Length)];
                }
                else
                {
                    values[i, j] = specials && random.NextDouble() < 0.2 ? -0.0 : 0.0;
                }
            }
        }
        return values;
    }

    /// <summary>A matrix of finite values uniform in [-1, 1), each non-zero with probability <paramref name="density"/>.</summary>
    public static double[,] Uniform(int rows, int columns, double density, int seed)
    {
        var random = new Random(seed);
        var values = new double[rows, columns];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                if (random.NextDouble() < density)
                {
                    values[i, j] = 2 * random.NextDouble() - 1;
                }
            }
        }
        return values;
    }

    /// <summary>A block with these values in the given storage.</summary>
    public static MatrixBlock Block(double[,] values, Storage storage)
    {
        var dense = MatrixBlock.FromArray(values);
        return storage == Storage.Dense ? dense : dense.ToSparse();
    }

    /// <summary>A block from row-major values.</summary>
    public static MatrixBlock Block(int rows, int columns, Storage storage, params double[] rowMajor)
    {
        var dense = MatrixBlock.FromDense(rows, columns, rowMajor);
        return storage == Storage.Dense ? dense : dense.ToSparse();
    }

    /// <summary>A seed that differs for each combination of test parameters.</summary>
    public static int Seed(params object[] parts) => parts.Aggregate(17, (h, p) => unchecked(h * 31 + StableHash(p.ToString()!)));

    private static int StableHash(string text) => text.Aggregate(5381, (h, c) => unchecked(h * 33 + c));
}

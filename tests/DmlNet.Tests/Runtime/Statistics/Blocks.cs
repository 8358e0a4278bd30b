using DmlNet.Runtime.Data;

namespace DmlNet.Tests.Runtime.Statistics;

/// <summary>Test matrices: from literals, seeded random ones with zeros, and both storage formats of each.</summary>
internal static class Blocks
{
    /// <summary>A dense block from rows of values.</summary>
    public static MatrixBlock Of(double[,] values) => MatrixBlock.FromArray(values);

    /// <summary>A column vector.</summary>
    public static MatrixBlock Column(params double[] values) => MatrixBlock.FromDense(values.Length, 1, (double[])values.Clone());

    /// <summary>The same values stored dense and stored sparse.</summary>
    public static IEnumerable<MatrixBlock> BothFormats(MatrixBlock block) => [block.ToDense(), block.ToSparse()];

    /// <summary>A seeded random matrix with roughly <paramref name="zeroFraction"/> zero cells and values in [-5, 5).</summary>
    public static MatrixBlock Random(int rows, int columns, double zeroFraction, int seed)
    {
        var random = new Random(seed);
        var values = new double[rows * columns];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = random.NextDouble() < zeroFraction ? 0 : Math.Round(random.NextDouble() * 10 - 5, 3);
        }
        return MatrixBlock.FromDense(rows, columns, values);
    }

    /// <summary>Row i of a block as an array.</summary>
    public static double[] Row(MatrixBlock block, int i) => Enumerable.Range(0, block.Columns).Select(j => block.Get(i, j)).ToArray();

    /// <summary>Column j of a block as an array.</summary>
    public static double[] ColumnOf(MatrixBlock block, int j) => Enumerable.Range(0, block.Rows).Select(i => block.Get(i, j)).ToArray();

    /// <summary>The naive product of two blocks (reference for reconstruction checks).</summary>
    public static double[,] Multiply(MatrixBlock a, MatrixBlock b)
    {
        var result = new double[a.Rows, b.Columns];
        for (var i = 0; i < a.Rows; i++)
        {
            for (var j = 0; j < b.Columns; j++)
            {
                for (var k = 0; k < a.Columns; k++)
                {
                    result[i, j] += a.Get(i, k) * b.Get(k, j);
                }
            }
        }
        return result;
    }

    /// <summary>The transpose of a block as a new dense block.</summary>
    public static MatrixBlock Transpose(MatrixBlock a)
    {
        var result = new double[a.Columns, a.Rows];
        for (var i = 0; i < a.Rows; i++)
        {
            for (var j = 0; j < a.Columns; j++)
            {
                result[j, i] = a.Get(i, j);
            }
        }
        return MatrixBlock.FromArray(result);
    }

    /// <summary>Asserts every cell of <paramref name="actual"/> is within <paramref name="tolerance"/> of <paramref name="expected"/>.</summary>
    public static void AssertClose(double[,] expected, MatrixBlock actual, double tolerance)
    {
        Assert.Equal(expected.GetLength(0), actual.Rows);
        Assert.Equal(expected.GetLength(1), actual.Columns);
        for (var i = 0; i < actual.Rows; i++)
        {
            for (var j = 0; j < actual.Columns; j++)
            {
                Assert.True(Math.Abs(expected[i, j] - actual.Get(i, j)) <= tolerance,
                    $"cell ({i}, {j}): expected {expected[i, j]}, got {actual.Get(i, j)}");
            }
        }
    }

    /// <summary>Asserts two blocks have the same shape and cells within <paramref name="tolerance"/>.</summary>
    public static void AssertClose(MatrixBlock expected, MatrixBlock actual, double tolerance) =>
        AssertClose(expected.ToArray(), actual, tolerance);
}

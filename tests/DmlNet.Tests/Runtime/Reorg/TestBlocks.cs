using DmlNet.Runtime.Data;

namespace DmlNet.Tests.Runtime.Reorg;

/// <summary>Matrix blocks for kernel tests: the same values stored dense and sparse, and exact comparisons.</summary>
internal static class TestBlocks
{
    /// <summary>The values (row-major) as a dense and as a sparse block.</summary>
    public static MatrixBlock[] Both(int rows, int columns, params double[] values)
    {
        var dense = MatrixBlock.FromDense(rows, columns, values);
        return [dense, dense.ToSparse()];
    }

    /// <summary>Theory data: each storage format of the values, tagged for the test name.</summary>
    public static TheoryData<string> Formats() => ["dense", "sparse"];

    /// <summary>The values (row-major) stored as <paramref name="format"/> ("dense" or "sparse").</summary>
    public static MatrixBlock Of(string format, int rows, int columns, params double[] values)
    {
        var dense = MatrixBlock.FromDense(rows, columns, values);
        return format == "sparse" ? dense.ToSparse() : dense;
    }

    /// <summary>Asserts shape and every cell (NaN equals NaN, -0.0 equals 0.0).</summary>
    public static void Equal(int rows, int columns, double[] expected, MatrixBlock actual)
    {
        Assert.Equal((rows, columns), (actual.Rows, actual.Columns));
        Assert.Equal(expected, actual.DenseValues());
    }

    /// <summary>A deterministic pseudo-random matrix with about <paramref name="density"/> non-zero small integers.</summary>
    public static double[] Random(int rows, int columns, double density, int seed)
    {
        var random = new Random(seed);
        var values = new double[rows * columns];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = random.NextDouble() < density ? random.Next(-4, 5) : 0;
        }
        return values;
    }
}

using DmlNet.Runtime;
using DmlNet.Runtime.Kernels;
using DmlNet.Tests.Kernels.Support;

namespace DmlNet.Tests.Kernels;

/// <summary>table(A, B, W, d1, d2) against a naive count over the rows.</summary>
public class ContingencyTableTests
{
    /// <summary>
    /// The naive table: F[i, j] = sum of w[k] over rows with trunc(a[k]) = i and trunc(b[k]) = j
    /// (rows holding NaN skipped), max(A) x max(B) or, with dimensions, d1 x d2 with the rest dropped.
    /// </summary>
    private static double[,] NaiveTable(double[] a, double[] b, double[] w, int rows = -1, int columns = -1)
    {
        var counted = Enumerable.Range(0, a.Length).Where(k => !double.IsNaN(a[k]) && !double.IsNaN(b[k])).ToList();
        var r = rows >= 0 ? rows : counted.Select(k => (int)Math.Truncate(a[k])).DefaultIfEmpty(0).Max();
        var c = columns >= 0 ? columns : counted.Select(k => (int)Math.Truncate(b[k])).DefaultIfEmpty(0).Max();
        var table = new double[r, c];
        foreach (var k in counted)
        {
            var (i, j) = ((int)Math.Truncate(a[k]) - 1, (int)Math.Truncate(b[k]) - 1);
            if (i < r && j < c)
            {
                table[i, j] += w[k];
            }
        }
        return table;
    }

    private static double[,] Column(double[] values)
    {
        var column = new double[values.Length, 1];
        for (var k = 0; k < values.Length; k++)
        {
            column[k, 0] = values[k];
        }
        return column;
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(40, false)]
    [InlineData(40, true)]
    [InlineData(500, true)]
    public void TableAgreesWithTheNaiveCount(int n, bool weighted)
    {
        var random = new Random(n);
        var a = new double[n];
        var b = new double[n];
        var w = new double[n];
        for (var k = 0; k < n; k++)
        {
            var skip = n > 1 && random.NextDouble() < 0.1;
            a[k] = skip ? double.NaN : random.Next(1, 6) + (random.NextDouble() < 0.3 ? 0.7 : 0);
            b[k] = skip ? double.NaN : random.Next(1, 9);
            w[k] = weighted ? random.Next(-3, 4) * 0.5 : 1;
        }
        foreach (var storage in TestMatrices.Storages)
        {
            var (x, y) = (TestMatrices.Block(Column(a), storage), TestMatrices.Block(Column(b), storage));
            var weights = weighted ? TestMatrices.Block(Column(w), storage) : TestMatrices.Block(1, 1, Storage.Dense, 1);
            var context = $"table of {n} rows {storage}{(weighted ? " weighted" : "")}";
            var result = ContingencyTable.Build(x, y, weights);
            BlockAssert.Equal(NaiveTable(a, b, w), result, context);
            BlockAssert.BestFormat(result, context);
            foreach (var (d1, d2) in new[] { (3, 4), (6, 9), (0, 0), (1, 8) })
            {
                BlockAssert.Equal(NaiveTable(a, b, w, d1, d2), ContingencyTable.Build(x, y, weights, d1, d2), $"{context}, dims {d1} x {d2}");
            }
        }
    }

    [Fact]
    public void AOneByOneOperandIsBroadcast()
    {
        var b = TestMatrices.Block(4, 1, Storage.Dense, 1, 3, 3, 2);
        var two = TestMatrices.Block(1, 1, Storage.Dense, 2);
        var weights = TestMatrices.Block(4, 1, Storage.Dense, 1, 2, 3, 4);
        BlockAssert.Equal(new double[,] { { 0, 0, 0 }, { 1, 4, 5 } }, ContingencyTable.Build(two, b, weights), "table(2, B, W)");
    }

    /// <summary>
    /// Tables with many more cells than rows are built sparse: weights of repeated cells are added,
    /// cells summing to zero are left out, and the result agrees with the naive count.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(40)]
    [InlineData(300)]
    public void LargeSparseTablesAgreeWithTheNaiveCount(int n)
    {
        var random = new Random(n + 7);
        var a = new double[n];
        var b = new double[n];
        var w = new double[n];
        for (var k = 0; k < n; k++)
        {
            var skip = n > 1 && random.NextDouble() < 0.1;
            a[k] = skip ? double.NaN : random.Next(1, 40);
            b[k] = skip ? double.NaN : random.Next(1, 30);
            w[k] = random.Next(-2, 3) * 0.5;
        }
        var (x, y, weights) = (TestMatrices.Block(Column(a), Storage.Dense), TestMatrices.Block(Column(b), Storage.Dense),
            TestMatrices.Block(Column(w), Storage.Dense));
        foreach (var (d1, d2) in new[] { (50, 60), (20, 30), (45, 25) })
        {
            var result = ContingencyTable.Build(x, y, weights, d1, d2);
            var context = $"sparse table of {n} rows, dims {d1} x {d2}";
            BlockAssert.Equal(NaiveTable(a, b, w, d1, d2), result, context);
            BlockAssert.WellFormed(result, context);
            BlockAssert.BestFormat(result, context);
        }
    }

    /// <summary>A permutation matrix of 55,000 rows (3e9 cells) fits: it is built from its 55,000 non-zeros.</summary>
    [Fact]
    public void APermutationTableTooLargeForDenseStorageIsBuiltSparse()
    {
        const int n = 55_000;
        var order = Enumerable.Range(1, n).Select(i => (double)(i * 7919L % n + 1)).ToArray();
        var rows = Enumerable.Range(1, n).Select(i => (double)i).ToArray();
        var one = TestMatrices.Block(1, 1, Storage.Dense, 1);
        var result = ContingencyTable.Build(TestMatrices.Block(Column(rows), Storage.Dense), TestMatrices.Block(Column(order), Storage.Dense), one, n, n);
        Assert.True(result.IsSparse);
        Assert.Equal(n, result.Sparse!.NonZeroCount);
        for (var i = 0; i < n; i += 997)
        {
            Assert.Equal(1.0, result.Get(i, (int)order[i] - 1));
            Assert.Equal(0.0, result.Get(i, (int)order[i] % n));
        }
    }

    /// <summary>Empty vectors give an empty table (the scalar weight 1 must not make them look one row long).</summary>
    [Fact]
    public void EmptyVectorsGiveAnEmptyTable()
    {
        foreach (var storage in TestMatrices.Storages)
        {
            var empty = TestMatrices.Block(new double[0, 1], storage);
            var result = ContingencyTable.Build(empty, empty, TestMatrices.Block(1, 1, Storage.Dense, 1));
            Assert.Equal((0, 0), (result.Rows, result.Columns));
            var withDims = ContingencyTable.Build(empty, empty, TestMatrices.Block(1, 1, Storage.Dense, 1), 2, 3);
            BlockAssert.Equal(new double[2, 3], withDims, $"{storage} empty with dims");
        }
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(0.5)]
    public void ValuesBelowOneAreErrors(double bad)
    {
        var a = TestMatrices.Block(2, 1, Storage.Dense, 1, bad);
        var b = TestMatrices.Block(2, 1, Storage.Dense, 1, 1);
        var error = Assert.Throws<DmlRuntimeException>(() => ContingencyTable.Build(a, b, TestMatrices.Block(1, 1, Storage.Dense, 1)));
        Assert.Contains("values must be positive", error.Message);
        Assert.Contains("row 2", error.Message);
    }

    [Fact]
    public void OperandsOfDifferentLengthsAreErrors()
    {
        var one = TestMatrices.Block(1, 1, Storage.Dense, 1);
        var error = Assert.Throws<DmlRuntimeException>(() =>
            ContingencyTable.Build(TestMatrices.Block(3, 1, Storage.Dense, 1, 2, 3), TestMatrices.Block(4, 1, Storage.Dense, 1, 2, 3, 4), one));
        Assert.Contains("A must be a column vector of 4 rows", error.Message);
        Assert.Throws<DmlRuntimeException>(() => ContingencyTable.Build(TestMatrices.Block(2, 2, Storage.Dense, 1, 2, 3, 4), one, one));
    }
}

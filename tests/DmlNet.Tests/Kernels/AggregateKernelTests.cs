using DmlNet.Runtime.Kernels;
using DmlNet.Tests.Kernels.Support;

namespace DmlNet.Tests.Kernels;

/// <summary>
/// Full, row and column aggregates on dense and sparse blocks against a naive loop over all cells
/// (implicit zeros included), with NaN, infinities and empty shapes.
/// </summary>
public class AggregateKernelTests
{
    /// <summary>The aggregates that exist over all cells, rows and columns.</summary>
    private static readonly AggregateOp[] ValueAggregates =
    [
        AggregateOp.Sum, AggregateOp.Product, AggregateOp.Mean, AggregateOp.Variance, AggregateOp.StdDev, AggregateOp.Max, AggregateOp.Min,
    ];

    /// <summary>Every aggregate.</summary>
    public static TheoryData<AggregateOp> AllOps() => new(Enum.GetValues<AggregateOp>());

    /// <summary>Aggregates over all cells or columns (the index aggregates are row-wise only).</summary>
    public static TheoryData<AggregateOp> ValueOps() => new(ValueAggregates);

    /// <summary>
    /// Sum and mean are Kahan-compensated and variance is one-pass (Welford) in the kernel, so they
    /// may differ from the naive loop by rounding: at most n * 2^-52 * sum|x| for sums (the naive
    /// loop's own error bound, twice), relatively 1e-10 for variances of these small values. The
    /// others are computed in the same order and must agree exactly.
    /// </summary>
    private static bool Agrees(AggregateOp op, double expected, double actual, double[] cells)
    {
        if (!double.IsFinite(expected) || op is AggregateOp.Max or AggregateOp.Min or AggregateOp.Product
            or AggregateOp.IndexOfMax or AggregateOp.IndexOfMin)
        {
            return BlockAssert.Same(expected, actual, checkZeroSign: false);
        }
        var scale = cells.Sum(Math.Abs) / (op == AggregateOp.Mean ? cells.Length : 1);
        var tolerance = op is AggregateOp.Sum or AggregateOp.Mean
            ? 2 * cells.Length * Math.Pow(2, -52) * scale
            : 1e-10 * (1 + Math.Abs(expected));
        return double.IsFinite(actual) && Math.Abs(actual - expected) <= tolerance;
    }

    [Theory]
    [MemberData(nameof(ValueOps))]
    public void FullAggregateAgreesWithTheNaiveLoop(AggregateOp op)
    {
        foreach (var (rows, columns) in TestMatrices.Shapes)
        {
            foreach (var density in TestMatrices.Densities)
            {
                foreach (var specials in new[] { false, true })
                {
                    var values = TestMatrices.Values(rows, columns, density, TestMatrices.Seed(op, rows, columns, density, specials), specials);
                    foreach (var storage in TestMatrices.Storages)
                    {
                        var block = TestMatrices.Block(values, storage);
                        var cells = Naive.Cells(block.ToArray());
                        var expected = Naive.Aggregate(op, cells);
                        var actual = AggregateKernels.Full(op, block);
                        Assert.True(Agrees(op, expected, actual, cells),
                            $"{op} of {rows} x {columns} {storage} d={density}: {BlockAssert.Text(actual)}, expected {BlockAssert.Text(expected)}");
                    }
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(AllOps))]
    public void RowAggregatesAgreeWithTheNaiveLoop(AggregateOp op) =>
        CheckMargin(op, rowWise: true);

    [Theory]
    [MemberData(nameof(ValueOps))]
    public void ColumnAggregatesAgreeWithTheNaiveLoop(AggregateOp op) =>
        CheckMargin(op, rowWise: false);

    private static void CheckMargin(AggregateOp op, bool rowWise)
    {
        foreach (var (rows, columns) in TestMatrices.Shapes)
        {
            foreach (var density in TestMatrices.Densities)
            {
                var values = TestMatrices.Values(rows, columns, density, TestMatrices.Seed(op, rows, columns, density, rowWise));
                foreach (var storage in TestMatrices.Storages)
                {
                    var block = TestMatrices.Block(values, storage);
                    var input = block.ToArray();
                    var result = rowWise ? AggregateKernels.Rows(op, block) : AggregateKernels.Columns(op, block);
                    var context = $"{(rowWise ? "row" : "column")} {op} of {rows} x {columns} {storage} d={density}";
                    BlockAssert.WellFormed(result, context);
                    BlockAssert.BestFormat(result, context);
                    var count = rowWise ? rows : columns;
                    Assert.True(rowWise ? result.Rows == rows && result.Columns == 1 : result.Rows == 1 && result.Columns == columns,
                        $"{context}: result is {result.Rows} x {result.Columns}");
                    for (var k = 0; k < count; k++)
                    {
                        var cells = rowWise ? Naive.Row(input, k) : Naive.Column(input, k);
                        var expected = Naive.Aggregate(op, cells);
                        var actual = rowWise ? result.Get(k, 0) : result.Get(0, k);
                        Assert.True(Agrees(op, expected, actual, cells),
                            $"{context}, {(rowWise ? "row" : "column")} {k}: {BlockAssert.Text(actual)}, expected {BlockAssert.Text(expected)}");
                    }
                }
            }
        }
    }

    /// <summary>Implicit zeros of a sparse block take part: max of negative non-zeros with zero cells is 0.</summary>
    [Fact]
    public void ImplicitZerosOfSparseBlocksCount()
    {
        foreach (var storage in TestMatrices.Storages)
        {
            var block = TestMatrices.Block(2, 4, storage, -1, 0, -2, 0, 0, 0, 0, -3);
            Assert.Equal(0, AggregateKernels.Full(AggregateOp.Max, block));
            Assert.Equal(-3, AggregateKernels.Full(AggregateOp.Min, block));
            Assert.Equal(0, AggregateKernels.Full(AggregateOp.Product, block));
            Assert.Equal(-6.0 / 8, AggregateKernels.Full(AggregateOp.Mean, block));
            // Cells -1 0 -2 0 0 0 0 -3: mean -0.75, squared deviations sum 14 - 8 * 0.5625 = 9.5, / 7.
            Assert.Equal(9.5 / 7, AggregateKernels.Full(AggregateOp.Variance, block), 1e-15);
            BlockAssert.Equal(new double[,] { { 0 }, { 0 } }, AggregateKernels.Rows(AggregateOp.Max, block), $"{storage} rowMaxs");
            // Row 1: -1 0 -2 0 -> the last maximum 0 is column 4; row 2: 0 0 0 -3 -> the last 0 is column 3.
            BlockAssert.Equal(new double[,] { { 4 }, { 3 } }, AggregateKernels.Rows(AggregateOp.IndexOfMax, block), $"{storage} rowIndexMax");
            BlockAssert.Equal(new double[,] { { 3 }, { 4 } }, AggregateKernels.Rows(AggregateOp.IndexOfMin, block), $"{storage} rowIndexMin");
            BlockAssert.Equal(new double[,] { { -1, 0, -2, -3 } }, AggregateKernels.Columns(AggregateOp.Sum, block), $"{storage} colSums");
        }
    }

    /// <summary>max/min propagate NaN; the index aggregates skip it (an all-NaN row gives 1; ties give the last index).</summary>
    [Fact]
    public void NaNPropagatesExceptInIndexAggregates()
    {
        var nan = double.NaN;
        foreach (var storage in TestMatrices.Storages)
        {
            var block = TestMatrices.Block(3, 3, storage, 1, nan, 5, nan, nan, nan, 2, 7, 7);
            Assert.True(double.IsNaN(AggregateKernels.Full(AggregateOp.Max, block)));
            Assert.True(double.IsNaN(AggregateKernels.Full(AggregateOp.Sum, block)));
            BlockAssert.Equal(new[,] { { nan }, { nan }, { 7 } }, AggregateKernels.Rows(AggregateOp.Max, block), $"{storage} rowMaxs");
            BlockAssert.Equal(new double[,] { { 3 }, { 1 }, { 3 } }, AggregateKernels.Rows(AggregateOp.IndexOfMax, block), $"{storage} rowIndexMax");
            BlockAssert.Equal(new double[,] { { 1 }, { 1 }, { 1 } }, AggregateKernels.Rows(AggregateOp.IndexOfMin, block), $"{storage} rowIndexMin");
        }
    }

    /// <summary>
    /// Aggregates of no cells are the identities: sum 0, product 1, max -Infinity, min +Infinity;
    /// mean, variance and sd are NaN (0 / 0, and n - 1 &lt; 1).
    /// </summary>
    [Theory]
    [InlineData(0, 0)]
    [InlineData(0, 4)]
    [InlineData(4, 0)]
    public void EmptyMatricesGiveTheIdentities(int rows, int columns)
    {
        foreach (var storage in TestMatrices.Storages)
        {
            var block = TestMatrices.Block(new double[rows, columns], storage);
            Assert.Equal(0, AggregateKernels.Full(AggregateOp.Sum, block));
            Assert.Equal(1, AggregateKernels.Full(AggregateOp.Product, block));
            Assert.Equal(double.NegativeInfinity, AggregateKernels.Full(AggregateOp.Max, block));
            Assert.Equal(double.PositiveInfinity, AggregateKernels.Full(AggregateOp.Min, block));
            Assert.True(double.IsNaN(AggregateKernels.Full(AggregateOp.Mean, block)));
            Assert.True(double.IsNaN(AggregateKernels.Full(AggregateOp.Variance, block)));
            var rowSums = AggregateKernels.Rows(AggregateOp.Sum, block);
            Assert.Equal((rows, 1), (rowSums.Rows, rowSums.Columns));
            var columnMaxs = AggregateKernels.Columns(AggregateOp.Max, block);
            Assert.Equal((1, columns), (columnMaxs.Rows, columnMaxs.Columns));
            BlockAssert.Equal(Naive.Map(new double[1, columns], _ => double.NegativeInfinity), columnMaxs, $"{storage} colMaxs");
        }
    }

    /// <summary>Kahan summation: 1 + 1e-16 added ten thousand times keeps the small terms a naive sum loses.</summary>
    [Fact]
    public void SumsAreCompensated()
    {
        var values = new double[1, 10001];
        values[0, 0] = 1;
        for (var j = 1; j < values.Length; j++)
        {
            values[0, j] = 1e-16;
        }
        foreach (var storage in TestMatrices.Storages)
        {
            Assert.Equal(1 + 1e-12, AggregateKernels.Full(AggregateOp.Sum, TestMatrices.Block(values, storage)), 1e-15);
        }
    }

    [Fact]
    public void IndexAggregatesAreRowWiseOnly()
    {
        var block = TestMatrices.Block(2, 2, Storage.Dense, 1, 2, 3, 4);
        Assert.Throws<ArgumentException>(() => AggregateKernels.Columns(AggregateOp.IndexOfMax, block));
    }
}

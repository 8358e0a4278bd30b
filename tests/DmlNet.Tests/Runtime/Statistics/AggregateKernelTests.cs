using DmlNet.Runtime.Data;
using DmlNet.Runtime.Kernels;

namespace DmlNet.Tests.Runtime.Statistics;

/// <summary>Full, row and column aggregates against naive reference code, on dense and sparse storage.</summary>
public class AggregateKernelTests
{
    private static readonly AggregateOp[] Ops =
        [AggregateOp.Sum, AggregateOp.Product, AggregateOp.Mean, AggregateOp.Variance, AggregateOp.StdDev, AggregateOp.Max, AggregateOp.Min];

    /// <summary>The reference aggregate of a list of values (variance by the two-pass formula, n - 1; 0 for one value).</summary>
    private static double Naive(AggregateOp op, double[] values)
    {
        switch (op)
        {
            case AggregateOp.Sum:
                return values.Sum();
            case AggregateOp.Product:
                return values.Aggregate(1.0, (a, b) => a * b);
            case AggregateOp.Mean:
                return values.Sum() / values.Length;
            case AggregateOp.Max:
                return values.Aggregate(double.NegativeInfinity, Math.Max);
            case AggregateOp.Min:
                return values.Aggregate(double.PositiveInfinity, Math.Min);
            default:
                var mean = values.Average();
                var variance = values.Length == 1 ? 0 : values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1);
                return op == AggregateOp.StdDev ? Math.Sqrt(variance) : variance;
        }
    }

    private static void AssertNear(double expected, double actual, string what)
    {
        var tolerance = 1e-9 * Math.Max(1, Math.Abs(expected));
        Assert.True(double.IsNaN(expected) ? double.IsNaN(actual) : Math.Abs(expected - actual) <= tolerance,
            $"{what}: expected {expected}, got {actual}");
    }

    [Theory]
    [InlineData(7, 5, 0.0)]
    [InlineData(7, 5, 0.7)]
    [InlineData(1, 9, 0.3)]
    [InlineData(9, 1, 0.3)]
    [InlineData(3, 130, 0.5)]
    [InlineData(600, 700, 0.8)]
    public void RowColumnAndFullAggregatesMatchNaiveCode(int rows, int columns, double zeros)
    {
        var block = Blocks.Random(rows, columns, zeros, seed: rows * 31 + columns);
        foreach (var input in Blocks.BothFormats(block))
        {
            foreach (var op in Ops)
            {
                var byColumn = AggregateKernels.Columns(op, input);
                var byRow = AggregateKernels.Rows(op, input);
                Assert.Equal((1, columns), (byColumn.Rows, byColumn.Columns));
                Assert.Equal((rows, 1), (byRow.Rows, byRow.Columns));
                for (var j = 0; j < columns; j++)
                {
                    AssertNear(Naive(op, Blocks.ColumnOf(block, j)), byColumn.Get(0, j), $"col {op} {j} (sparse={input.IsSparse})");
                }
                for (var i = 0; i < rows; i++)
                {
                    AssertNear(Naive(op, Blocks.Row(block, i)), byRow.Get(i, 0), $"row {op} {i} (sparse={input.IsSparse})");
                }
                if (op != AggregateOp.Product || rows * columns < 100)
                {
                    AssertNear(Naive(op, block.DenseValues()), AggregateKernels.Full(op, input), $"full {op}");
                }
            }
        }
    }

    [Fact]
    public void ImplicitZerosTakePartInMaxMinAndProduct()
    {
        var negative = Blocks.Of(new double[,] { { -1, 0, -3 }, { 0, -2, 0 }, { -4, 0, -5 }, { -1, -1, -1 } });
        foreach (var input in Blocks.BothFormats(negative))
        {
            Assert.Equal(0, AggregateKernels.Full(AggregateOp.Max, input));
            Assert.Equal([0, 0, 0], AggregateKernels.Columns(AggregateOp.Max, input).DenseValues());
            Assert.Equal([0, 0, 0, -1], AggregateKernels.Rows(AggregateOp.Max, input).DenseValues());
            Assert.Equal([0, 0, 0], AggregateKernels.Columns(AggregateOp.Product, input).DenseValues());
        }
        foreach (var input in Blocks.BothFormats(Blocks.Of(new double[,] { { 2, 0 }, { 3, 4 } })))
        {
            Assert.Equal([2, 0], AggregateKernels.Columns(AggregateOp.Min, input).DenseValues());
            Assert.Equal(0, AggregateKernels.Full(AggregateOp.Min, input));
        }
    }

    [Fact]
    public void NaNPropagatesThroughSumsMaximaAndMinimaButNotOtherColumns()
    {
        var block = Blocks.Of(new double[,] { { 1, double.NaN, 0, 0 }, { 2, 5, 0, 0 }, { 0, 0, 0, 7 } });
        foreach (var input in Blocks.BothFormats(block))
        {
            foreach (var op in Ops)
            {
                var columns = AggregateKernels.Columns(op, input);
                Assert.True(double.IsNaN(columns.Get(0, 1)), $"{op} of the NaN column");
                Assert.False(double.IsNaN(columns.Get(0, 0)), $"{op} of a plain column");
                Assert.True(double.IsNaN(AggregateKernels.Full(op, input)), $"full {op}");
                Assert.True(double.IsNaN(AggregateKernels.Rows(op, input).Get(0, 0)), $"row {op}");
            }
        }
    }

    [Fact]
    public void ColumnSumsAreKahanCompensatedOnTheVectorPathAndTheScalarTail()
    {
        const int columns = 11;
        var values = new double[4 * columns];
        for (var j = 0; j < columns; j++)
        {
            values[j] = 1e16;
            values[columns + j] = 1;
            values[2 * columns + j] = 1;
            values[3 * columns + j] = -1e16;
        }
        var block = MatrixBlock.FromDense(4, columns, values);
        Assert.Equal(0, 1e16 + 1 + 1 - 1e16);
        Assert.All(AggregateKernels.Columns(AggregateOp.Sum, block).DenseValues(), s => Assert.Equal(2, s));
        Assert.All(AggregateKernels.Columns(AggregateOp.Mean, block).DenseValues(), s => Assert.Equal(0.5, s));
    }

    [Fact]
    public void InfiniteColumnSumsStayInfiniteAndOppositeInfinitiesGiveNaN()
    {
        var block = Blocks.Of(new double[,] { { double.PositiveInfinity, double.PositiveInfinity, 1, 1, 1 }, { 1, double.NegativeInfinity, 1, 1, 1 } });
        var sums = AggregateKernels.Columns(AggregateOp.Sum, block).DenseValues();
        Assert.Equal(double.PositiveInfinity, sums[0]);
        Assert.True(double.IsNaN(sums[1]));
        Assert.Equal(2, sums[4]);
    }

    [Fact]
    public void VarianceOfOneValueIsZeroAndOfNoValuesNaN()
    {
        Assert.Equal(0, AggregateKernels.Full(AggregateOp.Variance, Blocks.Column(5)));
        Assert.Equal(0, AggregateKernels.Full(AggregateOp.StdDev, Blocks.Column(-5)));
        Assert.True(double.IsNaN(AggregateKernels.Full(AggregateOp.Variance, MatrixBlock.Filled(0, 3, 0))));
        var row = Blocks.Of(new double[,] { { 1, 0, 3 } });
        foreach (var input in Blocks.BothFormats(row))
        {
            Assert.Equal([0, 0, 0], AggregateKernels.Columns(AggregateOp.Variance, input).DenseValues());
            Assert.Equal([0, 0, 0], AggregateKernels.Columns(AggregateOp.StdDev, input).DenseValues());
        }
        Assert.Equal([0.0], AggregateKernels.Rows(AggregateOp.Variance, Blocks.Column(4)).DenseValues());
    }

    [Fact]
    public void RowIndexMaxAndMinTakeTheLastTieAndSkipNaN()
    {
        var block = Blocks.Of(new double[,]
        {
            { 1, 3, 3 },
            { double.NaN, double.NaN, double.NaN },
            { 2, double.NaN, 1 },
            { -1, 0, -2 },
            { 5, 5, 5 },
        });
        foreach (var input in Blocks.BothFormats(block))
        {
            Assert.Equal([3, 1, 1, 2, 3], AggregateKernels.Rows(AggregateOp.IndexOfMax, input).DenseValues());
            Assert.Equal([1, 1, 3, 3, 3], AggregateKernels.Rows(AggregateOp.IndexOfMin, input).DenseValues());
        }
        var sparseNegatives = Blocks.Of(new double[,] { { -1, 0, -2, 0 } }).ToSparse();
        Assert.Equal([4.0], AggregateKernels.Rows(AggregateOp.IndexOfMax, sparseNegatives).DenseValues());
    }

    [Fact]
    public void EmptyMatricesGiveEmptyVectorsAndTheNeutralFullAggregate()
    {
        var empty = MatrixBlock.Filled(0, 4, 0);
        Assert.Equal((1, 4), (AggregateKernels.Columns(AggregateOp.Sum, empty).Rows, AggregateKernels.Columns(AggregateOp.Sum, empty).Columns));
        Assert.Equal([0, 0, 0, 0], AggregateKernels.Columns(AggregateOp.Sum, empty).DenseValues());
        Assert.Equal(0, AggregateKernels.Rows(AggregateOp.Sum, empty).Rows);
        Assert.Equal(0, AggregateKernels.Full(AggregateOp.Sum, empty));
        Assert.Equal(1, AggregateKernels.Full(AggregateOp.Product, empty));
    }

    [Fact]
    public void TraceSumsTheDiagonalOfSquareMatricesOnly()
    {
        var block = Blocks.Of(new double[,] { { 1, 9, 9 }, { 9, -2, 9 }, { 9, 9, 4.5 } });
        foreach (var input in Blocks.BothFormats(block))
        {
            Assert.Equal(3.5, AggregateKernels.Trace(input));
        }
        Assert.Equal(0, AggregateKernels.Trace(MatrixBlock.Filled(0, 0, 0)));
        var error = Assert.Throws<DmlNet.Runtime.DmlRuntimeException>(() => AggregateKernels.Trace(MatrixBlock.Filled(2, 3, 1)));
        Assert.Contains("square", error.Message);
    }
}

using DmlNet.Runtime;
using DmlNet.Runtime.Data;
using DmlNet.Runtime.Kernels;

namespace DmlNet.Tests.Runtime.Statistics;

/// <summary>cumsum, cumprod, cummin, cummax and cumsumprod against running loops written out here.</summary>
public class CumulativeKernelTests
{
    private static double Step(CumulativeOp op, double previous, double value) => op switch
    {
        CumulativeOp.Sum => previous + value,
        CumulativeOp.Product => previous * value,
        CumulativeOp.Min => Math.Min(previous, value),
        _ => Math.Max(previous, value),
    };

    [Theory]
    [InlineData(CumulativeOp.Sum)]
    [InlineData(CumulativeOp.Product)]
    [InlineData(CumulativeOp.Min)]
    [InlineData(CumulativeOp.Max)]
    public void PrefixesRunDownEachColumn(CumulativeOp op)
    {
        var block = Blocks.Random(9, 4, 0.4, seed: 7);
        foreach (var input in Blocks.BothFormats(block))
        {
            var result = CumulativeKernels.Prefix(op, input);
            Assert.Equal((9, 4), (result.Rows, result.Columns));
            for (var j = 0; j < 4; j++)
            {
                var running = block.Get(0, j);
                Assert.Equal(running, result.Get(0, j), 12);
                for (var i = 1; i < 9; i++)
                {
                    running = Step(op, running, block.Get(i, j));
                    Assert.Equal(running, result.Get(i, j), 9);
                }
            }
        }
    }

    [Fact]
    public void NaNPropagatesDownItsColumnOnly()
    {
        var block = Blocks.Of(new double[,] { { 1, 1 }, { double.NaN, 2 }, { 3, 3 } });
        foreach (var op in new[] { CumulativeOp.Sum, CumulativeOp.Product, CumulativeOp.Min, CumulativeOp.Max })
        {
            var result = CumulativeKernels.Prefix(op, block);
            Assert.Equal(1, result.Get(0, 0));
            Assert.True(double.IsNaN(result.Get(1, 0)) && double.IsNaN(result.Get(2, 0)), op.ToString());
            Assert.False(double.IsNaN(result.Get(2, 1)));
        }
    }

    [Fact]
    public void CumulativeSumsAreCompensated()
    {
        var result = CumulativeKernels.Prefix(CumulativeOp.Sum, Blocks.Column(1e16, 1, 1, -1e16));
        Assert.Equal([1e16, 1e16 + 1, 1e16 + 2, 2], result.DenseValues());
    }

    [Fact]
    public void EmptyAndSingleRowInputsKeepTheirShape()
    {
        Assert.Equal((0, 3), Shape(CumulativeKernels.Prefix(CumulativeOp.Sum, MatrixBlock.Filled(0, 3, 0))));
        var row = Blocks.Of(new double[,] { { 4, -1, 0 } });
        Assert.Equal([4, -1, 0], CumulativeKernels.Prefix(CumulativeOp.Max, row).DenseValues());
    }

    [Fact]
    public void CumSumProdFollowsItsRecurrence()
    {
        var x = Blocks.Of(new double[,] { { 1, 5 }, { 2, 0.5 }, { 3, -1 }, { 0, 2 } });
        // c1 = 1 + 5*0, c2 = 2 + 0.5*1, c3 = 3 - 2.5, c4 = 0 + 2*0.5
        foreach (var input in Blocks.BothFormats(x))
        {
            Assert.Equal([1, 2.5, 0.5, 1], CumulativeKernels.SumProduct(input).DenseValues());
        }
        Assert.Contains("n x 2", Assert.Throws<DmlRuntimeException>(() => CumulativeKernels.SumProduct(MatrixBlock.Filled(3, 3, 1))).Message);
    }

    private static (int, int) Shape(MatrixBlock block) => (block.Rows, block.Columns);
}

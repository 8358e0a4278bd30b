using DmlNet.Runtime.Data;
using DmlNet.Runtime.Kernels;

namespace DmlNet.Tests.Runtime;

/// <summary>
/// Element-wise kernels count non-zeros while they write: the chosen format (sparse below 40% non-zeros)
/// and the values must be those of a naive cell loop, for every broadcast form and for NaN and -0.
/// </summary>
public class ElementwiseFormatTests
{
    [Theory]
    [InlineData(0.30, true)]
    [InlineData(0.45, false)]
    public void SameShapeProductsChooseTheFormatByTheirNonZeros(double density, bool sparse)
    {
        const int rows = 300, columns = 1001;
        var a = Enumerable.Range(0, rows * columns).Select(i => 1.0 + i % 7).ToArray();
        var b = Enumerable.Range(0, rows * columns).Select(i => (i * 7919 % 1000) < density * 1000 ? 0.5 : 0.0).ToArray();
        var result = ElementwiseKernels.Binary(BinaryOp.Multiply, MatrixBlock.FromDense(rows, columns, a), MatrixBlock.FromDense(rows, columns, b));
        Assert.Equal(sparse, result.IsSparse);
        AssertCells(result, rows, columns, (i, j) => a[i * columns + j] * b[i * columns + j]);
    }

    [Fact]
    public void RowColumnAndOuterBroadcastsCountEveryRow()
    {
        const int rows = 601, columns = 503;
        var x = MatrixBlock.FromDense(rows, columns, Enumerable.Range(0, rows * columns).Select(i => (double)(i % 5)).ToArray());
        var column = MatrixBlock.FromDense(rows, 1, Enumerable.Range(0, rows).Select(i => i % 3 == 0 ? 0.0 : 2.0).ToArray());
        var row = MatrixBlock.FromDense(1, columns, Enumerable.Range(0, columns).Select(j => j % 4 == 0 ? 1.0 : 0.0).ToArray());
        var byColumn = ElementwiseKernels.Binary(BinaryOp.Multiply, x, column);
        AssertCells(byColumn, rows, columns, (i, j) => (i * columns + j) % 5 * (i % 3 == 0 ? 0.0 : 2.0));
        Assert.False(byColumn.IsSparse);
        var byRow = ElementwiseKernels.Binary(BinaryOp.Multiply, x, row);
        AssertCells(byRow, rows, columns, (i, j) => (i * columns + j) % 5 * (j % 4 == 0 ? 1.0 : 0.0));
        Assert.True(byRow.IsSparse);
        var columnValues = MatrixBlock.FromDense(rows, 1, Enumerable.Range(0, rows).Select(i => (double)(i % 2)).ToArray());
        var outer = ElementwiseKernels.Binary(BinaryOp.Multiply, columnValues, row);
        AssertCells(outer, rows, columns, (i, j) => i % 2 * (j % 4 == 0 ? 1.0 : 0.0));
        Assert.True(outer.IsSparse);
    }

    [Fact]
    public void NaNCountsAsNonZeroAndNegativeZeroAsZero()
    {
        const int rows = 100, columns = 100;
        var values = Enumerable.Range(0, rows * columns).Select(i => i % 10 == 0 ? 1.0 : 0.0).ToArray();
        var block = MatrixBlock.FromDense(rows, columns, values);
        // 0 / 0 is NaN in 90% of the cells.
        var quotient = ElementwiseKernels.Binary(BinaryOp.Divide, block, block);
        Assert.False(quotient.IsSparse);
        Assert.True(double.IsNaN(quotient.Get(0, 1)));
        var negativeZeros = ElementwiseKernels.Binary(BinaryOp.Multiply, MatrixBlock.Filled(rows, columns, 3), -0.0);
        Assert.True(negativeZeros.IsSparse);
        Assert.Equal(0, negativeZeros.NonZeros);
        var plusZero = ElementwiseKernels.Binary(BinaryOp.Add, MatrixBlock.Filled(rows, columns, 3), 0.0);
        Assert.False(plusZero.IsSparse);
        Assert.Equal(3.0, plusZero.Get(99, 99));
    }

    [Fact]
    public void UnaryFunctionsOfDenseInputsChooseTheirFormat()
    {
        const int rows = 64, columns = 1000;
        var values = Enumerable.Range(0, rows * columns).Select(i => i % 4 == 0 ? -2.5 : 0.0).ToArray();
        var input = MatrixBlock.FromDense(rows, columns, values);
        var absolute = ElementwiseKernels.Unary(UnaryOp.Abs, input.ToDense());
        Assert.True(absolute.IsSparse);
        AssertCells(absolute, rows, columns, (i, j) => Math.Abs(values[i * columns + j]));
        var exponential = ElementwiseKernels.Unary(UnaryOp.Exp, input.ToDense());
        Assert.False(exponential.IsSparse);
        AssertCells(exponential, rows, columns, (i, j) => Math.Exp(values[i * columns + j]));
    }

    private static void AssertCells(MatrixBlock block, int rows, int columns, Func<int, int, double> expected)
    {
        Assert.Equal((rows, columns), (block.Rows, block.Columns));
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                Assert.Equal(expected(i, j), block.Get(i, j));
            }
        }
    }
}

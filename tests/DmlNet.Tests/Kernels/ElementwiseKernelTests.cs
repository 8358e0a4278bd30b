using DmlNet.Runtime;
using DmlNet.Runtime.Kernels;
using DmlNet.Tests.Kernels.Support;

namespace DmlNet.Tests.Kernels;

/// <summary>
/// Cell-wise kernels on dense and sparse blocks against the naive reference: every operator, every
/// broadcast shape, matrix-scalar in both orders, with zeros, -0.0, NaN and infinities in the data.
/// </summary>
public class ElementwiseKernelTests
{
    /// <summary>Scalars that exercise each operator's special cases (0 and 2 have shortcuts in the kernels).</summary>
    private static readonly double[] Scalars = [0, -0.0, 1, -2.5, 2, 3, 0.5, double.NaN, double.PositiveInfinity, double.NegativeInfinity];

    /// <summary>Densities of the right operand (the left one runs through all of <see cref="TestMatrices.Densities"/>).</summary>
    private static readonly double[] RightDensities = [0, 0.5, 1];

    /// <summary>Every binary operator.</summary>
    public static TheoryData<BinaryOp> BinaryOps() => new(Enum.GetValues<BinaryOp>());

    /// <summary>Every unary operator.</summary>
    public static TheoryData<UnaryOp> UnaryOps() => new(Enum.GetValues<UnaryOp>());

    /// <summary>Pairs of operand shapes for each broadcast form.</summary>
    private static IEnumerable<(string Form, (int Rows, int Columns) Left, (int Rows, int Columns) Right)> ShapePairs()
    {
        foreach (var (r, c) in TestMatrices.Shapes)
        {
            yield return ("same", (r, c), (r, c));
            yield return ("column", (r, c), (r, 1));
            yield return ("row", (r, c), (1, c));
            yield return ("1x1", (r, c), (1, 1));
        }
        foreach (var (n, m) in new[] { (0, 0), (0, 3), (3, 0), (1, 1), (1, 5), (6, 1), (7, 9), (33, 31) })
        {
            yield return ("outer", (n, 1), (1, m));
        }
    }

    [Theory]
    [MemberData(nameof(BinaryOps))]
    public void MatrixMatrixAgreesWithTheNaiveReference(BinaryOp op)
    {
        foreach (var (form, left, right) in ShapePairs())
        {
            foreach (var leftDensity in TestMatrices.Densities)
            {
                foreach (var rightDensity in RightDensities)
                {
                    var a = TestMatrices.Values(left.Rows, left.Columns, leftDensity, TestMatrices.Seed(op, form, left, leftDensity));
                    var b = TestMatrices.Values(right.Rows, right.Columns, rightDensity, TestMatrices.Seed(op, form, right, rightDensity, "b"));
                    foreach (var leftStorage in TestMatrices.Storages)
                    {
                        foreach (var rightStorage in TestMatrices.Storages)
                        {
                            var x = TestMatrices.Block(a, leftStorage);
                            var y = TestMatrices.Block(b, rightStorage);
                            var context = $"{op} {form}: {left} {leftStorage} d={leftDensity} with {right} {rightStorage} d={rightDensity}";
                            var result = ElementwiseKernels.Binary(op, x, y);
                            var allDense = leftStorage == Storage.Dense && rightStorage == Storage.Dense && !result.IsSparse;
                            BlockAssert.Equal(Naive.Binary(op, x.ToArray(), y.ToArray()), result, context, checkZeroSign: allDense);
                            BlockAssert.BestFormat(result, context);
                        }
                    }
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(BinaryOps))]
    public void MatrixScalarInBothOrdersAgreesWithTheNaiveReference(BinaryOp op)
    {
        foreach (var (rows, columns) in TestMatrices.Shapes)
        {
            foreach (var density in TestMatrices.Densities)
            {
                var values = TestMatrices.Values(rows, columns, density, TestMatrices.Seed(op, rows, columns, density));
                foreach (var storage in TestMatrices.Storages)
                {
                    var x = TestMatrices.Block(values, storage);
                    foreach (var s in Scalars)
                    {
                        foreach (var scalarLeft in new[] { false, true })
                        {
                            var context = $"{op} {(scalarLeft ? "scalar-matrix" : "matrix-scalar")}: {rows} x {columns} {storage} d={density}, s={BlockAssert.Text(s)}";
                            var result = scalarLeft ? ElementwiseKernels.Binary(op, s, x) : ElementwiseKernels.Binary(op, x, s);
                            var allDense = storage == Storage.Dense && !result.IsSparse;
                            BlockAssert.Equal(Naive.Binary(op, x.ToArray(), s, scalarLeft), result, context, checkZeroSign: allDense);
                            BlockAssert.BestFormat(result, context);
                        }
                    }
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(UnaryOps))]
    public void UnaryAgreesWithTheNaiveReference(UnaryOp op)
    {
        foreach (var (rows, columns) in TestMatrices.Shapes)
        {
            foreach (var density in TestMatrices.Densities)
            {
                var values = TestMatrices.Values(rows, columns, density, TestMatrices.Seed(op, rows, columns, density));
                foreach (var storage in TestMatrices.Storages)
                {
                    var x = TestMatrices.Block(values, storage);
                    var context = $"{op}: {rows} x {columns} {storage} d={density}";
                    var result = ElementwiseKernels.Unary(op, x);
                    var allDense = storage == Storage.Dense && !result.IsSparse;
                    BlockAssert.Equal(Naive.Unary(op, x.ToArray()), result, context, checkZeroSign: allDense);
                    BlockAssert.BestFormat(result, context);
                }
            }
        }
    }

    /// <summary>
    /// The sparse shortcut of <c>*</c> skips the sparse side's zeros, but 0 * NaN and 0 * Infinity are
    /// NaN: a NaN in the other operand must show wherever the sparse side is zero.
    /// </summary>
    [Fact]
    public void MultiplyingBySparseZerosKeepsTheNaNOfTheOtherSide()
    {
        var sparse = TestMatrices.Block(2, 3, Storage.Sparse, 0, 2, 0, 0, 0, 0);
        var dense = TestMatrices.Block(2, 3, Storage.Dense, double.NaN, 1, double.PositiveInfinity, 1, 1, 1);
        var expected = new[,] { { double.NaN, 2, double.NaN }, { 0, 0, 0 } };
        BlockAssert.Equal(expected, ElementwiseKernels.Binary(BinaryOp.Multiply, sparse, dense), "sparse * dense");
        BlockAssert.Equal(expected, ElementwiseKernels.Binary(BinaryOp.Multiply, dense, sparse), "dense * sparse");
        var row = TestMatrices.Block(1, 3, Storage.Dense, double.NaN, 1, 1);
        BlockAssert.Equal(new[,] { { double.NaN, 2, 0 }, { double.NaN, 0, 0 } }, ElementwiseKernels.Binary(BinaryOp.Multiply, sparse, row),
            "sparse * row vector");
    }

    [Theory]
    [InlineData(2, 3, 3, 2)]
    [InlineData(2, 3, 2, 2)]
    [InlineData(2, 3, 1, 2)]
    [InlineData(3, 1, 3, 3)]
    [InlineData(1, 3, 3, 3)]
    [InlineData(0, 3, 1, 2)]
    public void ShapesThatDoNotBroadcastAreAnError(int ar, int ac, int br, int bc)
    {
        foreach (var sa in TestMatrices.Storages)
        {
            foreach (var sb in TestMatrices.Storages)
            {
                var a = TestMatrices.Block(new double[ar, ac], sa);
                var b = TestMatrices.Block(new double[br, bc], sb);
                var error = Assert.Throws<DmlRuntimeException>(() => ElementwiseKernels.Binary(BinaryOp.Add, a, b));
                Assert.Contains($"{ar} x {ac} and {br} x {bc}", error.Message);
            }
        }
    }

    /// <summary>Inputs are values: no kernel writes into the blocks it reads.</summary>
    [Fact]
    public void InputsAreNotModified()
    {
        var values = TestMatrices.Values(13, 17, 0.3, 7);
        foreach (var storage in TestMatrices.Storages)
        {
            var a = TestMatrices.Block(values, storage);
            var b = TestMatrices.Block(values, storage);
            var before = a.ToArray();
            foreach (var op in Enum.GetValues<BinaryOp>())
            {
                ElementwiseKernels.Binary(op, a, b);
                ElementwiseKernels.Binary(op, a, 2.0);
                ElementwiseKernels.Binary(op, 0.0, a);
            }
            foreach (var op in Enum.GetValues<UnaryOp>())
            {
                ElementwiseKernels.Unary(op, a);
            }
            BlockAssert.Equal(before, a, $"{storage} input after all operators", checkZeroSign: storage == Storage.Dense);
        }
    }
}

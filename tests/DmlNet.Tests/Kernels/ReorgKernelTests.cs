using DmlNet.Runtime;
using DmlNet.Runtime.Kernels;
using DmlNet.Tests.Kernels.Support;

namespace DmlNet.Tests.Kernels;

/// <summary>Transpose, reshape, cbind/rbind and diag on dense and sparse blocks against the naive reference.</summary>
public class ReorgKernelTests
{
    /// <summary>Shapes around the 32 x 32 transpose tile, vectors and empty shapes.</summary>
    private static readonly (int Rows, int Columns)[] TransposeShapes =
    [
        (0, 0), (0, 5), (5, 0), (1, 1), (1, 70), (70, 1), (2, 3), (31, 33), (32, 32), (33, 65), (64, 31), (70, 70),
    ];

    [Fact]
    public void TransposeAgreesWithTheNaiveReference()
    {
        foreach (var (rows, columns) in TransposeShapes)
        {
            foreach (var density in TestMatrices.Densities)
            {
                var values = TestMatrices.Values(rows, columns, density, TestMatrices.Seed(rows, columns, density));
                foreach (var storage in TestMatrices.Storages)
                {
                    var block = TestMatrices.Block(values, storage);
                    var context = $"t() of {rows} x {columns} {storage} d={density}";
                    var result = ReorgKernels.Transpose(block);
                    BlockAssert.Equal(Naive.Transpose(block.ToArray()), result, context, checkZeroSign: storage == Storage.Dense);
                    Assert.True(result.IsSparse == block.IsSparse, $"{context}: the storage changed");
                    BlockAssert.Equal(block.ToArray(), ReorgKernels.Transpose(result), context + " twice", checkZeroSign: storage == Storage.Dense);
                }
            }
        }
    }

    [Fact]
    public void ReshapeAgreesWithTheNaiveReferenceForEveryFactorization()
    {
        foreach (var (rows, columns) in TestMatrices.Shapes)
        {
            var cells = rows * columns;
            var targets = cells == 0
                ? [(0, 0), (0, 7), (7, 0)]
                : Enumerable.Range(1, cells).Where(r => cells % r == 0).Select(r => (r, cells / r)).ToArray();
            foreach (var density in TestMatrices.Densities)
            {
                var values = TestMatrices.Values(rows, columns, density, TestMatrices.Seed(rows, columns, density));
                foreach (var storage in TestMatrices.Storages)
                {
                    var block = TestMatrices.Block(values, storage);
                    foreach (var (r, c) in targets)
                    {
                        foreach (var byRow in new[] { true, false })
                        {
                            var context = $"matrix({rows} x {columns} {storage} d={density}, rows={r}, cols={c}, byrow={byRow})";
                            var result = ReorgKernels.Reshape(block, r, c, byRow);
                            BlockAssert.Equal(Naive.Reshape(block.ToArray(), r, c, byRow), result, context,
                                checkZeroSign: storage == Storage.Dense && !result.IsSparse);
                        }
                    }
                }
            }
        }
    }

    [Theory]
    [InlineData(2, 3, 5, 1)]
    [InlineData(0, 3, 1, 1)]
    [InlineData(2, 2, 0, 4)]
    public void ReshapeToAnotherCellCountIsAnError(int rows, int columns, int newRows, int newColumns)
    {
        foreach (var storage in TestMatrices.Storages)
        {
            var block = TestMatrices.Block(new double[rows, columns], storage);
            var error = Assert.Throws<DmlRuntimeException>(() => ReorgKernels.Reshape(block, newRows, newColumns, byRow: true));
            Assert.Contains($"into {newRows} x {newColumns}", error.Message);
        }
    }

    [Fact]
    public void BindAgreesWithTheNaiveReferenceForEveryStorageMix()
    {
        foreach (var horizontal in new[] { true, false })
        {
            var shapes = horizontal ? new[] { (3, 2), (3, 0), (3, 5), (3, 1) } : new[] { (2, 3), (0, 3), (5, 3), (1, 3) };
            foreach (var density in TestMatrices.Densities)
            {
                var parts = shapes.Select((s, k) => TestMatrices.Values(s.Item1, s.Item2, density, TestMatrices.Seed(horizontal, density, k))).ToArray();
                for (var mask = 0; mask < 1 << parts.Length; mask++)
                {
                    var blocks = parts.Select((p, k) => TestMatrices.Block(p, (mask >> k & 1) == 1 ? Storage.Sparse : Storage.Dense)).ToList();
                    var context = $"{(horizontal ? "cbind" : "rbind")} d={density} sparse mask {mask}";
                    var result = ReorgKernels.Bind(blocks, horizontal);
                    BlockAssert.Equal(Naive.Bind(blocks.Select(b => b.ToArray()).ToList(), horizontal), result, context,
                        checkZeroSign: mask == 0 && !result.IsSparse);
                    BlockAssert.BestFormat(result, context);
                }
            }
        }
    }

    [Fact]
    public void BindOfMismatchedShapesIsAnError()
    {
        var a = TestMatrices.Block(2, 2, Storage.Dense, 1, 2, 3, 4);
        var b = TestMatrices.Block(3, 1, Storage.Sparse, 1, 0, 0);
        Assert.Contains("same number of rows", Assert.Throws<DmlRuntimeException>(() => ReorgKernels.Bind([a, b], horizontal: true)).Message);
        Assert.Contains("same number of columns", Assert.Throws<DmlRuntimeException>(() => ReorgKernels.Bind([a, b], horizontal: false)).Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(33)]
    public void DiagOfAColumnVectorIsADiagonalMatrix(int n)
    {
        foreach (var density in TestMatrices.Densities)
        {
            var values = TestMatrices.Values(n, 1, density, TestMatrices.Seed(n, density));
            foreach (var storage in TestMatrices.Storages)
            {
                var block = TestMatrices.Block(values, storage);
                var input = block.ToArray();
                var expected = new double[n, n];
                for (var i = 0; i < n; i++)
                {
                    expected[i, i] = input[i, 0];
                }
                var context = $"diag of {n} x 1 {storage} d={density}";
                var result = ReorgKernels.Diag(block);
                BlockAssert.Equal(expected, result, context);
                BlockAssert.BestFormat(result, context);
            }
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(33)]
    public void DiagOfASquareMatrixIsItsDiagonal(int n)
    {
        foreach (var density in TestMatrices.Densities)
        {
            var values = TestMatrices.Values(n, n, density, TestMatrices.Seed(n, density));
            foreach (var storage in TestMatrices.Storages)
            {
                var block = TestMatrices.Block(values, storage);
                var input = block.ToArray();
                var expected = new double[n, 1];
                for (var i = 0; i < n; i++)
                {
                    expected[i, 0] = input[i, i];
                }
                var context = $"diag of {n} x {n} {storage} d={density}";
                var result = ReorgKernels.Diag(block);
                BlockAssert.Equal(expected, result, context);
                BlockAssert.BestFormat(result, context);
            }
        }
    }

    [Theory]
    [InlineData(2, 3)]
    [InlineData(1, 3)]
    public void DiagOfANonSquareMatrixIsAnError(int rows, int columns)
    {
        foreach (var storage in TestMatrices.Storages)
        {
            var error = Assert.Throws<DmlRuntimeException>(() => ReorgKernels.Diag(TestMatrices.Block(new double[rows, columns], storage)));
            Assert.Contains($"{rows} x {columns}", error.Message);
        }
    }
}

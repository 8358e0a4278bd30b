using DmlNet.Runtime;
using DmlNet.Runtime.Kernels;
using DmlNet.Tests.Kernels.Support;

namespace DmlNet.Tests.Kernels;

/// <summary>Right indexing (slices) and left indexing on dense and sparse blocks against the naive reference.</summary>
public class IndexingKernelTests
{
    private static readonly (int Rows, int Columns)[] Shapes = [(1, 1), (1, 6), (6, 1), (4, 5)];

    [Fact]
    public void EverySliceAgreesWithTheNaiveReference()
    {
        foreach (var (rows, columns) in Shapes)
        {
            foreach (var density in TestMatrices.Densities)
            {
                var values = TestMatrices.Values(rows, columns, density, TestMatrices.Seed(rows, columns, density));
                foreach (var storage in TestMatrices.Storages)
                {
                    var block = TestMatrices.Block(values, storage);
                    var input = block.ToArray();
                    foreach (var (rl, ru, cl, cu) in Ranges(rows, columns))
                    {
                        var context = $"{rows} x {columns} {storage} d={density} [{rl}:{ru}, {cl}:{cu}]";
                        var result = IndexingKernels.Slice(block, rl, ru, cl, cu);
                        BlockAssert.Equal(Naive.Slice(input, rl, ru, cl, cu), result, context,
                            checkZeroSign: storage == Storage.Dense && !result.IsSparse);
                    }
                }
            }
        }
    }

    /// <summary>Slices larger than one cell choose their storage by sparsity.</summary>
    [Fact]
    public void SlicesChooseTheirStorage()
    {
        var values = TestMatrices.Values(20, 20, 0.5, 3);
        for (var k = 0; k < 20; k++)
        {
            values[k, k] = 0;
        }
        foreach (var storage in TestMatrices.Storages)
        {
            var block = TestMatrices.Block(values, storage);
            foreach (var (rl, ru, cl, cu) in new[] { (0, 19, 0, 19), (0, 0, 0, 19), (0, 19, 3, 3), (2, 9, 5, 17) })
            {
                BlockAssert.BestFormat(IndexingKernels.Slice(block, rl, ru, cl, cu), $"{storage} [{rl}:{ru}, {cl}:{cu}]");
            }
        }
    }

    [Theory]
    [InlineData(-1, 0, 0, 0)]
    [InlineData(0, 4, 0, 0)]
    [InlineData(2, 1, 0, 0)]
    [InlineData(0, 0, -1, 0)]
    [InlineData(0, 0, 0, 5)]
    [InlineData(0, 0, 3, 2)]
    public void OutOfBoundsRangesAreErrors(int rl, int ru, int cl, int cu)
    {
        foreach (var storage in TestMatrices.Storages)
        {
            var block = TestMatrices.Block(new double[4, 5], storage);
            var expected = $"[{rl + 1}:{ru + 1}, {cl + 1}:{cu + 1}] is out of bounds for a 4 x 5 matrix";
            Assert.Contains(expected, Assert.Throws<DmlRuntimeException>(() => IndexingKernels.Slice(block, rl, ru, cl, cu)).Message);
            Assert.Contains(expected, Assert.Throws<DmlRuntimeException>(() => IndexingKernels.LeftIndex(block, rl, ru, cl, cu, 1.0)).Message);
        }
    }

    [Fact]
    public void EveryRangeOfAnEmptyMatrixIsOutOfBounds()
    {
        foreach (var storage in TestMatrices.Storages)
        {
            Assert.Throws<DmlRuntimeException>(() => IndexingKernels.Slice(TestMatrices.Block(new double[0, 3], storage), 0, 0, 0, 0));
            Assert.Throws<DmlRuntimeException>(() => IndexingKernels.Slice(TestMatrices.Block(new double[3, 0], storage), 0, 0, 0, 0));
        }
    }

    [Fact]
    public void LeftIndexingWithAMatrixAgreesWithTheNaiveReference()
    {
        foreach (var (rows, columns) in Shapes)
        {
            foreach (var density in TestMatrices.Densities)
            {
                var values = TestMatrices.Values(rows, columns, density, TestMatrices.Seed(rows, columns, density));
                foreach (var storage in TestMatrices.Storages)
                {
                    foreach (var (rl, ru, cl, cu) in Ranges(rows, columns))
                    {
                        var patch = TestMatrices.Values(ru - rl + 1, cu - cl + 1, 0.6, TestMatrices.Seed(rl, ru, cl, cu, density));
                        foreach (var patchStorage in TestMatrices.Storages)
                        {
                            var block = TestMatrices.Block(values, storage);
                            var before = block.ToArray();
                            var v = TestMatrices.Block(patch, patchStorage);
                            var context = $"{rows} x {columns} {storage} d={density} [{rl}:{ru}, {cl}:{cu}] = {patchStorage}";
                            var result = IndexingKernels.LeftIndex(block, rl, ru, cl, cu, v);
                            var allDense = storage == Storage.Dense && patchStorage == Storage.Dense && !result.IsSparse;
                            BlockAssert.Equal(Naive.LeftIndex(before, rl, cl, v.ToArray()), result, context, checkZeroSign: allDense);
                            BlockAssert.Equal(before, block, context + ": the original changed", checkZeroSign: storage == Storage.Dense);
                        }
                    }
                }
            }
        }
    }

    [Fact]
    public void LeftIndexingWithAScalarSetsTheCells()
    {
        foreach (var storage in TestMatrices.Storages)
        {
            var values = TestMatrices.Values(4, 5, 0.3, 11);
            foreach (var (rl, ru, cl, cu) in Ranges(4, 5))
            {
                foreach (var value in new[] { 0, 2.5, double.NaN })
                {
                    var block = TestMatrices.Block(values, storage);
                    var before = block.ToArray();
                    var patch = Naive.Map(new double[ru - rl + 1, cu - cl + 1], _ => value);
                    var context = $"{storage} [{rl}:{ru}, {cl}:{cu}] = {value}";
                    BlockAssert.Equal(Naive.LeftIndex(before, rl, cl, patch), IndexingKernels.LeftIndex(block, rl, ru, cl, cu, value), context);
                    BlockAssert.Equal(before, block, context + ": the original changed");
                }
            }
        }
    }

    /// <summary>Left indexing keeps a dense block dense (loops assigning cells do not flip storage); a sparse one gets the best storage.</summary>
    [Fact]
    public void LeftIndexingKeepsDenseBlocksDense()
    {
        var zeros = new double[10, 10];
        var dense = IndexingKernels.LeftIndex(TestMatrices.Block(zeros, Storage.Dense), 2, 2, 3, 3, 1.0);
        Assert.False(dense.IsSparse);
        var filled = IndexingKernels.LeftIndex(TestMatrices.Block(zeros, Storage.Sparse), 0, 9, 0, 9, TestMatrices.Block(Naive.Map(zeros, _ => 1), Storage.Dense));
        BlockAssert.BestFormat(filled, "sparse block filled with ones");
        BlockAssert.BestFormat(IndexingKernels.LeftIndex(TestMatrices.Block(zeros, Storage.Sparse), 2, 2, 3, 3, 1.0), "sparse block with one cell set");
    }

    [Fact]
    public void LeftIndexingWithAMatrixOfAnotherShapeIsAnError()
    {
        var block = TestMatrices.Block(new double[4, 5], Storage.Dense);
        var value = TestMatrices.Block(new double[2, 3], Storage.Sparse);
        var error = Assert.Throws<DmlRuntimeException>(() => IndexingKernels.LeftIndex(block, 0, 1, 0, 1, value));
        Assert.Contains("selects 2 x 2 cells but the assigned matrix is 2 x 3", error.Message);
    }

    /// <summary>Every valid inclusive range of a rows x columns matrix.</summary>
    private static IEnumerable<(int, int, int, int)> Ranges(int rows, int columns)
    {
        for (var rl = 0; rl < rows; rl++)
        {
            for (var ru = rl; ru < rows; ru++)
            {
                for (var cl = 0; cl < columns; cl++)
                {
                    for (var cu = cl; cu < columns; cu++)
                    {
                        yield return (rl, ru, cl, cu);
                    }
                }
            }
        }
    }
}

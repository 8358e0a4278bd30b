using DmlNet.Runtime;
using DmlNet.Runtime.Data;
using DmlNet.Runtime.Kernels;

namespace DmlNet.Tests.Runtime.Reorg;

/// <summary>rev, roll, order, removeEmpty, replace, lower/upper.tri, scans, bind, reshape and diag on dense and sparse blocks.</summary>
public class ReorgKernelTests
{
    public static TheoryData<string> Formats() => TestBlocks.Formats();

    [Theory]
    [MemberData(nameof(Formats))]
    public void RevReversesTheRowOrder(string format)
    {
        var x = TestBlocks.Of(format, 3, 2, 1, 0, 0, 4, 5, 6);
        TestBlocks.Equal(3, 2, [5, 6, 0, 4, 1, 0], RowOrderKernels.Reverse(x));
    }

    [Fact]
    public void RevOfEmptyAndSingleCellMatrices()
    {
        TestBlocks.Equal(0, 3, [], RowOrderKernels.Reverse(MatrixBlock.Filled(0, 3, 0)));
        TestBlocks.Equal(1, 1, [7], RowOrderKernels.Reverse(MatrixBlock.Filled(1, 1, 7)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(-1)]
    [InlineData(-6)]
    public void RollMovesRowIToRowIPlusShift(long shift)
    {
        var values = new double[] { 1, 10, 2, 0, 3, 30, 4, 0 };
        foreach (var x in TestBlocks.Both(4, 2, values))
        {
            var expected = new double[8];
            for (var i = 0; i < 4; i++)
            {
                var target = (int)(((i + shift) % 4 + 4) % 4);
                expected[target * 2] = values[i * 2];
                expected[target * 2 + 1] = values[i * 2 + 1];
            }
            TestBlocks.Equal(4, 2, expected, RowOrderKernels.Roll(x, shift));
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void OrderIsAStableSortByOneOrMoreColumns(bool decreasing)
    {
        const int rows = 40;
        var values = TestBlocks.Random(rows, 3, 0.5, 11);
        foreach (var x in TestBlocks.Both(rows, 3, values))
        {
            foreach (var by in new[] { new[] { 1 }, new[] { 2, 0 }, new[] { 0, 1, 2 } })
            {
                var expected = StableReference(values, 3, by, decreasing);
                var indexes = OrderKernels.Order(x, by, decreasing, indexReturn: true);
                TestBlocks.Equal(rows, 1, expected.Select(i => i + 1.0).ToArray(), indexes);
                var sorted = OrderKernels.Order(x, by, decreasing, indexReturn: false);
                TestBlocks.Equal(rows, 3, expected.SelectMany(i => values.Skip(i * 3).Take(3)).ToArray(), sorted);
            }
        }
    }

    [Fact]
    public void OrderPutsNaNLastAscendingAndFirstDescending()
    {
        var x = MatrixBlock.FromDense(5, 1, [3, double.NaN, 1, double.NaN, 2]);
        TestBlocks.Equal(5, 1, [3, 5, 1, 2, 4], OrderKernels.Order(x, [0], false, true));
        TestBlocks.Equal(5, 1, [2, 4, 1, 5, 3], OrderKernels.Order(x, [0], true, true));
    }

    [Fact]
    public void OrderRejectsAColumnOutsideTheMatrix()
    {
        var error = Assert.Throws<DmlRuntimeException>(() => OrderKernels.Order(MatrixBlock.Filled(2, 2, 1), [2], false, false));
        Assert.Contains("by=3", error.Message);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void RemoveEmptyDropsAllZeroRowsAndColumns(string format)
    {
        var x = TestBlocks.Of(format, 4, 3, 0, 0, 0, 1, 0, 2, 0, 0, 0, 0, 0, double.NaN);
        TestBlocks.Equal(2, 3, [1, 0, 2, 0, 0, double.NaN], RemoveEmptyKernels.RemoveEmpty(x, rows: true, null, true));
        TestBlocks.Equal(4, 2, [0, 0, 1, 2, 0, 0, 0, double.NaN], RemoveEmptyKernels.RemoveEmpty(x, rows: false, null, true));
    }

    [Fact]
    public void RemoveEmptyMatchesANaiveFilterOnARandomSparseMatrix()
    {
        const int rows = 30, columns = 20;
        var values = TestBlocks.Random(rows, columns, 0.03, 5);
        var keptRows = Enumerable.Range(0, rows).Where(i => Enumerable.Range(0, columns).Any(j => values[i * columns + j] != 0)).ToList();
        var keptColumns = Enumerable.Range(0, columns).Where(j => Enumerable.Range(0, rows).Any(i => values[i * columns + j] != 0)).ToList();
        foreach (var x in TestBlocks.Both(rows, columns, values))
        {
            TestBlocks.Equal(keptRows.Count, columns, keptRows.SelectMany(i => values.Skip(i * columns).Take(columns)).ToArray(),
                RemoveEmptyKernels.RemoveEmpty(x, true, null, true));
            TestBlocks.Equal(rows, keptColumns.Count,
                Enumerable.Range(0, rows).SelectMany(i => keptColumns.Select(j => values[i * columns + j])).ToArray(),
                RemoveEmptyKernels.RemoveEmpty(x, false, null, true));
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void RemoveEmptyWithSelectKeepsTheSelectedRowsEvenWhenZero(string format)
    {
        var x = TestBlocks.Of(format, 3, 2, 1, 2, 0, 0, 5, 6);
        var select = MatrixBlock.FromDense(3, 1, [0, 1, 1]);
        TestBlocks.Equal(2, 2, [0, 0, 5, 6], RemoveEmptyKernels.RemoveEmpty(x, true, select, true));
        var columns = MatrixBlock.FromDense(1, 2, [0, 3]);
        TestBlocks.Equal(3, 1, [2, 0, 6], RemoveEmptyKernels.RemoveEmpty(x, false, columns, true));
    }

    [Fact]
    public void RemoveEmptyOfNothingKeptIsOneZeroRowOrAnEmptyMatrix()
    {
        var zeros = MatrixBlock.Filled(3, 2, 0);
        TestBlocks.Equal(1, 2, [0, 0], RemoveEmptyKernels.RemoveEmpty(zeros, true, null, true));
        TestBlocks.Equal(0, 2, [], RemoveEmptyKernels.RemoveEmpty(zeros, true, null, false));
        TestBlocks.Equal(3, 1, [0, 0, 0], RemoveEmptyKernels.RemoveEmpty(zeros, false, null, true));
        TestBlocks.Equal(3, 0, [], RemoveEmptyKernels.RemoveEmpty(zeros, false, null, false));
        var none = MatrixBlock.Filled(3, 1, 0);
        TestBlocks.Equal(0, 2, [], RemoveEmptyKernels.RemoveEmpty(MatrixBlock.Filled(3, 2, 4), true, none, false));
    }

    [Fact]
    public void RemoveEmptyRejectsASelectVectorOfTheWrongLength()
    {
        var error = Assert.Throws<DmlRuntimeException>(() =>
            RemoveEmptyKernels.RemoveEmpty(MatrixBlock.Filled(3, 2, 1), true, MatrixBlock.Filled(2, 1, 1), true));
        Assert.Contains("one entry per row (3)", error.Message);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void ReplaceSwapsEveryMatchingCell(string format)
    {
        var x = TestBlocks.Of(format, 2, 3, 2, 0, 2, double.NaN, 1, 0);
        TestBlocks.Equal(2, 3, [9, 0, 9, double.NaN, 1, 0], ReplaceKernels.Replace(x, 2, 9));
        TestBlocks.Equal(2, 3, [2, 5, 2, double.NaN, 1, 5], ReplaceKernels.Replace(x, 0, 5));
        TestBlocks.Equal(2, 3, [2, 0, 2, -1, 1, 0], ReplaceKernels.Replace(x, double.NaN, -1));
        TestBlocks.Equal(2, 3, [0, 0, 0, double.NaN, 1, 0], ReplaceKernels.Replace(x, 2, 0));
        TestBlocks.Equal(2, 3, [2, 0, 2, double.NaN, 1, 0], ReplaceKernels.Replace(x, 7, 1));
    }

    [Theory]
    [InlineData(3, 4)]
    [InlineData(4, 3)]
    [InlineData(3, 3)]
    public void TrianglesKeepTheCellsOnTheirSideOfTheDiagonal(int rows, int columns)
    {
        var values = Enumerable.Range(1, rows * columns).Select(v => (double)v).ToArray();
        foreach (var x in TestBlocks.Both(rows, columns, values))
        {
            foreach (var lower in new[] { true, false })
            {
                foreach (var diagonal in new[] { true, false })
                {
                    foreach (var keepValues in new[] { true, false })
                    {
                        var expected = new double[rows * columns];
                        for (var i = 0; i < rows; i++)
                        {
                            for (var j = 0; j < columns; j++)
                            {
                                var inside = (lower ? j < i : j > i) || (diagonal && i == j);
                                expected[i * columns + j] = inside ? keepValues ? values[i * columns + j] : 1 : 0;
                            }
                        }
                        TestBlocks.Equal(rows, columns, expected, TriangleKernels.Triangle(x, lower, diagonal, keepValues));
                    }
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void RowCumSumAddsLeftToRight(string format)
    {
        var x = TestBlocks.Of(format, 2, 3, 1, 2, 3, 0, 0, 4);
        TestBlocks.Equal(2, 3, [1, 3, 6, 0, 0, 4], ScanKernels.RowCumSum(x));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void CumSumProdFollowsItsRecurrence(string format)
    {
        var x = TestBlocks.Of(format, 4, 2, 1, 0, 2, 1, 3, 2, 0, 0.5);
        TestBlocks.Equal(4, 1, [1, 3, 9, 4.5], ScanKernels.CumSumProd(x));
        Assert.Throws<DmlRuntimeException>(() => ScanKernels.CumSumProd(MatrixBlock.Filled(2, 3, 1)));
    }

    [Fact]
    public void BindConcatenatesDenseAndSparseParts()
    {
        var a = TestBlocks.Random(5, 4, 0.1, 1);
        var b = TestBlocks.Random(5, 3, 0.9, 2);
        foreach (var left in TestBlocks.Both(5, 4, a))
        {
            foreach (var right in TestBlocks.Both(5, 3, b))
            {
                var horizontal = Enumerable.Range(0, 5).SelectMany(i => a.Skip(i * 4).Take(4).Concat(b.Skip(i * 3).Take(3))).ToArray();
                TestBlocks.Equal(5, 7, horizontal, ReorgKernels.Bind([left, right], horizontal: true));
                var lt = ReorgKernels.Transpose(left);
                var rt = ReorgKernels.Transpose(right);
                TestBlocks.Equal(7, 5, ReorgKernels.Transpose(MatrixBlock.FromDense(5, 7, horizontal)).DenseValues(),
                    ReorgKernels.Bind([lt, rt], horizontal: false));
            }
        }
    }

    [Fact]
    public void BindAcceptsPartsWithZeroRowsOrColumns()
    {
        var empty = MatrixBlock.Filled(0, 3, 0);
        var ones = MatrixBlock.Filled(2, 3, 1);
        TestBlocks.Equal(2, 3, [1, 1, 1, 1, 1, 1], ReorgKernels.Bind([empty, ones, empty], horizontal: false));
        TestBlocks.Equal(0, 7, [], ReorgKernels.Bind([empty, MatrixBlock.Filled(0, 4, 0)], horizontal: true));
        TestBlocks.Equal(2, 3, [1, 1, 1, 1, 1, 1], ReorgKernels.Bind([MatrixBlock.Filled(2, 0, 0), ones], horizontal: true));
        var error = Assert.Throws<DmlRuntimeException>(() => ReorgKernels.Bind([empty, MatrixBlock.Filled(1, 2, 1)], horizontal: false));
        Assert.Contains("same number of columns", error.Message);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void ReshapeReadsAndWritesRowMajorOrColumnMajor(string format)
    {
        var x = TestBlocks.Of(format, 2, 3, 1, 2, 0, 4, 0, 6);
        TestBlocks.Equal(3, 2, [1, 2, 0, 4, 0, 6], ReorgKernels.Reshape(x, 3, 2, byRow: true));
        // column-major reading gives 1 4 2 0 0 6, written down the columns of a 3 x 2 matrix
        TestBlocks.Equal(3, 2, [1, 0, 4, 0, 2, 6], ReorgKernels.Reshape(x, 3, 2, byRow: false));
        TestBlocks.Equal(1, 6, [1, 4, 2, 0, 0, 6], ReorgKernels.Reshape(x, 1, 6, byRow: false));
        Assert.Throws<DmlRuntimeException>(() => ReorgKernels.Reshape(x, 4, 2, byRow: true));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void DiagTurnsAVectorIntoAMatrixAndBack(string format)
    {
        var v = TestBlocks.Of(format, 3, 1, 2, 0, 5);
        var m = ReorgKernels.Diag(v);
        TestBlocks.Equal(3, 3, [2, 0, 0, 0, 0, 0, 0, 0, 5], m);
        TestBlocks.Equal(3, 1, [2, 0, 5], ReorgKernels.Diag(m));
        TestBlocks.Equal(1, 1, [4], ReorgKernels.Diag(MatrixBlock.Filled(1, 1, 4)));
        Assert.Throws<DmlRuntimeException>(() => ReorgKernels.Diag(TestBlocks.Of(format, 2, 3, 1, 2, 3, 4, 5, 6)));
    }

    [Fact]
    public void EmptyAndSingleCellInputs()
    {
        var none = MatrixBlock.Filled(0, 3, 0);
        TestBlocks.Equal(0, 3, [], OrderKernels.Order(none, [0], false, false));
        TestBlocks.Equal(0, 1, [], OrderKernels.Order(none, [2], true, true));
        TestBlocks.Equal(0, 3, [], RowOrderKernels.Roll(none, 2));
        TestBlocks.Equal(0, 3, [], ReplaceKernels.Replace(none, 0, 1));
        TestBlocks.Equal(0, 3, [], TriangleKernels.Triangle(none, true, true, true));
        TestBlocks.Equal(0, 3, [], ScanKernels.RowCumSum(none));
        TestBlocks.Equal(0, 1, [], ScanKernels.CumSumProd(MatrixBlock.Filled(0, 2, 0)));
        foreach (var one in TestBlocks.Both(1, 1, 4))
        {
            TestBlocks.Equal(1, 1, [4], OrderKernels.Order(one, [0], true, false));
            TestBlocks.Equal(1, 1, [1], OrderKernels.Order(one, [0], false, true));
            TestBlocks.Equal(1, 1, [4], RowOrderKernels.Roll(one, -3));
            TestBlocks.Equal(1, 1, [4], RemoveEmptyKernels.RemoveEmpty(one, true, null, false));
            TestBlocks.Equal(1, 1, [0], ReplaceKernels.Replace(one, 4, 0));
            TestBlocks.Equal(1, 1, [0], TriangleKernels.Triangle(one, false, false, true));
            TestBlocks.Equal(1, 1, [4], TriangleKernels.Triangle(one, false, true, true));
            TestBlocks.Equal(1, 1, [4], ScanKernels.RowCumSum(one));
        }
        TestBlocks.Equal(0, 1, [], RemoveEmptyKernels.RemoveEmpty(MatrixBlock.Filled(1, 1, 0), true, null, false));
        TestBlocks.Equal(1, 1, [0], RemoveEmptyKernels.RemoveEmpty(MatrixBlock.Filled(1, 1, 0), false, null, true));
    }

    /// <summary>The expected permutation: LINQ's OrderBy/ThenBy are stable, so ties keep their input order.</summary>
    private static int[] StableReference(double[] values, int columns, int[] by, bool decreasing)
    {
        var rows = values.Length / columns;
        IOrderedEnumerable<int> ordered = decreasing
            ? Enumerable.Range(0, rows).OrderByDescending(i => values[i * columns + by[0]])
            : Enumerable.Range(0, rows).OrderBy(i => values[i * columns + by[0]]);
        foreach (var column in by.Skip(1))
        {
            ordered = decreasing ? ordered.ThenByDescending(i => values[i * columns + column]) : ordered.ThenBy(i => values[i * columns + column]);
        }
        return ordered.ToArray();
    }
}

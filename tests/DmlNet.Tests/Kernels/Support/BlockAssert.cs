using DmlNet.Runtime.Data;

namespace DmlNet.Tests.Kernels.Support;

/// <summary>
/// Assertions on matrix blocks against reference values.
/// <para>
/// How cells compare: NaN matches any NaN; other values must be equal. The sign of a zero is
/// checked only when <paramref name="checkZeroSign"/> is set, which callers do when every input
/// and the result are dense: CSR storage cannot hold -0.0 (an absent cell reads as +0.0), so once
/// a sparse block is involved a zero's sign is not part of a matrix's value (SystemDS's sparse
/// blocks behave the same).
/// </para>
/// </summary>
public static class BlockAssert
{
    /// <summary>The block is well formed and holds exactly the expected cells.</summary>
    public static void Equal(double[,] expected, MatrixBlock actual, string context, bool checkZeroSign = false)
    {
        WellFormed(actual, context);
        Shape(expected, actual, context);
        for (var i = 0; i < actual.Rows; i++)
        {
            for (var j = 0; j < actual.Columns; j++)
            {
                var (e, a) = (expected[i, j], actual.Get(i, j));
                if (!Same(e, a, checkZeroSign))
                {
                    Assert.Fail($"{context}: cell ({i}, {j}) is {Text(a)}, expected {Text(e)}");
                }
            }
        }
    }

    /// <summary>
    /// The block holds the expected cells up to a per-cell absolute tolerance; NaN and infinities
    /// (with their signs) must match exactly.
    /// </summary>
    public static void Close(double[,] expected, MatrixBlock actual, Func<int, int, double> tolerance, string context)
    {
        WellFormed(actual, context);
        Shape(expected, actual, context);
        for (var i = 0; i < actual.Rows; i++)
        {
            for (var j = 0; j < actual.Columns; j++)
            {
                var (e, a) = (expected[i, j], actual.Get(i, j));
                var ok = double.IsFinite(e) ? double.IsFinite(a) && Math.Abs(a - e) <= tolerance(i, j) : Same(e, a, false);
                if (!ok)
                {
                    Assert.Fail($"{context}: cell ({i}, {j}) is {Text(a)}, expected {Text(e)} (tolerance {tolerance(i, j):R})");
                }
            }
        }
    }

    /// <summary>Two numbers are the same value: both NaN, or equal (and, if asked, zeros of one sign).</summary>
    public static bool Same(double expected, double actual, bool checkZeroSign) =>
        double.IsNaN(expected)
            ? double.IsNaN(actual)
            : expected == actual && (!checkZeroSign || expected != 0 || double.IsNegative(expected) == double.IsNegative(actual));

    /// <summary>The storage invariants: array sizes, CSR row offsets, strictly increasing columns, no stored zeros.</summary>
    public static void WellFormed(MatrixBlock block, string context)
    {
        Assert.True(block.Dense is null != block.Sparse is null, $"{context}: exactly one storage must be set");
        if (block.Dense is { } dense)
        {
            Assert.True(dense.LongLength == block.CellCount, $"{context}: {dense.Length} dense values for {block.Rows} x {block.Columns}");
            return;
        }
        var sparse = block.Sparse!;
        Assert.True(sparse.RowCount == block.Rows, $"{context}: {sparse.RowCount} CSR rows for {block.Rows}");
        Assert.True(sparse.RowStart[0] == 0, $"{context}: CSR must start at 0");
        for (var i = 0; i < block.Rows; i++)
        {
            if (sparse.RowStart[i] > sparse.RowStart[i + 1])
            {
                Assert.Fail($"{context}: CSR row {i} ends before it starts");
            }
            for (var p = sparse.RowStart[i]; p < sparse.RowStart[i + 1]; p++)
            {
                var column = sparse.ColumnIndexes[p];
                if (column < 0 || column >= block.Columns)
                {
                    Assert.Fail($"{context}: column {column} outside row {i}");
                }
                if (p > sparse.RowStart[i] && sparse.ColumnIndexes[p - 1] >= column)
                {
                    Assert.Fail($"{context}: columns of row {i} not increasing");
                }
                if (sparse.Values[p] == 0)
                {
                    Assert.Fail($"{context}: stored zero at ({i}, {column})");
                }
            }
        }
    }

    /// <summary>
    /// The block is stored as <see cref="MatrixBlock.WithBestFormat"/> would store it: sparse exactly
    /// when fewer than <see cref="MatrixBlock.SparsityThreshold"/> of its cells are non-zero.
    /// </summary>
    public static void BestFormat(MatrixBlock block, string context)
    {
        if (block.CellCount == 0)
        {
            return;
        }
        var shouldBeSparse = block.NonZeros < MatrixBlock.SparsityThreshold * block.CellCount;
        Assert.True(block.IsSparse == shouldBeSparse,
            $"{context}: {block.NonZeros} non-zeros in {block.CellCount} cells stored {(block.IsSparse ? "sparse" : "dense")}");
    }

    private static void Shape(double[,] expected, MatrixBlock actual, string context) =>
        Assert.True(expected.GetLength(0) == actual.Rows && expected.GetLength(1) == actual.Columns,
            $"{context}: shape {actual.Rows} x {actual.Columns}, expected {expected.GetLength(0)} x {expected.GetLength(1)}");

    /// <summary>A number as round-trip text, with the sign of zero.</summary>
    public static string Text(double v) => v == 0 && double.IsNegative(v) ? "-0.0" : v.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}

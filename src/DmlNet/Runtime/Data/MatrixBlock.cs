namespace DmlNet.Runtime.Data;

/// <summary>
/// An in-memory matrix of doubles, stored dense (row-major <c>double[]</c>) or sparse (CSR, see
/// <see cref="SparseRows"/>). Blocks are values: kernels never modify their inputs, and a block
/// handed to the symbol table is not changed afterwards (left-indexing copies first).
/// </summary>
public sealed class MatrixBlock
{
    /// <summary>Below this fraction of non-zeros a block is stored sparse (SystemDS uses 0.4 as well).</summary>
    public const double SparsityThreshold = 0.4;

    private MatrixBlock(int rows, int columns, double[]? dense, SparseRows? sparse)
    {
        if (rows < 0 || columns < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(rows), $"negative dimensions {rows} x {columns}");
        }
        Rows = rows;
        Columns = columns;
        Dense = dense;
        Sparse = sparse;
    }

    /// <summary>Number of rows.</summary>
    public int Rows { get; }

    /// <summary>Number of columns.</summary>
    public int Columns { get; }

    /// <summary>Rows * Columns.</summary>
    public long CellCount => (long)Rows * Columns;

    /// <summary>Row-major values when dense, else null.</summary>
    public double[]? Dense { get; }

    /// <summary>The CSR rows when sparse, else null.</summary>
    public SparseRows? Sparse { get; }

    /// <summary>True when stored sparse.</summary>
    public bool IsSparse => Sparse is not null;

    /// <summary>A dense block over <paramref name="values"/> (row-major, length rows*columns; not copied).</summary>
    public static MatrixBlock FromDense(int rows, int columns, double[] values)
    {
        if (values.LongLength != (long)rows * columns)
        {
            throw new ArgumentException($"{values.Length} values for a {rows} x {columns} matrix", nameof(values));
        }
        return new MatrixBlock(rows, columns, values, null);
    }

    /// <summary>A sparse block over CSR rows (not copied).</summary>
    public static MatrixBlock FromSparse(int rows, int columns, SparseRows sparse)
    {
        if (sparse.RowCount != rows)
        {
            throw new ArgumentException($"{sparse.RowCount} sparse rows for a {rows} x {columns} matrix", nameof(sparse));
        }
        return new MatrixBlock(rows, columns, null, sparse);
    }

    /// <summary>A block with every cell equal to <paramref name="value"/> (sparse and empty for 0).</summary>
    public static MatrixBlock Filled(int rows, int columns, double value)
    {
        if (value == 0)
        {
            return FromSparse(rows, columns, SparseRows.Empty(rows));
        }
        var data = new double[(long)rows * columns];
        Array.Fill(data, value);
        return FromDense(rows, columns, data);
    }

    /// <summary>A dense block from a 2-D array (copied).</summary>
    public static MatrixBlock FromArray(double[,] values)
    {
        var rows = values.GetLength(0);
        var columns = values.GetLength(1);
        var data = new double[rows * columns];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                data[i * columns + j] = values[i, j];
            }
        }
        return FromDense(rows, columns, data);
    }

    /// <summary>The value of cell (i, j), 0-based.</summary>
    public double Get(int i, int j)
    {
        if ((uint)i >= (uint)Rows || (uint)j >= (uint)Columns)
        {
            throw new ArgumentOutOfRangeException(nameof(i), $"cell ({i}, {j}) outside a {Rows} x {Columns} matrix");
        }
        return Dense is not null ? Dense[(long)i * Columns + j] : Sparse!.Get(i, j);
    }

    /// <summary>The number of non-zero cells (NaN counts as non-zero).</summary>
    public long NonZeros
    {
        get
        {
            if (Sparse is not null)
            {
                return Sparse.NonZeroCount;
            }
            return NonZeroCount.Of(Dense!);
        }
    }

    /// <summary>The same values stored dense (this block when already dense).</summary>
    public MatrixBlock ToDense()
    {
        if (Dense is not null)
        {
            return this;
        }
        var data = new double[CellCount];
        Sparse!.CopyTo(data, Columns);
        return FromDense(Rows, Columns, data);
    }

    /// <summary>The row-major values as a new or shared array (shared when already dense: do not modify).</summary>
    public double[] DenseValues() => ToDense().Dense!;

    /// <summary>The same values stored sparse (this block when already sparse).</summary>
    public MatrixBlock ToSparse() => Sparse is not null ? this : FromSparse(Rows, Columns, SparseRows.FromDense(Dense!, Rows, Columns));

    /// <summary>Dense or sparse, whichever suits the fraction of non-zeros (<see cref="SparsityThreshold"/>).</summary>
    public MatrixBlock WithBestFormat()
    {
        if (CellCount == 0)
        {
            return this;
        }
        // Counting stops once the block is known to be dense enough.
        var threshold = SparsityThreshold * CellCount;
        return WithBestFormat(Sparse?.NonZeroCount ?? NonZeroCount.Of(Dense!, (long)Math.Ceiling(threshold)));
    }

    /// <summary>
    /// <see cref="WithBestFormat()"/> for a kernel that counted the non-zeros while writing the block:
    /// <paramref name="nonZeros"/> is that count, or any number of at least the threshold when the block is dense enough.
    /// </summary>
    internal MatrixBlock WithBestFormat(long nonZeros)
    {
        if (CellCount == 0)
        {
            return this;
        }
        return nonZeros < SparsityThreshold * CellCount ? ToSparse() : ToDense();
    }

    /// <summary>A copy as a 2-D array (for the embedding API and tests).</summary>
    public double[,] ToArray()
    {
        var result = new double[Rows, Columns];
        for (var i = 0; i < Rows; i++)
        {
            for (var j = 0; j < Columns; j++)
            {
                result[i, j] = Get(i, j);
            }
        }
        return result;
    }
}

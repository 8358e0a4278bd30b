using DmlNet.Runtime.Data;

namespace DmlNet.Api;

/// <summary>Matrix data for <see cref="PreparedScript.Execute"/>: from a row-major array or from sparse triples.</summary>
public sealed class MatrixInput
{
    private MatrixInput(MatrixBlock block) => Block = block;

    internal MatrixBlock Block { get; }

    /// <summary>A dense matrix over row-major values (copied, so the caller may reuse the array).</summary>
    public static MatrixInput FromRowMajor(double[] values, int rows, int columns) =>
        new(MatrixBlock.FromDense(rows, columns, (double[])values.Clone()));

    /// <summary>A sparse matrix from (row, column, value) triples with 0-based indices; duplicates are summed.</summary>
    public static MatrixInput FromTriples(int rows, int columns, IEnumerable<(int Row, int Column, double Value)> triples)
    {
        var cells = new SortedDictionary<(int, int), double>();
        foreach (var (row, column, value) in triples)
        {
            if ((uint)row >= (uint)rows || (uint)column >= (uint)columns)
            {
                throw new ArgumentOutOfRangeException(nameof(triples), $"cell ({row}, {column}) outside a {rows} x {columns} matrix");
            }
            cells[(row, column)] = cells.GetValueOrDefault((row, column)) + value;
        }
        var nonZeros = cells.Where(c => c.Value != 0).ToList();
        var rowStart = new int[rows + 1];
        foreach (var ((row, _), _) in nonZeros)
        {
            rowStart[row + 1]++;
        }
        for (var i = 0; i < rows; i++)
        {
            rowStart[i + 1] += rowStart[i];
        }
        var block = MatrixBlock.FromSparse(rows, columns, new SparseRows(rowStart,
            nonZeros.Select(c => c.Key.Item2).ToArray(), nonZeros.Select(c => c.Value).ToArray()));
        return new MatrixInput(block);
    }
}

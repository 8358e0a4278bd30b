using DmlNet.Runtime.Data;

namespace DmlNet.Runtime.Kernels;

/// <summary><c>replace(target, pattern, replacement)</c>: every cell equal to the pattern replaced; a NaN pattern matches NaN cells.</summary>
public static class ReplaceKernels
{
    /// <summary>A copy of <paramref name="block"/> with the pattern's cells replaced.</summary>
    public static MatrixBlock Replace(MatrixBlock block, double pattern, double replacement)
    {
        var nanPattern = double.IsNaN(pattern);
        bool Matches(double v) => nanPattern ? double.IsNaN(v) : v == pattern;
        if (block.Sparse is { } sparse && pattern != 0)
        {
            var values = sparse.Values[..sparse.NonZeroCount];
            for (var p = 0; p < values.Length; p++)
            {
                if (Matches(values[p]))
                {
                    values[p] = replacement;
                }
            }
            return SparsePattern.WithValues(block, values);
        }
        var result = (double[])block.DenseValues().Clone();
        for (long c = 0; c < result.LongLength; c++)
        {
            if (Matches(result[c]))
            {
                result[c] = replacement;
            }
        }
        return MatrixBlock.FromDense(block.Rows, block.Columns, result).WithBestFormat();
    }
}

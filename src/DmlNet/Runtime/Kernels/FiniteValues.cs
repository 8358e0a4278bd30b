using DmlNet.Runtime.Data;

namespace DmlNet.Runtime.Kernels;

/// <summary>
/// Whether a block holds only finite values. Shortcuts that skip zeros (sparse <c>*</c>, sparse
/// matrix products) are exact only then: 0 * NaN and 0 * Infinity are NaN.
/// </summary>
internal static class FiniteValues
{
    /// <summary>True when no cell is NaN or infinite (implicit zeros of sparse blocks are finite).</summary>
    public static bool All(MatrixBlock block)
    {
        var values = block.Sparse is { } sparse ? sparse.Values.AsSpan(0, sparse.NonZeroCount) : block.Dense.AsSpan();
        foreach (var v in values)
        {
            if (!double.IsFinite(v))
            {
                return false;
            }
        }
        return true;
    }
}

using DmlNet.Runtime.Data;

namespace DmlNet.Runtime.Kernels;

/// <summary>The cells of vector arguments (n x 1 or 1 x n) of statistics builtins, with clear shape errors.</summary>
internal static class VectorValues
{
    /// <summary>The values of a row or column vector; any other shape is an error naming the function and argument.</summary>
    public static double[] Of(MatrixBlock block, string function, string argument)
    {
        if (block.Rows != 1 && block.Columns != 1)
        {
            throw new DmlRuntimeException($"{function} needs a vector for {argument}, got a {block.Rows} x {block.Columns} matrix");
        }
        return block.DenseValues();
    }

    /// <summary>The values of a vector that must have <paramref name="length"/> cells (weights, a second sample).</summary>
    public static double[] Matching(MatrixBlock block, int length, string function, string argument)
    {
        var values = Of(block, function, argument);
        if (values.Length != length)
        {
            throw new DmlRuntimeException($"{function} needs {argument} with {length} values, got {values.Length}");
        }
        return values;
    }
}

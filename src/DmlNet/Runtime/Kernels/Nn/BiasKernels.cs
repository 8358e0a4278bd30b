using DmlNet.Runtime.Data;

namespace DmlNet.Runtime.Kernels.Nn;

/// <summary>
/// bias_add and bias_multiply: a C x 1 vector applied to every cell of its channel of N x C*P*Q images
/// (column j belongs to channel j / (ncol / C)).
/// </summary>
public static class BiasKernels
{
    /// <summary>input + bias per channel (dense result unless the bias is all zero).</summary>
    public static MatrixBlock Add(MatrixBlock input, MatrixBlock bias) => Apply("bias_add", input, bias, multiply: false);

    /// <summary>input * bias per channel; a sparse input stays sparse.</summary>
    public static MatrixBlock Multiply(MatrixBlock input, MatrixBlock bias) => Apply("bias_multiply", input, bias, multiply: true);

    private static MatrixBlock Apply(string call, MatrixBlock input, MatrixBlock bias, bool multiply)
    {
        var channels = bias.Rows;
        if (bias.Columns != 1 || channels == 0 || input.Columns % channels != 0)
        {
            throw new DmlRuntimeException($"{call}(): the bias must be C x 1 with C dividing ncol(input) = {input.Columns}, got {bias.Rows} x {bias.Columns}");
        }
        var values = bias.DenseValues();
        var positions = input.Columns / channels;
        if (multiply && input.Sparse is { } sparse)
        {
            var scaled = new double[sparse.Values.Length];
            for (var i = 0; i < scaled.Length; i++)
            {
                scaled[i] = sparse.Values[i] * values[sparse.ColumnIndexes[i] / positions];
            }
            return MatrixBlock.FromSparse(input.Rows, input.Columns, new SparseRows(sparse.RowStart, sparse.ColumnIndexes, scaled)).WithBestFormat();
        }
        if (!multiply && values.All(v => v == 0))
        {
            return input;
        }
        var source = input.DenseValues();
        var result = GC.AllocateUninitializedArray<double>(source.Length); // every cell is written below
        var columns = input.Columns;
        Parallelism.ForRows(input.Rows, input.CellCount, (start, end) =>
        {
            for (var i = start; i < end; i++)
            {
                var row = (long)i * columns;
                for (var c = 0; c < channels; c++)
                {
                    var from = source.AsSpan((int)(row + c * positions), positions);
                    var to = result.AsSpan((int)(row + c * positions), positions);
                    var v = values[c];
                    for (var j = 0; j < positions; j++)
                    {
                        to[j] = multiply ? from[j] * v : from[j] + v;
                    }
                }
            }
        });
        var block = MatrixBlock.FromDense(input.Rows, columns, result);
        return multiply ? block.WithBestFormat() : block;
    }
}

using DmlNet.Runtime.Data;

namespace DmlNet.Runtime.Kernels.Nn;

/// <summary>
/// conv2d and its two gradients on NCHW images, as matrix products over chunks of the batch
/// (im2col): per chunk of G images, the windows of every image are laid out side by side (in
/// parallel over the images, sparse images from their non-zeros only), one dense product covers the
/// whole chunk (parallel over its row blocks), and its result is scattered back per image.
/// Scratch buffers are rented once per call and reused for every chunk.
/// </summary>
public static class Convolution
{
    /// <summary>
    /// conv2d: N x C*H*W images and K x C*R*S filters give N x K*P*Q. One image group per thread: per chunk,
    /// the window columns of its images side by side (C*R*S x G*P*Q), one product with the filters
    /// (K x G*P*Q, already filter-major per image), and a copy of each image's K runs of P*Q cells.
    /// </summary>
    public static MatrixBlock Forward(MatrixBlock input, MatrixBlock filter, ConvGeometry g)
    {
        int pq = g.OutputPositions, crs = g.PatchCells, k = g.K;
        var weights = filter.DenseValues();
        var output = new double[(long)g.N * g.ConvOutputCells];
        var chunk = NnGemm.ChunkImages(g.N, (long)pq * (crs + k));
        NnGemm.ForImageGroups(g.N, (long)g.N * pq * crs * k, (groupStart, groupEnd) =>
        {
            var columns = NnGemm.Rent((long)chunk * pq * crs);
            var product = NnGemm.Rent((long)chunk * pq * k);
            try
            {
                for (var n0 = groupStart; n0 < groupEnd; n0 += chunk)
                {
                    var count = Math.Min(chunk, groupEnd - n0);
                    var width = count * pq;
                    for (var i = 0; i < count; i++)
                    {
                        if (input.Sparse is { } sparse)
                        {
                            Im2Col.Columns(g, sparse, n0 + i, columns, i * pq, width);
                        }
                        else
                        {
                            Im2Col.Columns(g, input.Dense.AsSpan((int)((long)(n0 + i) * g.InputCells), g.InputCells), columns, i * pq, width);
                        }
                    }
                    NnGemm.Multiply(weights, columns, product, k, crs, width);
                    for (var i = 0; i < count; i++)
                    {
                        var target = (long)(n0 + i) * k * pq;
                        for (var f = 0; f < k; f++)
                        {
                            Array.Copy(product, (long)f * width + i * pq, output, target + (long)f * pq, pq);
                        }
                    }
                }
            }
            finally
            {
                NnGemm.Return(columns);
                NnGemm.Return(product);
            }
        });
        return MatrixBlock.FromDense(g.N, g.ConvOutputCells, output);
    }

    /// <summary>
    /// conv2d_backward_filter: the gradient with respect to the K x C*R*S filters, summed over the batch. The
    /// batch is split into one group of images per thread, each with its own buffers and partial sum (the
    /// product has only C*R*S rows, often too few to split), and the partial sums are added at the end.
    /// </summary>
    public static MatrixBlock BackwardFilter(MatrixBlock input, MatrixBlock dout, ConvGeometry g)
    {
        int pq = g.OutputPositions, crs = g.PatchCells, k = g.K;
        var chunk = NnGemm.ChunkImages(g.N, (long)pq * (crs + k));
        var sum = new double[crs * k];
        NnGemm.ForImageGroups(g.N, (long)g.N * pq * crs * k, (groupStart, groupEnd) =>
        {
            var columns = NnGemm.Rent((long)chunk * pq * crs);
            var doutT = NnGemm.Rent((long)chunk * pq * k);
            var partial = NnGemm.Rent((long)crs * k);
            var groupSum = new double[crs * k];
            var buffer = new double[Math.Max(g.InputCells, g.ConvOutputCells)];
            try
            {
                for (var n0 = groupStart; n0 < groupEnd; n0 += chunk)
                {
                    var count = Math.Min(chunk, groupEnd - n0);
                    var width = count * pq;
                    for (var i = 0; i < count; i++)
                    {
                        if (input.Sparse is { } sparse)
                        {
                            Im2Col.Columns(g, sparse, n0 + i, columns, i * pq, width);
                        }
                        else
                        {
                            Im2Col.Columns(g, Rows.Dense(input, n0 + i, buffer), columns, i * pq, width);
                        }
                        OutputPositionsFirst(dout, n0 + i, g, doutT.AsSpan(i * pq * k, pq * k), buffer);
                    }
                    NnGemm.Multiply(columns, doutT, partial, crs, width, k);
                    MatrixMultiply.Axpy(1, partial.AsSpan(0, crs * k), groupSum);
                }
                lock (sum)
                {
                    MatrixMultiply.Axpy(1, groupSum, sum);
                }
            }
            finally
            {
                NnGemm.Return(columns);
                NnGemm.Return(doutT);
                NnGemm.Return(partial);
            }
        });
        return MatrixBlock.FromDense(k, crs, Transpose(sum, crs, k));
    }

    /// <summary>conv2d_backward_data: the gradient with respect to the N x C*H*W images.</summary>
    public static MatrixBlock BackwardData(MatrixBlock filter, MatrixBlock dout, ConvGeometry g)
    {
        int pq = g.OutputPositions, crs = g.PatchCells, k = g.K;
        var weights = filter.DenseValues();
        var dX = new double[(long)g.N * g.InputCells];
        var chunk = NnGemm.ChunkImages(g.N, (long)pq * (crs + k));
        var doutT = NnGemm.Rent((long)chunk * pq * k);
        var patches = NnGemm.Rent((long)chunk * pq * crs);
        var rowBuffers = new ThreadLocal<double[]>(() => new double[g.ConvOutputCells]);
        try
        {
            for (var n0 = 0; n0 < g.N; n0 += chunk)
            {
                var count = Math.Min(chunk, g.N - n0);
                var first = n0;
                Parallelism.ForRows(count, (long)count * pq * k, (start, end) =>
                {
                    for (var i = start; i < end; i++)
                    {
                        OutputPositionsFirst(dout, first + i, g, doutT.AsSpan(i * pq * k, pq * k), rowBuffers.Value!);
                    }
                });
                NnGemm.Multiply(doutT, weights, patches, count * pq, k, crs);
                Parallelism.ForRows(count, (long)count * pq * crs, (start, end) =>
                {
                    for (var i = start; i < end; i++)
                    {
                        Im2Col.AddPatches(g, patches.AsSpan(i * pq * crs, pq * crs),
                            dX.AsSpan((int)((long)(first + i) * g.InputCells), g.InputCells));
                    }
                });
            }
        }
        finally
        {
            NnGemm.Return(doutT);
            NnGemm.Return(patches);
            rowBuffers.Dispose();
        }
        return MatrixBlock.FromDense(g.N, g.InputCells, dX);
    }

    /// <summary>Row <paramref name="n"/> of dout (K x P*Q, filter-major) transposed to P*Q x K, from its non-zeros when sparse.</summary>
    private static void OutputPositionsFirst(MatrixBlock dout, int n, ConvGeometry g, Span<double> target, double[] buffer)
    {
        int pq = g.OutputPositions, k = g.K;
        if (dout.Sparse is { } sparse)
        {
            target.Clear();
            for (var i = sparse.RowStart[n]; i < sparse.RowStart[n + 1]; i++)
            {
                var cell = sparse.ColumnIndexes[i];
                target[cell % pq * k + cell / pq] = sparse.Values[i];
            }
            return;
        }
        TransposeInto(Rows.Dense(dout, n, buffer), k, pq, target);
    }

    /// <summary>The transpose of a rows x columns row-major array as a new array.</summary>
    private static double[] Transpose(double[] values, int rows, int columns)
    {
        var result = new double[values.Length];
        TransposeInto(values, rows, columns, result);
        return result;
    }

    /// <summary>Writes the transpose (columns x rows) of a rows x columns row-major span.</summary>
    private static void TransposeInto(ReadOnlySpan<double> source, int rows, int columns, Span<double> target)
    {
        const int Block = 32;
        for (var i0 = 0; i0 < rows; i0 += Block)
        {
            var iEnd = Math.Min(rows, i0 + Block);
            for (var j0 = 0; j0 < columns; j0 += Block)
            {
                var jEnd = Math.Min(columns, j0 + Block);
                for (var i = i0; i < iEnd; i++)
                {
                    for (var j = j0; j < jEnd; j++)
                    {
                        target[j * rows + i] = source[i * columns + j];
                    }
                }
            }
        }
    }
}

using DmlNet.Runtime.Data;

namespace DmlNet.Runtime.Kernels.Nn;

/// <summary>
/// conv2d and its two gradients on NCHW images, as dense matrix products over chunks of the batch
/// (im2col): per chunk of G images, the windows of every image are laid out side by side in parallel
/// over the images (sparse images from their non-zeros only), one product covers the whole chunk (the
/// product runs on all cores), and its result is copied or scattered back per image in parallel.
/// Scratch buffers are rented once per call and reused for every chunk, never allocated per image.
/// </summary>
public static class Convolution
{
    /// <summary>
    /// conv2d: N x C*H*W images and K x C*R*S filters give N x K*P*Q. Per chunk: the window columns of its
    /// images side by side (C*R*S x G*P*Q), one product with the filters (K x G*P*Q, filter-major per image
    /// already), and a copy of each image's K runs of P*Q cells.
    /// </summary>
    public static MatrixBlock Forward(MatrixBlock input, MatrixBlock filter, ConvGeometry g)
    {
        int pq = g.OutputPositions, crs = g.PatchCells, k = g.K;
        var weights = filter.DenseValues();
        var output = GC.AllocateUninitializedArray<double>(checked(g.N * g.ConvOutputCells)); // every cell is copied from a product
        var chunk = NnGemm.ChunkImages(g.N, (long)pq * (crs + k));
        var columns = NnGemm.Rent((long)chunk * pq * crs);
        var product = NnGemm.Rent((long)chunk * pq * k);
        try
        {
            for (var n0 = 0; n0 < g.N; n0 += chunk)
            {
                var (first, count) = (n0, Math.Min(chunk, g.N - n0));
                var width = count * pq;
                Parallelism.ForRows(count, (long)width * crs, (start, end) =>
                {
                    for (var i = start; i < end; i++)
                    {
                        WindowColumns(input, first + i, g, columns, i * pq, width);
                    }
                });
                NnGemm.Multiply(weights, columns, product, k, crs, width);
                Parallelism.ForRows(count, (long)width * k, (start, end) =>
                {
                    for (var i = start; i < end; i++)
                    {
                        var target = (long)(first + i) * k * pq;
                        for (var f = 0; f < k; f++)
                        {
                            Array.Copy(product, (long)f * width + i * pq, output, target + (long)f * pq, pq);
                        }
                    }
                });
            }
        }
        finally
        {
            NnGemm.Return(columns);
            NnGemm.Return(product);
        }
        return MatrixBlock.FromDense(g.N, g.ConvOutputCells, output);
    }

    /// <summary>
    /// conv2d_backward_filter: the gradient with respect to the K x C*R*S filters, summed over the batch. Per
    /// chunk: dout's K x P*Q blocks side by side (K x G*P*Q) times the patch rows of the images
    /// (G*P*Q x C*R*S), added to the sum chunk after chunk (so the result does not depend on thread timing).
    /// </summary>
    public static MatrixBlock BackwardFilter(MatrixBlock input, MatrixBlock dout, ConvGeometry g)
    {
        int pq = g.OutputPositions, crs = g.PatchCells, k = g.K;
        var chunk = NnGemm.ChunkImages(g.N, (long)pq * (crs + k));
        var patches = NnGemm.Rent((long)chunk * pq * crs);
        var gradients = NnGemm.Rent((long)chunk * pq * k);
        var product = NnGemm.Rent((long)k * crs);
        var sum = new double[k * crs];
        try
        {
            for (var n0 = 0; n0 < g.N; n0 += chunk)
            {
                var (first, count) = (n0, Math.Min(chunk, g.N - n0));
                var width = count * pq;
                Parallelism.ForRows(count, (long)width * (crs + k), (start, end) =>
                {
                    for (var i = start; i < end; i++)
                    {
                        var target = patches.AsSpan(i * pq * crs, pq * crs);
                        if (input.Sparse is { } sparse)
                        {
                            Im2Col.Patches(g, sparse, first + i, target);
                        }
                        else
                        {
                            Im2Col.Patches(g, input.Dense.AsSpan((int)((long)(first + i) * g.InputCells), g.InputCells), target);
                        }
                        FilterBlocks(dout, first + i, g, gradients, i * pq, width);
                    }
                });
                NnGemm.Multiply(gradients, patches, product, k, width, crs);
                MatrixMultiply.Axpy(1, product.AsSpan(0, k * crs), sum);
            }
        }
        finally
        {
            NnGemm.Return(patches);
            NnGemm.Return(gradients);
            NnGemm.Return(product);
        }
        return MatrixBlock.FromDense(k, crs, sum);
    }

    /// <summary>Row <paramref name="n"/> of dout (K blocks of P*Q) into a K x <paramref name="stride"/> matrix at columns [offset, offset + P*Q).</summary>
    private static void FilterBlocks(MatrixBlock dout, int n, ConvGeometry g, double[] target, int offset, int stride)
    {
        var pq = g.OutputPositions;
        if (dout.Dense is { } dense)
        {
            for (var f = 0; f < g.K; f++)
            {
                Array.Copy(dense, (long)n * g.ConvOutputCells + f * pq, target, (long)f * stride + offset, pq);
            }
            return;
        }
        var sparse = dout.Sparse!;
        for (var f = 0; f < g.K; f++)
        {
            Array.Clear(target, f * stride + offset, pq);
        }
        for (var i = sparse.RowStart[n]; i < sparse.RowStart[n + 1]; i++)
        {
            var cell = sparse.ColumnIndexes[i];
            target[cell / pq * stride + offset + cell % pq] = sparse.Values[i];
        }
    }

    /// <summary>The window columns of image <paramref name="n"/> into a C*R*S x <paramref name="stride"/> matrix at columns [offset, offset + P*Q).</summary>
    private static void WindowColumns(MatrixBlock input, int n, ConvGeometry g, double[] columns, int offset, int stride)
    {
        if (input.Sparse is { } sparse)
        {
            Im2Col.Columns(g, sparse, n, columns, offset, stride);
        }
        else
        {
            Im2Col.Columns(g, input.Dense.AsSpan((int)((long)n * g.InputCells), g.InputCells), columns, offset, stride);
        }
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

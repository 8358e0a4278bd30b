using DmlNet.Runtime.Data;

namespace DmlNet.Runtime.Kernels.Nn;

/// <summary>
/// Rearranges the R x S windows of one NCHW image for a convolution as a matrix product, and back.
/// Two layouts: patch rows (one row per output position p*Q + q, holding the flattened window
/// (c*R + r)*S + s; P*Q x C*R*S) and window columns (the transpose, C*R*S rows, written at a column
/// offset of a wider matrix so several images sit side by side). Cells of the window in the padding are 0.
/// </summary>
internal static unsafe class Im2Col
{
    /// <summary>The first output index whose window cell at offset <paramref name="k"/> lies inside [0, size); windows start at index*stride - pad.</summary>
    private static int First(int k, int pad, int stride) => pad - k <= 0 ? 0 : (pad - k + stride - 1) / stride;

    /// <summary>One past the last output index whose window cell at offset <paramref name="k"/> lies inside [0, size), at most <paramref name="count"/>.</summary>
    private static int End(int k, int pad, int stride, int size, int count)
    {
        var last = size - 1 + pad - k;
        return last < 0 ? 0 : Math.Min(count, last / stride + 1);
    }

    /// <summary>Writes the patch rows (P*Q x C*R*S) of a dense image.</summary>
    public static void Patches(ConvGeometry g, ReadOnlySpan<double> image, Span<double> patches)
    {
        int crs = g.PatchCells, hw = g.H * g.W;
        fixed (double* src = image, dst = patches)
        {
            for (var p = 0; p < g.P; p++)
            {
                var h0 = p * g.StrideH - g.PadH;
                for (var q = 0; q < g.Q; q++)
                {
                    var w0 = q * g.StrideW - g.PadW;
                    var sLo = Math.Max(0, -w0);
                    var sHi = Math.Min(g.S, g.W - w0);
                    var row = dst + (long)(p * g.Q + q) * crs;
                    for (var c = 0; c < g.C; c++)
                    {
                        for (var r = 0; r < g.R; r++, row += g.S)
                        {
                            var h = h0 + r;
                            if ((uint)h >= (uint)g.H)
                            {
                                new Span<double>(row, g.S).Clear();
                                continue;
                            }
                            var from = src + c * hw + h * g.W + w0;
                            var s = 0;
                            for (; s < sLo; s++)
                            {
                                row[s] = 0;
                            }
                            for (; s < sHi; s++)
                            {
                                row[s] = from[s];
                            }
                            for (; s < g.S; s++)
                            {
                                row[s] = 0;
                            }
                        }
                    }
                }
            }
        }
    }

    /// <summary>Writes the patch rows of image <paramref name="n"/> of a sparse block, visiting only its non-zeros.</summary>
    public static void Patches(ConvGeometry g, SparseRows rows, int n, Span<double> patches)
    {
        patches[..(g.OutputPositions * g.PatchCells)].Clear();
        int hw = g.H * g.W, crs = g.PatchCells;
        for (var i = rows.RowStart[n]; i < rows.RowStart[n + 1]; i++)
        {
            var cell = rows.ColumnIndexes[i];
            var (c, h, w) = (cell / hw, cell % hw / g.W, cell % g.W);
            var value = rows.Values[i];
            for (var r = 0; r < g.R; r++)
            {
                var hp = h + g.PadH - r;
                if (hp < 0 || hp % g.StrideH != 0 || hp / g.StrideH >= g.P)
                {
                    continue;
                }
                var p = hp / g.StrideH;
                for (var s = 0; s < g.S; s++)
                {
                    var wq = w + g.PadW - s;
                    if (wq < 0 || wq % g.StrideW != 0 || wq / g.StrideW >= g.Q)
                    {
                        continue;
                    }
                    patches[(p * g.Q + wq / g.StrideW) * crs + (c * g.R + r) * g.S + s] = value;
                }
            }
        }
    }

    /// <summary>
    /// Writes the window columns of a dense image into a C*R*S x <paramref name="stride"/> matrix at columns
    /// [<paramref name="offset"/>, offset + P*Q).
    /// </summary>
    public static void Columns(ConvGeometry g, ReadOnlySpan<double> image, Span<double> columns, int offset, int stride)
    {
        int hw = g.H * g.W, pq = g.OutputPositions;
        fixed (double* src = image, dst = columns)
        {
            var row = 0;
            for (var c = 0; c < g.C; c++)
            {
                for (var r = 0; r < g.R; r++)
                {
                    var pLo = First(r, g.PadH, g.StrideH);
                    var pHi = End(r, g.PadH, g.StrideH, g.H, g.P);
                    for (var s = 0; s < g.S; s++, row++)
                    {
                        var target = dst + (long)row * stride + offset;
                        var qLo = First(s, g.PadW, g.StrideW);
                        var qHi = End(s, g.PadW, g.StrideW, g.W, g.Q);
                        if (pLo >= pHi || qLo >= qHi)
                        {
                            new Span<double>(target, pq).Clear();
                            continue;
                        }
                        new Span<double>(target, pLo * g.Q).Clear();
                        for (var p = pLo; p < pHi; p++)
                        {
                            var line = target + p * g.Q;
                            var from = src + c * hw + (p * g.StrideH - g.PadH + r) * g.W + s - g.PadW;
                            var q = 0;
                            for (; q < qLo; q++)
                            {
                                line[q] = 0;
                            }
                            if (g.StrideW == 1)
                            {
                                for (; q < qHi; q++)
                                {
                                    line[q] = from[q];
                                }
                            }
                            else
                            {
                                for (; q < qHi; q++)
                                {
                                    line[q] = from[q * g.StrideW];
                                }
                            }
                            for (; q < g.Q; q++)
                            {
                                line[q] = 0;
                            }
                        }
                        new Span<double>(target + pHi * g.Q, (g.P - pHi) * g.Q).Clear();
                    }
                }
            }
        }
    }

    /// <summary>Writes the window columns of image <paramref name="n"/> of a sparse block, visiting only its non-zeros.</summary>
    public static void Columns(ConvGeometry g, SparseRows rows, int n, Span<double> columns, int offset, int stride)
    {
        int hw = g.H * g.W, pq = g.OutputPositions;
        for (var row = 0; row < g.PatchCells; row++)
        {
            columns.Slice(row * stride + offset, pq).Clear();
        }
        for (var i = rows.RowStart[n]; i < rows.RowStart[n + 1]; i++)
        {
            var cell = rows.ColumnIndexes[i];
            var (c, h, w) = (cell / hw, cell % hw / g.W, cell % g.W);
            var value = rows.Values[i];
            for (var r = 0; r < g.R; r++)
            {
                var hp = h + g.PadH - r;
                if (hp < 0 || hp % g.StrideH != 0 || hp / g.StrideH >= g.P)
                {
                    continue;
                }
                var p = hp / g.StrideH;
                for (var s = 0; s < g.S; s++)
                {
                    var wq = w + g.PadW - s;
                    if (wq < 0 || wq % g.StrideW != 0 || wq / g.StrideW >= g.Q)
                    {
                        continue;
                    }
                    columns[((c * g.R + r) * g.S + s) * stride + offset + p * g.Q + wq / g.StrideW] = value;
                }
            }
        }
    }

    /// <summary>Adds patch rows (P*Q x C*R*S) back into a dense image, summing where windows overlap (col2im); padding cells are dropped.</summary>
    public static void AddPatches(ConvGeometry g, ReadOnlySpan<double> patches, Span<double> image)
    {
        int crs = g.PatchCells, hw = g.H * g.W;
        fixed (double* src = patches, dst = image)
        {
            for (var p = 0; p < g.P; p++)
            {
                var h0 = p * g.StrideH - g.PadH;
                for (var q = 0; q < g.Q; q++)
                {
                    var w0 = q * g.StrideW - g.PadW;
                    var sLo = Math.Max(0, -w0);
                    var sHi = Math.Min(g.S, g.W - w0);
                    var row = src + (long)(p * g.Q + q) * crs;
                    for (var c = 0; c < g.C; c++)
                    {
                        for (var r = 0; r < g.R; r++, row += g.S)
                        {
                            var h = h0 + r;
                            if ((uint)h >= (uint)g.H)
                            {
                                continue;
                            }
                            var to = dst + c * hw + h * g.W + w0;
                            for (var s = sLo; s < sHi; s++)
                            {
                                to[s] += row[s];
                            }
                        }
                    }
                }
            }
        }
    }
}

using System.Buffers;

namespace DmlNet.Runtime.Kernels.Nn;

/// <summary>
/// The one entry point of the neural-network kernels into the dense matrix multiply
/// (<see cref="DenseGemm"/>), kept narrow so that changes to that kernel touch only this file;
/// also the scratch buffers the kernels rent per call (never per image).
/// </summary>
internal static class NnGemm
{
    /// <summary>Scratch cells a convolution aims to fill per batch chunk (8 MB of doubles): large enough for a well-blocked product, small enough to stay in cache.</summary>
    private const int ChunkTargetCells = 1 << 20;

    /// <summary>
    /// C (m x n) = A (m x k) * B (k x n) on row-major arrays that may be longer than their matrices
    /// (rented buffers); C is overwritten. Runs in parallel over row blocks of A when large.
    /// </summary>
    public static void Multiply(double[] a, double[] b, double[] c, int m, int k, int n)
    {
        Array.Clear(c, 0, m * n);
        DenseGemm.Multiply(a, b, c, m, k, n);
    }

    /// <summary>How many images of <paramref name="cellsPerImage"/> scratch cells one chunk of a batch of <paramref name="n"/> takes.</summary>
    public static int ChunkImages(int n, long cellsPerImage) => (int)Math.Clamp(ChunkTargetCells / Math.Max(1, cellsPerImage), 1, n);

    /// <summary>A scratch buffer of at least <paramref name="length"/> cells (contents undefined); give it back with <see cref="Return"/>.</summary>
    public static double[] Rent(long length) => ArrayPool<double>.Shared.Rent(checked((int)Math.Max(1, length)));

    /// <summary>Gives back a buffer from <see cref="Rent"/>.</summary>
    public static void Return(double[] buffer) => ArrayPool<double>.Shared.Return(buffer);
}

namespace DmlNet.Runtime.Kernels;

/// <summary>Arrays for kernel results.</summary>
internal static class ResultArrays
{
    /// <summary>
    /// An array whose every element the caller overwrites: not zeroed first (the GC skips clearing large
    /// uninitialized arrays, a full pass over memory for results of 10^7+ cells).
    /// </summary>
    public static double[] Uninitialized(long length) =>
        length <= Array.MaxLength ? GC.AllocateUninitializedArray<double>((int)length) : new double[length];
}

namespace DmlNet.Runtime.Kernels;

/// <summary>The column-wise prefix aggregates.</summary>
public enum CumulativeOp
{
    /// <summary><c>cumsum</c> (Kahan-compensated).</summary>
    Sum,
    /// <summary><c>cumprod</c>.</summary>
    Product,
    /// <summary><c>cummin</c> (NaN propagates).</summary>
    Min,
    /// <summary><c>cummax</c> (NaN propagates).</summary>
    Max,
}

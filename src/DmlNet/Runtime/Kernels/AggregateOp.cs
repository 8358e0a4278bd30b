namespace DmlNet.Runtime.Kernels;

/// <summary>The aggregate functions over all cells, each row or each column.</summary>
public enum AggregateOp
{
    /// <summary>Sum (Kahan-compensated).</summary>
    Sum,
    /// <summary>Product.</summary>
    Product,
    /// <summary>Arithmetic mean.</summary>
    Mean,
    /// <summary>Sample variance (divides by n - 1).</summary>
    Variance,
    /// <summary>Sample standard deviation (n - 1).</summary>
    StdDev,
    /// <summary>Largest value (NaN propagates).</summary>
    Max,
    /// <summary>Smallest value (NaN propagates).</summary>
    Min,
    /// <summary>1-based column of the largest value (ties: last; NaN skipped).</summary>
    IndexOfMax,
    /// <summary>1-based column of the smallest value (ties: last; NaN skipped).</summary>
    IndexOfMin,
}

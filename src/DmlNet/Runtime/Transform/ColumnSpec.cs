namespace DmlNet.Runtime.Transform;

/// <summary>How binning derives its bins: equal value ranges or (about) equal counts.</summary>
internal enum BinMethod
{
    /// <summary>Bins of equal width between the column's minimum and maximum.</summary>
    EquiWidth,

    /// <summary>Bins holding about the same number of values (boundaries at quantiles).</summary>
    EquiHeight,
}

/// <summary>What replaces missing values of a column.</summary>
internal enum ImputeMethod
{
    /// <summary>The mean of the column's present values.</summary>
    GlobalMean,

    /// <summary>The most frequent present token (the first seen among equally frequent ones).</summary>
    GlobalMode,

    /// <summary>A value given in the spec.</summary>
    Constant,
}

/// <summary>Binning of one column.</summary>
internal sealed record BinSpec(BinMethod Method, int Bins);

/// <summary>Imputation of one column; <paramref name="Value"/> is the constant (null for the other methods).</summary>
internal sealed record ImputeSpec(ImputeMethod Method, string? Value);

/// <summary>The transformations of one frame column, from a transform spec.</summary>
/// <param name="Name">The column's name (for messages).</param>
/// <param name="Recode">Tokens become codes 1..k (also implied by dummycode on a column that is not binned).</param>
/// <param name="Dummycode">The code (recode or bin) expands into one-hot columns.</param>
/// <param name="Bin">Binning, or null.</param>
/// <param name="Impute">Imputation of missing values, or null.</param>
/// <param name="Omit">Rows with a missing value in this column are dropped.</param>
internal sealed record ColumnSpec(string Name, bool Recode, bool Dummycode, BinSpec? Bin, ImputeSpec? Impute, bool Omit)
{
    /// <summary>True when the column's values pass through as numbers.</summary>
    public bool PassThrough => !Recode && Bin is null;
}

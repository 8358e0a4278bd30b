namespace DmlNet.Runtime.Kernels;

/// <summary>A Kahan-compensated running sum; once the sum is infinite or NaN it continues with plain addition.</summary>
internal struct KahanSum
{
    private double compensation;

    /// <summary>The sum so far.</summary>
    public double Value { get; private set; }

    /// <summary>Adds one value.</summary>
    public void Add(double v)
    {
        var corrected = v - compensation;
        var total = Value + corrected;
        compensation = (total - Value) - corrected;
        Value = double.IsFinite(total) ? total : Value + v;
    }
}

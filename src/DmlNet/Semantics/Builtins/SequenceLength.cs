namespace DmlNet.Semantics.Builtins;

/// <summary>
/// How many values <c>seq(from, to, incr)</c> has, as SystemDS counts them both when it infers the
/// size and when it runs: <c>1 + floor(to/incr - from/incr)</c>, plus one when <c>from + (that + 1) * incr</c>
/// still lies within <c>to</c> (a guard against round-off). The caller checks the increment's sign.
/// </summary>
internal static class SequenceLength
{
    /// <summary>The number of values (as a double: it may exceed any matrix size).</summary>
    public static double Of(double from, double to, double increment)
    {
        var whole = Math.Floor(to / increment - from / increment);
        var next = from + (whole + 1) * increment;
        return 1 + whole + ((increment > 0 ? next <= to : next >= to) ? 1 : 0);
    }
}

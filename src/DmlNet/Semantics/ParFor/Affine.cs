namespace DmlNet.Semantics.ParFor;

/// <summary>
/// A polynomial in loop-invariant symbols with numeric factors, e.g. <c>2*bs - 1</c> or
/// <c>n*bs + 1</c>: the coefficients of index expressions in the parfor dependency check. Terms are
/// keyed by their sorted symbol names joined with <c>*</c> (the constant term by the empty key);
/// symbols stand for non-negative values such as sizes.
/// </summary>
internal sealed class Affine
{
    private const string ConstantKey = "";
    private readonly Dictionary<string, double> terms;

    private Affine(Dictionary<string, double> terms) => this.terms = terms;

    /// <summary>Zero.</summary>
    public static Affine Zero { get; } = new(new Dictionary<string, double>(StringComparer.Ordinal));

    /// <summary>A number.</summary>
    public static Affine Constant(double value) => value == 0 ? Zero : new(new(StringComparer.Ordinal) { [ConstantKey] = value });

    /// <summary>A loop-invariant variable.</summary>
    public static Affine Symbol(string name) => new(new(StringComparer.Ordinal) { [name] = 1 });

    /// <summary>True when the value is 0.</summary>
    public bool IsZero => terms.Count == 0;

    /// <summary>The value when it involves no symbol, else null.</summary>
    public double? Number => terms.Count == 0 ? 0 : terms.Count == 1 && terms.TryGetValue(ConstantKey, out var c) ? c : null;

    /// <summary>this + other.</summary>
    public Affine Plus(Affine other) => Combine(other, 1);

    /// <summary>this - other.</summary>
    public Affine Minus(Affine other) => Combine(other, -1);

    /// <summary>this * factor.</summary>
    public Affine Times(double factor)
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (key, value) in terms)
        {
            if (value * factor != 0)
            {
                result[key] = value * factor;
            }
        }
        return new Affine(result);
    }

    /// <summary>this * other, multiplied out term by term.</summary>
    public Affine Times(Affine other)
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (left, a) in terms)
        {
            foreach (var (right, b) in other.terms)
            {
                var key = string.Join('*', left.Split('*', StringSplitOptions.RemoveEmptyEntries)
                    .Concat(right.Split('*', StringSplitOptions.RemoveEmptyEntries)).Order(StringComparer.Ordinal));
                var sum = result.GetValueOrDefault(key) + a * b;
                if (sum == 0)
                {
                    result.Remove(key);
                }
                else
                {
                    result[key] = sum;
                }
            }
        }
        return new Affine(result);
    }

    /// <summary>True when the value is positive for all non-negative values of the symbols (and the constant is positive).</summary>
    public bool IsSurelyPositive => terms.GetValueOrDefault(ConstantKey) > 0 && terms.Values.All(v => v >= 0);

    /// <summary>True when the value is at least 0 for all non-negative values of the symbols.</summary>
    public bool IsSurelyNonNegative => terms.Values.All(v => v >= 0);

    /// <summary>True when the value is positive whenever the symbols are at least 1 (all terms non-negative, not all zero).</summary>
    public bool IsPositiveForPositiveSymbols => terms.Count > 0 && terms.Values.All(v => v >= 0);

    /// <summary>True when both have the same terms.</summary>
    public bool SameAs(Affine other) => Minus(other).IsZero;

    private Affine Combine(Affine other, double sign)
    {
        var result = new Dictionary<string, double>(terms, StringComparer.Ordinal);
        foreach (var (key, value) in other.terms)
        {
            var sum = result.GetValueOrDefault(key) + sign * value;
            if (sum == 0)
            {
                result.Remove(key);
            }
            else
            {
                result[key] = sum;
            }
        }
        return new Affine(result);
    }
}

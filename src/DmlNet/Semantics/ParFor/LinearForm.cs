namespace DmlNet.Semantics.ParFor;

/// <summary>An index expression as <c>Coefficient * i + Offset</c> in the parfor variable <c>i</c>.</summary>
internal sealed record LinearForm(Affine Coefficient, Affine Offset)
{
    /// <summary>A loop-invariant value.</summary>
    public static LinearForm Invariant(Affine value) => new(Affine.Zero, value);

    /// <summary>The parfor variable itself.</summary>
    public static LinearForm LoopVariable { get; } = new(Affine.Constant(1), Affine.Zero);

    /// <summary>this + other.</summary>
    public LinearForm Plus(LinearForm other) => new(Coefficient.Plus(other.Coefficient), Offset.Plus(other.Offset));

    /// <summary>this - other.</summary>
    public LinearForm Minus(LinearForm other) => new(Coefficient.Minus(other.Coefficient), Offset.Minus(other.Offset));

    /// <summary>this * factor for a loop-invariant factor.</summary>
    public LinearForm Times(Affine factor) => new(Coefficient.Times(factor), Offset.Times(factor));

    /// <summary>True when both forms are the same function of the loop variable.</summary>
    public bool SameAs(LinearForm other) => Coefficient.SameAs(other.Coefficient) && Offset.SameAs(other.Offset);
}

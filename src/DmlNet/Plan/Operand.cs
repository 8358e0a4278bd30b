using System.Globalization;
using DmlNet.Runtime;
using DmlNet.Runtime.Data;

namespace DmlNet.Plan;

/// <summary>An instruction input: a variable of the symbol table, or a scalar literal.</summary>
public sealed class Operand
{
    private Operand(string? variable, ScalarValue? literal)
    {
        Variable = variable;
        Name = variable is null ? null : new VariableName(variable);
        Literal = literal;
    }

    /// <summary>The variable name, or null for a literal.</summary>
    public string? Variable { get; }

    /// <summary>The variable as the symbol table addresses it, or null for a literal.</summary>
    public VariableName? Name { get; }

    /// <summary>The literal, or null for a variable.</summary>
    public ScalarValue? Literal { get; }

    /// <summary>An operand reading a variable.</summary>
    public static Operand Of(string variable) => new(variable, null);

    /// <summary>An operand holding a constant (long, double, bool or string).</summary>
    public static Operand OfConstant(object value) => new(null, value switch
    {
        long l => ScalarValue.Of(l),
        double d => ScalarValue.Of(d),
        bool b => ScalarValue.Of(b),
        string s => ScalarValue.Of(s),
        _ => throw new ArgumentException($"not a scalar constant: {value}", nameof(value)),
    });

    /// <inheritdoc />
    public override string ToString() => Variable ?? Literal!.ValueType switch
    {
        Semantics.ValueType.String => $"\"{Literal.Text}\"",
        Semantics.ValueType.Int => Literal.Long.ToString(CultureInfo.InvariantCulture),
        Semantics.ValueType.Boolean => Literal.AsBoolean() ? "TRUE" : "FALSE",
        _ => Literal.AsDouble().ToString("R", CultureInfo.InvariantCulture),
    };
}

using DmlNet.Syntax;

namespace DmlNet.Semantics;

/// <summary>
/// Evaluates scalar operators on compile-time constants (long, double, bool, string) with DML's
/// rules; returns null when the result is not a constant the compiler should rely on.
/// </summary>
internal static class ConstantFolder
{
    /// <summary>Folds a binary operator.</summary>
    public static object? Binary(BinaryOperator op, object left, object right)
    {
        if (left is string || right is string)
        {
            return op switch
            {
                BinaryOperator.Add when left is string l && right is string r => l + r,
                BinaryOperator.Equal => Text(left) == Text(right),
                BinaryOperator.NotEqual => Text(left) != Text(right),
                _ => null,
            };
        }
        if (left is long a && right is long b)
        {
            var integral = IntegerOp(op, a, b);
            if (integral is not null)
            {
                return integral;
            }
        }
        var x = Number(left);
        var y = Number(right);
        return op switch
        {
            BinaryOperator.Add => x + y,
            BinaryOperator.Subtract => x - y,
            BinaryOperator.Multiply => x * y,
            BinaryOperator.Divide => x / y,
            BinaryOperator.Power => Math.Pow(x, y),
            BinaryOperator.IntegerDivide => y == 0 ? null : Math.Truncate(x / y),
            BinaryOperator.Modulus => y == 0 ? double.NaN : x - Math.Truncate(x / y) * y,
            BinaryOperator.Greater => x > y,
            BinaryOperator.GreaterOrEqual => x >= y,
            BinaryOperator.Less => x < y,
            BinaryOperator.LessOrEqual => x <= y,
            BinaryOperator.Equal => x == y,
            BinaryOperator.NotEqual => x != y,
            BinaryOperator.And => x != 0 && y != 0,
            BinaryOperator.Or => x != 0 || y != 0,
            _ => null,
        };
    }

    /// <summary>Folds a unary operator.</summary>
    public static object? Unary(UnaryOperator op, object operand) => (op, operand) switch
    {
        (UnaryOperator.Not, _) when operand is not string => Number(operand) == 0,
        (UnaryOperator.Negate, long l) when l != long.MinValue => -l,
        (UnaryOperator.Negate, double d) => -d,
        (UnaryOperator.Plus, long or double) => operand,
        _ => null,
    };

    private static object? IntegerOp(BinaryOperator op, long a, long b)
    {
        try
        {
            return op switch
            {
                BinaryOperator.Add => checked(a + b),
                BinaryOperator.Subtract => checked(a - b),
                BinaryOperator.Multiply => checked(a * b),
                BinaryOperator.IntegerDivide when b != 0 => a / b,
                BinaryOperator.Modulus when b != 0 => a % b,
                _ => null,
            };
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static double Number(object value) => value switch
    {
        long l => l,
        double d => d,
        bool b => b ? 1 : 0,
        _ => double.NaN,
    };

    private static string Text(object value) => value switch
    {
        bool b => b ? "TRUE" : "FALSE",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
    };
}

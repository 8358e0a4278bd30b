using DmlNet.Diagnostics;
using DmlNet.Syntax;

namespace DmlNet.Semantics;

/// <summary>Result types of DML's operators, with the type and shape errors that known information proves.</summary>
internal static class OperatorTyping
{
    /// <summary>The type of <c>left op right</c>; reports impossible combinations at the expression.</summary>
    public static TypeInfo Binary(BinaryExpression syntax, TypeInfo left, TypeInfo right, DiagnosticBag diagnostics)
    {
        var op = syntax.Operator;
        var symbol = OperatorFacts.Text(op);
        if (op is BinaryOperator.ShortCircuitAnd or BinaryOperator.ShortCircuitOr)
        {
            diagnostics.Error(DiagnosticCode.ShortCircuitOperator, syntax.Span,
                $"'{symbol}' is not supported in DML; use '{symbol[0]}' (it does not short-circuit)");
            return TypeInfo.Unknown;
        }
        foreach (var (side, type) in new[] { (syntax.Left, left), (syntax.Right, right) })
        {
            if (type.DataType is DataType.Frame or DataType.List)
            {
                diagnostics.Error(DiagnosticCode.TypeMismatch, side.Span,
                    $"operator '{symbol}' cannot be applied to a {type.Describe()}");
                return TypeInfo.Unknown;
            }
        }
        if (op == BinaryOperator.MatrixMultiply)
        {
            return MatrixMultiply(syntax, left, right, diagnostics);
        }
        if (left.IsScalar && right.IsScalar)
        {
            return Scalar(syntax, left, right, diagnostics);
        }
        if (left.IsMatrix || right.IsMatrix)
        {
            return Cellwise(syntax, left, right, diagnostics);
        }
        return TypeInfo.Unknown;
    }

    private static TypeInfo MatrixMultiply(BinaryExpression syntax, TypeInfo left, TypeInfo right, DiagnosticBag diagnostics)
    {
        foreach (var (side, type) in new[] { (syntax.Left, left), (syntax.Right, right) })
        {
            if (type.IsScalar)
            {
                diagnostics.Error(DiagnosticCode.TypeMismatch, side.Span,
                    $"'%*%' needs two matrices, got a {type.Describe()}; use '*' to scale by a scalar");
                return TypeInfo.Unknown;
            }
        }
        if (left.Columns >= 0 && right.Rows >= 0 && left.Columns != right.Rows)
        {
            diagnostics.Error(DiagnosticCode.MatrixMultiplyShape, syntax.Span,
                $"matrix multiply of {left.Rows.Dim()} x {left.Columns} by {right.Rows} x {right.Columns.Dim()}: " +
                $"inner dimensions {left.Columns} and {right.Rows} differ");
        }
        return TypeInfo.Matrix(left.Rows, right.Columns);
    }

    private static TypeInfo Scalar(BinaryExpression syntax, TypeInfo left, TypeInfo right, DiagnosticBag diagnostics)
    {
        var op = syntax.Operator;
        var constant = left.Constant is not null && right.Constant is not null
            ? ConstantFolder.Binary(op, left.Constant, right.Constant)
            : null;
        if (OperatorFacts.IsComparison(op) || OperatorFacts.IsLogical(op))
        {
            return TypeInfo.Boolean with { Constant = constant as bool? };
        }
        var l = left.ValueType;
        var r = right.ValueType;
        if (l == ValueType.String || r == ValueType.String)
        {
            if (op == BinaryOperator.Add)
            {
                return TypeInfo.String with { Constant = constant as string };
            }
            diagnostics.Error(DiagnosticCode.TypeMismatch, syntax.Span,
                $"operator '{OperatorFacts.Text(op)}' cannot be applied to a string (only '+' concatenates strings)");
            return TypeInfo.Unknown;
        }
        if ((l == ValueType.Boolean && r is ValueType.Int or ValueType.Double) ||
            (r == ValueType.Boolean && l is ValueType.Int or ValueType.Double))
        {
            diagnostics.Error(DiagnosticCode.TypeMismatch, syntax.Span,
                $"operator '{OperatorFacts.Text(op)}' cannot combine a boolean with a number; use as.double() or as.integer()");
            return TypeInfo.Unknown;
        }
        if (l == ValueType.Unknown || r == ValueType.Unknown)
        {
            return new TypeInfo(DataType.Scalar, ValueType.Unknown);
        }
        var integral = l == ValueType.Int && r == ValueType.Int &&
            op is BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.Multiply
                or BinaryOperator.IntegerDivide or BinaryOperator.Modulus;
        return integral
            ? TypeInfo.Int with { Constant = constant as long? }
            : TypeInfo.Double with { Constant = constant switch { long v => (double)v, double d => d, _ => null } };
    }

    private static TypeInfo Cellwise(BinaryExpression syntax, TypeInfo left, TypeInfo right, DiagnosticBag diagnostics)
    {
        foreach (var (side, type) in new[] { (syntax.Left, left), (syntax.Right, right) })
        {
            if (type.IsScalar && type.ValueType == ValueType.String)
            {
                diagnostics.Error(DiagnosticCode.TypeMismatch, side.Span,
                    $"a string cannot be used in matrix arithmetic ('{OperatorFacts.Text(syntax.Operator)}')");
                return TypeInfo.Unknown;
            }
        }
        if (left.DataType == DataType.Unknown || right.DataType == DataType.Unknown)
        {
            return TypeInfo.AnyMatrix;
        }
        if (!left.IsMatrix || !right.IsMatrix)
        {
            var matrix = left.IsMatrix ? left : right;
            return TypeInfo.Matrix(matrix.Rows, matrix.Columns);
        }
        if (left.HasKnownShape && right.HasKnownShape && !Broadcastable(left, right))
        {
            var hint = Broadcastable(right, left) ? "; a vector operand must be on the right" : string.Empty;
            diagnostics.Error(DiagnosticCode.ElementwiseShape, syntax.Span,
                $"operator '{OperatorFacts.Text(syntax.Operator)}' on matrices of different shapes: " +
                $"{left.Rows} x {left.Columns} and {right.Rows} x {right.Columns}{hint}");
        }
        var rows = left.Rows >= 0 ? left.Rows : right.Rows > 1 ? right.Rows : -1;
        var columns = left.Columns >= 0 ? left.Columns : right.Columns > 1 ? right.Columns : -1;
        return TypeInfo.Matrix(rows, columns);
    }

    /// <summary>True when <paramref name="right"/> may be combined cell-wise with <paramref name="left"/>.</summary>
    private static bool Broadcastable(TypeInfo left, TypeInfo right) =>
        (left.Rows == right.Rows && left.Columns == right.Columns) ||
        (left.Rows == right.Rows && right.Columns == 1) ||
        (right.Rows == 1 && left.Columns == right.Columns) ||
        (right.Rows == 1 && right.Columns == 1);

    /// <summary>The type of a prefix operation.</summary>
    public static TypeInfo Unary(UnaryExpression syntax, TypeInfo operand, DiagnosticBag diagnostics)
    {
        if (operand.DataType is DataType.Frame or DataType.List ||
            (operand.IsScalar && operand.ValueType == ValueType.String))
        {
            diagnostics.Error(DiagnosticCode.TypeMismatch, syntax.Span,
                $"operator '{OperatorFacts.Text(syntax.Operator)}' cannot be applied to a {operand.Describe()}");
            return TypeInfo.Unknown;
        }
        if (operand.IsMatrix)
        {
            return TypeInfo.Matrix(operand.Rows, operand.Columns);
        }
        var constant = operand.Constant is null ? null : ConstantFolder.Unary(syntax.Operator, operand.Constant);
        if (syntax.Operator == UnaryOperator.Not)
        {
            return TypeInfo.Boolean with { Constant = constant as bool? };
        }
        return operand.ValueType switch
        {
            ValueType.Int => TypeInfo.Int with { Constant = constant as long? },
            ValueType.Double => TypeInfo.Double with { Constant = constant as double? },
            ValueType.Boolean => TypeInfo.Double,
            _ => operand with { Constant = null },
        };
    }

    private static string Dim(this long d) => d < 0 ? "?" : d.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

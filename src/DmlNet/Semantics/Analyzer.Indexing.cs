using DmlNet.Diagnostics;
using DmlNet.Syntax;

namespace DmlNet.Semantics;

internal sealed partial class Analyzer
{
    private TypeInfo Index(IndexExpression e)
    {
        var target = Variable(e.Target);
        var (rows, columns) = Selection(e, target);
        return target.DataType switch
        {
            DataType.Matrix => TypeInfo.Matrix(rows, columns),
            DataType.Frame => TypeInfo.AnyFrame with { Rows = rows, Columns = columns },
            DataType.List => TypeInfo.AnyList,
            _ => TypeInfo.Unknown,
        };
    }

    private void LeftIndex(IndexExpression e, TypeInfo value)
    {
        var target = Variable(e.Target);
        var (rows, columns) = Selection(e, target);
        if (target.IsMatrix && value.IsScalar && rows >= 0 && columns >= 0 && (rows != 1 || columns != 1))
        {
            diagnostics.Error(DiagnosticCode.LeftIndexShape, e.Span,
                $"a scalar can only be assigned to a single cell, but {e.Target.Name}[...] selects {rows} x {columns}; use matrix(value, rows, cols)");
        }
        else if (target.IsMatrix && value.IsMatrix &&
            ((rows >= 0 && value.Rows >= 0 && rows != value.Rows) || (columns >= 0 && value.Columns >= 0 && columns != value.Columns)))
        {
            diagnostics.Error(DiagnosticCode.LeftIndexShape, e.Span,
                $"left indexing selects {Dim(rows)} x {Dim(columns)} cells of '{e.Target.Name}' but the right side is {Dim(value.Rows)} x {Dim(value.Columns)}");
        }
        if (scope.Get(e.Target.Name) is { } state)
        {
            scope.Set(e.Target.Name, state.Type with { Constant = null });
        }
    }

    /// <summary>The size of an index selection (-1 where unknown), checking constant bounds against known dimensions.</summary>
    private (long Rows, long Columns) Selection(IndexExpression e, TypeInfo target)
    {
        if (target.DataType == DataType.Scalar)
        {
            diagnostics.Error(DiagnosticCode.NotIndexable, e.Span,
                $"'{e.Target.Name}' is a {target.Describe()} and cannot be indexed");
        }
        var rows = Extent(e.Rows, target.DataType == DataType.List ? -1 : target.Rows, "row", e.Target.Name);
        var columns = e.HasComma ? Extent(e.Columns, target.Columns, "column", e.Target.Name) : target.Columns;
        return (rows, columns);
    }

    private long Extent(IndexRange? range, long size, string what, string name)
    {
        if (range is null)
        {
            return size;
        }
        var lower = Value(range.Lower);
        var upper = range.Upper is null ? lower : Value(range.Upper);
        if (lower.ValueType == ValueType.String)
        {
            return 1;
        }
        foreach (var bound in new[] { lower, upper })
        {
            if (bound.DataType == DataType.Matrix || bound.DataType == DataType.Frame)
            {
                diagnostics.Error(DiagnosticCode.TypeMismatch, range.Span,
                    $"a {what} index must be a scalar, got a {bound.Describe()}; use as.scalar()");
                return -1;
            }
        }
        var low = lower.ConstantLong;
        var high = upper.ConstantLong;
        if (low is < 1 || high is < 1)
        {
            diagnostics.Error(DiagnosticCode.IndexOutOfBounds, range.Span, $"{what} index {Math.Min(low ?? 1, high ?? 1)} of '{name}' is below 1 (indices start at 1)");
            return -1;
        }
        if (size >= 0 && (low > size || high > size))
        {
            diagnostics.Error(DiagnosticCode.IndexOutOfBounds, range.Span,
                $"{what} index {Math.Max(low ?? 0, high ?? 0)} is out of bounds: '{name}' has {size} {what}s");
            return -1;
        }
        if (low is null || high is null)
        {
            return range.Upper is null ? 1 : -1;
        }
        if (high < low)
        {
            diagnostics.Error(DiagnosticCode.IndexOutOfBounds, range.Span, $"{what} range {low}:{high} of '{name}' is empty (upper below lower)");
            return -1;
        }
        return high.Value - low.Value + 1;
    }

    private static string Dim(long d) => d < 0 ? "?" : d.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

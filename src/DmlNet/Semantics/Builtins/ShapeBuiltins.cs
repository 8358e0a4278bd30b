using DmlNet.Diagnostics;
using static DmlNet.Semantics.Builtins.BuiltinRules;

namespace DmlNet.Semantics.Builtins;

/// <summary>Dimensions, reorganisation, binding, sorting and filtering (reference §7.3).</summary>
internal static class ShapeBuiltins
{
    /// <summary>Adds this category's entries.</summary>
    public static void Register(List<BuiltinFunction> entries)
    {
        entries.Add(new BuiltinFunction("nrow", "x", One(call => Dimension(call, x => x.Rows)),
            "The number of rows of a matrix or frame (int)."));
        entries.Add(new BuiltinFunction("ncol", "x", One(call => Dimension(call, x => x.Columns)),
            "The number of columns of a matrix or frame (int)."));
        entries.Add(new BuiltinFunction("length", "x", One(call => Dimension(call, Length)),
            "The number of cells of a matrix or frame, or of elements of a list (int)."));
        entries.Add(new BuiltinFunction("t", "x", One(call =>
        {
            RequireMatrix(call, "x");
            var x = call.TypeOrUnknown("x");
            return TypeInfo.Matrix(x.Columns, x.Rows);
        }), "The transpose of a matrix."));
        entries.Add(new BuiltinFunction("rev", "x", SameShape(), "The matrix with its rows in reverse order."));
        entries.Add(new BuiltinFunction("diag", "x", One(Diag),
            "An n x n diagonal matrix from an n x 1 vector, or the n x 1 diagonal of a square matrix."));
        entries.Add(new BuiltinFunction("cbind", "x, ...more", One(call => Bind(call, columns: true)),
            "Matrices or frames side by side (same rows); two strings joined by a newline; list append.")
            { Aliases = ["append"] });
        entries.Add(new BuiltinFunction("rbind", "x, ...more", One(call => Bind(call, columns: false)),
            "Matrices or frames stacked (same columns); two strings joined by a newline; list append."));
        entries.Add(new BuiltinFunction("outer", "x, y, op", One(Outer),
            "n x m matrix applying the binary operator string op to an n x 1 and a 1 x m vector."));
        entries.Add(new BuiltinFunction("lower.tri", "target, diag=FALSE, values=FALSE", One(Triangle),
            "The lower triangle of a matrix as 1s (or its values), 0 elsewhere.") { Style = BuiltinCallStyle.NamedOnly });
        entries.Add(new BuiltinFunction("upper.tri", "target, diag=FALSE, values=FALSE", One(Triangle),
            "The upper triangle of a matrix as 1s (or its values), 0 elsewhere.") { Style = BuiltinCallStyle.NamedOnly });
        entries.Add(new BuiltinFunction("order", "target, by=1, decreasing=FALSE, index.return=FALSE", One(Order),
            "A stable sort of the rows by one or more columns, or the sorted row indexes.") { Style = BuiltinCallStyle.NamedOnly });
        entries.Add(new BuiltinFunction("removeEmpty", "target, margin, select=?, empty.return=TRUE", One(RemoveEmpty),
            "The matrix or frame without all-zero rows/columns, or keeping those selected.") { Style = BuiltinCallStyle.NamedOnly });
        entries.Add(new BuiltinFunction("replace", "target, pattern, replacement", One(Replace),
            "A copy of the matrix or frame with every cell equal to pattern replaced.") { Style = BuiltinCallStyle.NamedOnly });
        entries.Add(new BuiltinFunction("cumsumprod", "x", One(CumSumProd),
            "n x 1 vector c with c[i] = x[i,1] + x[i,2] * c[i-1] for an n x 2 matrix."));
        entries.Add(new BuiltinFunction("rowcumsum", "x", SameShape(), "Row-wise prefix sums."));
        entries.Add(new BuiltinFunction("roll", "x, shift", One(call =>
        {
            RequireScalar(call, "shift");
            return SameShape()(call)[0];
        }), "The rows shifted cyclically down by shift."));
        entries.Add(new BuiltinFunction("unique", "data, dir=\"rc\"", One(Unique),
            "The distinct values overall (\"rc\"), per row (\"r\") or per column (\"c\")."));
    }

    /// <summary>An int dimension of a matrix, frame or list, constant when known.</summary>
    private static TypeInfo Dimension(BuiltinCall call, Func<TypeInfo, long> dimension)
    {
        if (!RequireOneOf(call, "x", DataType.Matrix, DataType.Frame, DataType.List))
        {
            return TypeInfo.Int;
        }
        var value = dimension(call.TypeOrUnknown("x"));
        return value >= 0 ? TypeInfo.Of(value) : TypeInfo.Int;
    }

    /// <summary>Cells of a matrix or frame, elements of a list; -1 when unknown.</summary>
    private static long Length(TypeInfo x) => x.DataType switch
    {
        DataType.List => x.Rows,
        _ when x.HasKnownShape => x.Rows * x.Columns,
        _ => -1,
    };

    private static TypeInfo Diag(BuiltinCall call)
    {
        RequireMatrix(call, "x");
        var x = call.TypeOrUnknown("x");
        if (x.Columns == 1)
        {
            return TypeInfo.Matrix(x.Rows, x.Rows);
        }
        if (x.HasKnownShape && x.Rows != x.Columns)
        {
            call.Error(DiagnosticCode.ShapeRequirement,
                $"diag() needs an n x 1 vector or a square matrix, got {x.Rows} x {x.Columns}", "x");
            return TypeInfo.AnyMatrix;
        }
        return x.Columns < 0 ? TypeInfo.AnyMatrix : TypeInfo.Matrix(x.Columns, 1);
    }

    /// <summary>cbind/rbind: string join, list append or concatenation, or matrix/frame binding with shape checks.</summary>
    private static TypeInfo Bind(BuiltinCall call, bool columns)
    {
        var first = call.TypeOrUnknown("x");
        var all = call.Rest.Select(r => r.Type).Prepend(first).ToList();
        switch (first.DataType)
        {
            case DataType.Scalar:
                return JoinStrings(call, all);
            case DataType.List when all.Count == 1:
                return TypeInfo.AnyMatrix;
            case DataType.List:
                return TypeInfo.AnyList with { Rows = first.Rows >= 0 ? first.Rows + all.Count - 1 : -1, Columns = 1 };
        }
        if (all.Count == 1)
        {
            if (first.DataType != DataType.Unknown)
            {
                call.Error(DiagnosticCode.WrongArgumentCount,
                    $"{call.Name}() needs at least two matrices or frames (or one list), got one {first.Describe()}");
            }
            return TypeInfo.Unknown;
        }
        for (var i = 0; i < all.Count; i++)
        {
            if (!RequireOneOf(call, all[i], i + 1, DataType.Matrix, DataType.Frame))
            {
                return TypeInfo.Unknown;
            }
        }
        var kind = all.FirstOrDefault(t => t.DataType != DataType.Unknown)?.DataType ?? DataType.Unknown;
        if (kind == DataType.Unknown)
        {
            return TypeInfo.Unknown;
        }
        var (shared, summed) = BoundShape(call, all, columns);
        var (rows, cols) = columns ? (shared, summed) : (summed, shared);
        return kind == DataType.Frame ? TypeInfo.AnyFrame with { Rows = rows, Columns = cols } : TypeInfo.Matrix(rows, cols);
    }

    /// <summary>The dimension all inputs share (reporting known mismatches) and the sum of the other one.</summary>
    private static (long Shared, long Summed) BoundShape(BuiltinCall call, List<TypeInfo> all, bool columns)
    {
        long shared = -1, summed = 0;
        var sharedFrom = 0;
        for (var i = 0; i < all.Count; i++)
        {
            var (along, across) = columns ? (all[i].Rows, all[i].Columns) : (all[i].Columns, all[i].Rows);
            if (along >= 0 && shared < 0)
            {
                (shared, sharedFrom) = (along, i + 1);
            }
            else if (along >= 0 && along != shared)
            {
                var what = columns ? "rows" : "columns";
                call.Error(DiagnosticCode.BindShape,
                    $"{call.Name}() inputs must have the same number of {what}: input {sharedFrom} has {shared}, input {i + 1} has {along}");
            }
            summed = summed >= 0 && across >= 0 ? summed + across : -1;
        }
        return (shared, summed);
    }

    /// <summary>cbind/rbind of two strings: <c>a + "\n" + b</c>.</summary>
    private static TypeInfo JoinStrings(BuiltinCall call, List<TypeInfo> all)
    {
        if (all.Count != 2)
        {
            call.Error(DiagnosticCode.WrongArgumentCount, $"{call.Name}() of strings takes exactly two strings, got {all.Count} arguments");
            return TypeInfo.String;
        }
        for (var i = 0; i < 2; i++)
        {
            if (all[i].DataType != DataType.Unknown && (all[i].DataType != DataType.Scalar || all[i].ValueType is not (ValueType.String or ValueType.Unknown)))
            {
                call.Error(DiagnosticCode.TypeMismatch,
                    $"argument {i + 1} of {call.Name}() must be a string when the first is a scalar, got a {all[i].Describe()}");
                return TypeInfo.String;
            }
        }
        return all[0].Constant is string a && all[1].Constant is string b ? TypeInfo.Of(a + "\n" + b) : TypeInfo.String;
    }

    private static TypeInfo Outer(BuiltinCall call)
    {
        RequireMatrix(call, "x");
        RequireMatrix(call, "y");
        RequireString(call, "op");
        var x = call.TypeOrUnknown("x");
        var y = call.TypeOrUnknown("y");
        if (x.IsMatrix && x.Columns > 1)
        {
            call.Error(DiagnosticCode.ShapeRequirement, $"outer() needs an n x 1 column vector first, got {Show(x.Rows)} x {x.Columns}", "x");
        }
        if (y.IsMatrix && y.Rows > 1)
        {
            call.Error(DiagnosticCode.ShapeRequirement, $"outer() needs a 1 x m row vector second, got {y.Rows} x {Show(y.Columns)}", "y");
        }
        return TypeInfo.Matrix(x.Rows, y.Columns);
    }

    private static TypeInfo Triangle(BuiltinCall call)
    {
        RequireScalar(call, "diag");
        RequireScalar(call, "values");
        return SameShape("target")(call)[0];
    }

    /// <summary>order: rows x cols of target, or rows x 1 with index.return=TRUE; checks a constant by column.</summary>
    private static TypeInfo Order(BuiltinCall call)
    {
        RequireMatrix(call, "target");
        RequireOneOf(call, "by", DataType.Scalar, DataType.Matrix);
        RequireScalar(call, "decreasing");
        RequireScalar(call, "index.return");
        var target = call.TypeOrUnknown("target");
        var by = call.ConstantLong("by");
        if (by is { } column && (column < 1 || (target.Columns >= 0 && column > target.Columns)))
        {
            call.Error(DiagnosticCode.InvalidArgumentValue,
                $"order() by={column} is not a column of target ({Show(target.Columns)} columns)", "by");
        }
        var indexes = call.Has("index.return") ? call.ConstantBoolean("index.return") : false;
        return TypeInfo.Matrix(target.Rows, indexes switch { true => 1, false => target.Columns, null => -1 });
    }

    /// <summary>removeEmpty: keeps the other dimension; checks margin and the shape of select.</summary>
    private static TypeInfo RemoveEmpty(BuiltinCall call)
    {
        RequireOneOf(call, "target", DataType.Matrix, DataType.Frame);
        RequireString(call, "margin");
        RequireMatrix(call, "select");
        RequireScalar(call, "empty.return");
        var target = call.TypeOrUnknown("target");
        var margin = call.ConstantString("margin");
        if (margin is not null and not ("rows" or "cols"))
        {
            call.Error(DiagnosticCode.InvalidArgumentValue, $"removeEmpty() margin must be \"rows\" or \"cols\", got \"{margin}\"", "margin");
            margin = null;
        }
        var select = call.TypeOrUnknown("select");
        if (margin is not null && select.IsMatrix && select.HasKnownShape)
        {
            var (rows, cols) = margin == "rows" ? (target.Rows, 1L) : (1L, target.Columns);
            if ((rows >= 0 && select.Rows != rows) || (cols >= 0 && select.Columns != cols))
            {
                call.Error(DiagnosticCode.ShapeRequirement,
                    $"removeEmpty(margin=\"{margin}\") needs a {Show(rows)} x {Show(cols)} select vector, got {select.Rows} x {select.Columns}", "select");
            }
        }
        var (keptRows, keptCols) = margin switch
        {
            "rows" => (-1L, target.Columns),
            "cols" => (target.Rows, -1L),
            _ => (-1L, -1L),
        };
        return target.DataType == DataType.Frame
            ? TypeInfo.AnyFrame with { Rows = keptRows, Columns = keptCols }
            : TypeInfo.Matrix(keptRows, keptCols);
    }

    private static TypeInfo Replace(BuiltinCall call)
    {
        RequireOneOf(call, "target", DataType.Matrix, DataType.Frame);
        RequireScalar(call, "pattern");
        RequireScalar(call, "replacement");
        var target = call.TypeOrUnknown("target");
        return target.DataType switch
        {
            DataType.Frame => TypeInfo.AnyFrame with { Rows = target.Rows, Columns = target.Columns },
            _ => TypeInfo.Matrix(target.Rows, target.Columns),
        };
    }

    private static TypeInfo CumSumProd(BuiltinCall call)
    {
        RequireMatrix(call, "x");
        var x = call.TypeOrUnknown("x");
        if (x.IsMatrix && x.Columns >= 0 && x.Columns != 2)
        {
            call.Error(DiagnosticCode.ShapeRequirement, $"cumsumprod() needs an n x 2 matrix, got {Show(x.Rows)} x {x.Columns}", "x");
        }
        return TypeInfo.Matrix(x.Rows, 1);
    }

    /// <summary>unique: the shape by dir, as SystemDS types it ("r": rows x ?, "c": ? x cols, "rc": ? x 1).</summary>
    private static TypeInfo Unique(BuiltinCall call)
    {
        RequireMatrix(call, "data");
        RequireString(call, "dir");
        var data = call.TypeOrUnknown("data");
        var dir = call.Has("dir") ? call.ConstantString("dir")?.ToLowerInvariant() : "rc";
        switch (dir)
        {
            case "r":
                return TypeInfo.Matrix(data.Rows, -1);
            case "c":
                return TypeInfo.Matrix(-1, data.Columns);
            case "rc":
                return TypeInfo.Matrix(-1, 1);
            case not null:
                call.Error(DiagnosticCode.InvalidArgumentValue,
                    $"unique() dir must be \"r\", \"c\" or \"rc\", got \"{call.ConstantString("dir")}\"", "dir");
                break;
        }
        return TypeInfo.AnyMatrix;
    }
}

using DmlNet.Diagnostics;
using static DmlNet.Semantics.Builtins.BuiltinRules;

namespace DmlNet.Semantics.Builtins;

/// <summary>matrix, rand, seq, sample, list, frame (reference §7.1).</summary>
internal static class ConstructionBuiltins
{
    /// <summary>Adds this category's entries.</summary>
    public static void Register(List<BuiltinFunction> entries)
    {
        entries.Add(new BuiltinFunction("matrix", "data, rows=?, cols=?, byrow=TRUE, dimnames=?", One(Matrix),
            "A matrix filled with a scalar, parsed from a string of numbers, or reshaped from another matrix."));
        entries.Add(new BuiltinFunction("rand",
            "rows=1, cols=1, min=0.0, max=1.0, sparsity=1.0, seed=-1, pdf=\"uniform\", lambda=1.0", One(Rand),
            "A random matrix (pdf uniform, normal or poisson).") { Style = BuiltinCallStyle.NamedOnly });
        entries.Add(new BuiltinFunction("seq", "from, to, incr=?", One(Seq),
            "A column vector from, from+incr, ... up to to."));
        entries.Add(new BuiltinFunction("sample", "range, size, replace=FALSE, seed=?", One(call =>
            TypeInfo.Matrix(Dimension(call, "size"), 1)), "size x 1 random integers in [1, range]."));
        entries.Add(new BuiltinFunction("list", "...elements", One(call =>
            TypeInfo.AnyList with { Rows = call.AllTypes.Count(), Columns = 1 }),
            "An unnamed or named list.") { AcceptsAnyName = true });
        entries.Add(new BuiltinFunction("frame", "data, rows=?, cols=?, schema=?", One(call =>
            TypeInfo.AnyFrame with { Rows = Dimension(call, "rows"), Columns = Dimension(call, "cols") }),
            "A frame filled with a value or built from a list."));
    }

    private static TypeInfo Matrix(BuiltinCall call)
    {
        var data = call.TypeOrUnknown("data");
        var rows = Dimension(call, "rows");
        var columns = Dimension(call, "cols");
        if (data.IsMatrix && data.HasKnownShape)
        {
            var cells = data.Rows * data.Columns;
            if (rows >= 0 && columns < 0 && rows > 0)
            {
                columns = cells / rows;
            }
            else if (columns >= 0 && rows < 0 && columns > 0)
            {
                rows = cells / columns;
            }
            if (rows >= 0 && columns >= 0 && rows * columns != cells)
            {
                call.Error(DiagnosticCode.ShapeRequirement,
                    $"matrix() cannot reshape a {data.Rows} x {data.Columns} matrix ({cells} cells) into {rows} x {columns}", "rows");
            }
        }
        else if (!call.Has("rows") || !call.Has("cols"))
        {
            if (!data.IsMatrix && data.DataType != DataType.Unknown)
            {
                call.Error(DiagnosticCode.MissingArgument, "matrix() needs both rows and cols unless it reshapes a matrix", "data");
            }
        }
        if (data.Constant is string text && rows >= 0 && columns >= 0)
        {
            var count = text.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Length;
            if (count != rows * columns)
            {
                call.Error(DiagnosticCode.ShapeRequirement,
                    $"matrix() got {count} values in its string for a {rows} x {columns} matrix ({rows * columns} cells)", "data");
            }
        }
        return TypeInfo.Matrix(rows, columns);
    }

    private static TypeInfo Rand(BuiltinCall call)
    {
        var pdf = call.ConstantString("pdf");
        if (pdf is not null && pdf is not ("uniform" or "normal" or "poisson" or "cb_uniform" or "cb_normal"))
        {
            call.Error(DiagnosticCode.InvalidArgumentValue,
                $"rand() pdf must be \"uniform\", \"normal\" or \"poisson\", got \"{pdf}\"", "pdf");
        }
        var sparsity = call.Type("sparsity")?.ConstantDouble;
        if (sparsity is < 0 or > 1)
        {
            call.Error(DiagnosticCode.InvalidArgumentValue, $"rand() sparsity must be in [0, 1], got {sparsity}", "sparsity");
        }
        return TypeInfo.Matrix(call.Has("rows") ? Dimension(call, "rows") : 1, call.Has("cols") ? Dimension(call, "cols") : 1);
    }

    private static TypeInfo Seq(BuiltinCall call)
    {
        var from = call.Type("from")?.ConstantDouble;
        var to = call.Type("to")?.ConstantDouble;
        var incr = call.Has("incr") ? call.Type("incr")?.ConstantDouble : (from <= to ? 1 : -1);
        if (from is null || to is null || incr is null)
        {
            return TypeInfo.Matrix(-1, 1);
        }
        if (incr == 0 || (to - from) * incr < 0)
        {
            call.Error(DiagnosticCode.InvalidArgumentValue,
                $"seq({from}, {to}, {incr}): the increment has the wrong sign or is zero", call.Has("incr") ? "incr" : null);
            return TypeInfo.Matrix(-1, 1);
        }
        return TypeInfo.Matrix((long)SequenceLength.Of(from.Value, to.Value, incr.Value), 1);
    }
}

using System.Text.Json;
using DmlNet.Diagnostics;
using static DmlNet.Semantics.Builtins.BuiltinRules;

namespace DmlNet.Semantics.Builtins;

/// <summary>transform* and the frame utilities (reference §7.10, §9).</summary>
internal static class FrameBuiltins
{
    /// <summary>Adds this category's entries.</summary>
    public static void Register(List<BuiltinFunction> entries)
    {
        entries.Add(new BuiltinFunction("transformencode", "target, spec", call =>
        {
            RequireFrame(call, "target");
            var target = call.TypeOrUnknown("target");
            return [TypeInfo.Matrix(EncodedRows(call), -1), TypeInfo.AnyFrame with { Columns = target.Columns }];
        }, "[X, M]: a frame encoded as a numeric matrix by a JSON spec, and the metadata frame.")
        { Style = BuiltinCallStyle.NamedOnly, MinOutputs = 2, MaxOutputs = 2 });
        entries.Add(new BuiltinFunction("transformapply", "target, spec, meta, embedding=?", One(call =>
        {
            RequireFrame(call, "target");
            RequireFrame(call, "meta");
            RequireMatrix(call, "embedding");
            return TypeInfo.Matrix(EncodedRows(call), -1);
        }), "A frame encoded as a numeric matrix with existing metadata.") { Style = BuiltinCallStyle.NamedOnly });
        entries.Add(new BuiltinFunction("transformdecode", "target, spec, meta", One(call =>
        {
            RequireMatrix(call, "target");
            RequireFrame(call, "meta");
            Spec(call);
            return TypeInfo.AnyFrame with { Rows = call.TypeOrUnknown("target").Rows };
        }), "An encoded matrix decoded back into a frame (recode, dummycode and pass-through columns).")
        { Style = BuiltinCallStyle.NamedOnly });
        entries.Add(new BuiltinFunction("transformcolmap", "target, spec", One(call =>
        {
            RequireFrame(call, "target");
            Spec(call);
            return TypeInfo.Matrix(call.TypeOrUnknown("target").Columns, 3);
        }), "ncol(target) x 3: for each input column its first and last encoded column.") { Style = BuiltinCallStyle.NamedOnly });
        entries.Add(new BuiltinFunction("transformmeta", "spec, transformPath", One(call =>
        {
            Spec(call);
            RequireString(call, "transformPath");
            return TypeInfo.AnyFrame;
        }), "The metadata frame of a legacy transform directory.") { Style = BuiltinCallStyle.NamedOnly });
        entries.Add(new BuiltinFunction("detectSchema", "x", One(SchemaRow), "1 x ncol frame with the detected value type of each column."));
        entries.Add(new BuiltinFunction("typeof", "x", One(SchemaRow), "1 x ncol frame with the value type of each column."));
        entries.Add(new BuiltinFunction("colnames", "x", One(SchemaRow), "1 x ncol frame with the column names."));
        entries.Add(new BuiltinFunction("applySchema", "x, schema", One(call =>
        {
            RequireFrame(call, "x");
            RequireFrame(call, "schema");
            var x = call.TypeOrUnknown("x");
            return TypeInfo.AnyFrame with { Rows = x.Rows, Columns = x.Columns };
        }), "The frame with its columns converted to the value types of a 1 x ncol schema frame."));
        entries.Add(new BuiltinFunction("map", "x, lambda, margin=?", One(Map),
            "A frame with a Java lambda expression string applied to each cell (or row/column by margin)."));
        entries.Add(new BuiltinFunction("tokenize", "target, spec", One(call =>
        {
            RequireFrame(call, "target");
            Spec(call);
            return TypeInfo.AnyFrame;
        }), "A frame of tokens (or token counts) of text columns, by a JSON spec."));
    }

    /// <summary>Checks the spec argument: a string, and valid JSON when constant.</summary>
    private static string? Spec(BuiltinCall call)
    {
        if (!RequireString(call, "spec") || call.ConstantString("spec") is not { } spec)
        {
            return null;
        }
        try
        {
            using var document = JsonDocument.Parse(spec);
            return spec;
        }
        catch (JsonException e)
        {
            call.Error(DiagnosticCode.InvalidArgumentValue, $"{call.Name}() spec is not valid JSON: {e.Message}", "spec");
            return null;
        }
    }

    /// <summary>The rows of an encoded matrix: those of the target unless the spec may omit rows.</summary>
    private static long EncodedRows(BuiltinCall call) =>
        Spec(call) is { } spec && !spec.Contains("omit", StringComparison.Ordinal) ? call.TypeOrUnknown("target").Rows : -1;

    /// <summary>A 1 x ncol string frame describing the columns of a matrix or frame.</summary>
    private static TypeInfo SchemaRow(BuiltinCall call)
    {
        RequireOneOf(call, "x", DataType.Matrix, DataType.Frame);
        return TypeInfo.AnyFrame with { Rows = 1, Columns = call.TypeOrUnknown("x").Columns };
    }

    /// <summary>map: a frame of the same shape (n x n for the jaccardSim lambda).</summary>
    private static TypeInfo Map(BuiltinCall call)
    {
        RequireOneOf(call, "x", DataType.Matrix, DataType.Frame);
        RequireString(call, "lambda");
        RequireScalar(call, "margin");
        var x = call.TypeOrUnknown("x");
        var similarity = call.ConstantString("lambda")?.Contains("jaccardSim", StringComparison.Ordinal) == true;
        return TypeInfo.AnyFrame with { Rows = x.Rows, Columns = similarity ? x.Rows : x.Columns };
    }
}

using DmlNet.Plan;
using DmlNet.Runtime.Data;
using DmlNet.Runtime.Formatting;
using DmlNet.Runtime.Frames;
using DmlNet.Runtime.Operations;
using ValueType = DmlNet.Semantics.ValueType;

namespace DmlNet.Runtime.Builtins;

/// <summary>
/// Frames in the generic builtins (nrow, ncol, length, cbind, rbind, as.scalar, as.matrix) and the
/// frame constructors as.frame and frame. The generic builtins are overloaded: a call whose first
/// argument is a frame is handled here, any other goes to the implementation registered before, so
/// this category must be registered after the others.
/// </summary>
internal static class FrameImplementations
{
    /// <summary>Adds this category's implementations and frame overloads.</summary>
    public static void Register(Dictionary<string, Operation> map)
    {
        Overload(map, "nrow", f => [ScalarValue.Of((long)f.Rows)]);
        Overload(map, "ncol", f => [ScalarValue.Of((long)f.ColumnCount)]);
        Overload(map, "length", f => [ScalarValue.Of((long)f.Rows * f.ColumnCount)]);
        Overload(map, "as.scalar", f => [FrameConversions.ToScalar(f)], unwrapList: true);
        Overload(map, "as.matrix", f => [new MatrixValue(FrameConversions.ToMatrix(f))], unwrapList: true);
        OverloadBind(map, "cbind", FrameBinding.Columns);
        OverloadBind(map, "rbind", FrameBinding.Rows);
        map["as.frame"] = args => [new FrameValue(AsFrame(args[0], args.Get("names")))];
        map["frame"] = args => [new FrameValue(Construct(args))];
    }

    /// <summary>
    /// Routes calls whose first argument is a frame to <paramref name="frame"/>; with <paramref name="unwrapList"/>
    /// also a one-element list holding a frame (<c>as.scalar(L[i])</c>, <c>as.matrix(L[i])</c>).
    /// </summary>
    private static void Overload(Dictionary<string, Operation> map, string name, Func<FrameBlock, DmlValue[]> frame,
        bool unwrapList = false)
    {
        var others = Previous(map, name);
        map[name] = args => (args.Values.Count > 0 ? args.Values[0] : null) switch
        {
            FrameValue f => frame(f.Block),
            ListValue { Elements: [FrameValue f] } when unwrapList => frame(f.Block),
            _ => others(args),
        };
    }

    private static void OverloadBind(Dictionary<string, Operation> map, string name, Func<IReadOnlyList<FrameBlock>, FrameBlock> bind)
    {
        var others = Previous(map, name);
        map[name] = args =>
        {
            if (!args.Values.Any(v => v is FrameValue))
            {
                return others(args);
            }
            var frames = args.Values.Select(v => v as FrameValue
                ?? throw new DmlRuntimeException($"{name}() cannot combine a frame with a {OperatorOperations.Kind(v!)}")).ToList();
            return [new FrameValue(bind(frames.Select(f => f.Block).ToList()))];
        };
    }

    private static Operation Previous(Dictionary<string, Operation> map, string name) => map.TryGetValue(name, out var existing)
        ? existing
        : _ => throw new DmlRuntimeException($"the builtin '{name}' is not implemented by the DmlNet runtime yet");

    /// <summary>as.frame of a matrix (FP64 columns, optionally named by a list of strings), a scalar, a frame or a one-element list.</summary>
    private static FrameBlock AsFrame(DmlValue value, DmlValue? names) => value switch
    {
        MatrixValue m => FrameConversions.FromMatrix(m.Block, names is null ? null : Names(names)),
        ScalarValue s => FrameConversions.FromScalar(s),
        FrameValue f => f.Block,
        ListValue { Elements.Count: 1 } l => AsFrame(l.Elements[0], names),
        _ => throw new DmlRuntimeException($"as.frame() cannot convert a {OperatorOperations.Kind(value)}"),
    };

    private static IReadOnlyList<string> Names(DmlValue names) => names is ListValue list
        ? list.Elements.Select(e => e is ScalarValue s
            ? ScalarFormat.ToString(s)
            : throw new DmlRuntimeException("as.frame() column names must be scalars")).ToList()
        : throw new DmlRuntimeException($"as.frame() names must be a list, got a {OperatorOperations.Kind(names)}");

    /// <summary>
    /// <c>frame(data, rows, cols, schema)</c>: every cell <c>data</c> when it is a scalar; for a list of
    /// scalars, row-major cells (rows*cols values) or one value per column repeated on every row.
    /// <c>schema</c> is a comma-separated type list as in read() or a list of type names; all strings when absent.
    /// </summary>
    private static FrameBlock Construct(OperationArguments args)
    {
        var rows = args.Dimension("rows", 0);
        var columns = args.Dimension("cols", 0);
        var schema = Schema(args.Get("schema"), columns);
        var data = args.Get("data") switch
        {
            ScalarValue s => Enumerable.Repeat<ScalarValue?>(s, 1).ToList(),
            ListValue l => l.Elements.Select(e => e as ScalarValue ?? throw new DmlRuntimeException("frame() data must hold scalars"))
                .Select(s => (ScalarValue?)s).ToList(),
            var other => throw new DmlRuntimeException($"frame() data must be a scalar or a list, got a {OperatorOperations.Kind(other!)}"),
        };
        Func<int, int, ScalarValue?> cell = data.Count switch
        {
            1 => (_, _) => data[0],
            var n when n == columns => (_, j) => data[j],
            var n when n == (long)rows * columns => (i, j) => data[i * columns + j],
            var n => throw new DmlRuntimeException($"frame() got {n} values for a {rows} x {columns} frame"),
        };
        var built = Enumerable.Range(0, columns)
            .Select(j => FrameColumn.FromCells(schema[j], Enumerable.Range(0, rows).Select(i => cell(i, j)).ToList())).ToList();
        return new FrameBlock(rows, built);
    }

    private static IReadOnlyList<ValueType> Schema(DmlValue? schema, int columns)
    {
        var types = schema switch
        {
            null => Enumerable.Repeat(ValueType.String, columns).ToList(),
            ScalarValue s => FrameSchema.Parse(ScalarFormat.ToString(s)),
            ListValue l => l.Elements.Select(e => FrameSchema.ParseType(e is ScalarValue s ? ScalarFormat.ToString(s) : "?")).ToList(),
            var other => throw new DmlRuntimeException($"frame() schema must be a string or a list, got a {OperatorOperations.Kind(other)}"),
        };
        return types.Count == columns
            ? types
            : throw new DmlRuntimeException($"frame() schema has {types.Count} types for {columns} columns");
    }
}

using DmlNet.Plan;
using DmlNet.Runtime.Data;
using DmlNet.Runtime.Formatting;

namespace DmlNet.Runtime.Builtins;

/// <summary>print, toString, stop and assert.</summary>
internal static class OutputImplementations
{
    /// <summary>Adds this category's implementations.</summary>
    public static void Register(Dictionary<string, Operation> map)
    {
        map["print"] = Print;
        map["toString"] = args => [ScalarValue.Of(ValueText.Of(args[0], Layout(args)))];
        map["stop"] = args => throw new DmlStopException(args.String("message", "") is { Length: > 0 } message ? message : "Stop Called");
        map["assert"] = args => args.Scalar("condition").AsBoolean() ? [] : throw new DmlRuntimeException("assertion failed");
    }

    private static DmlValue[] Print(OperationArguments args)
    {
        var value = args[0];
        var rest = args.All("arguments").ToList();
        string text;
        if (rest.Count > 0)
        {
            var format = ScalarFormat.ToString((ScalarValue)value);
            text = JavaStringFormat.Format(format, rest.Select(v => v as ScalarValue
                ?? throw new DmlRuntimeException("print() formats only scalars")).ToList());
        }
        else
        {
            text = Text(value);
        }
        args.Context.Output.WriteLine(text);
        return [];
    }

    /// <summary>The toString layout from the call's rows, cols, decimal, sparse, sep and linesep (defaults as print uses).</summary>
    private static TextLayout Layout(OperationArguments args)
    {
        var defaults = TextLayout.Default;
        return new TextLayout((int)args.Long("rows", defaults.Rows), (int)args.Long("cols", defaults.Columns),
            (int)args.Long("decimal", defaults.Decimal), args.Boolean("sparse", defaults.Sparse),
            args.String("sep", defaults.Separator), args.String("linesep", defaults.LineSeparator));
    }

    /// <summary>The text print() shows for a value: scalars as Java does, matrices, frames and lists via toString.</summary>
    public static string Text(DmlValue value) => value switch
    {
        ScalarValue s => ScalarFormat.ToString(s),
        MatrixValue m => MatrixFormat.ToString(m.Block),
        FrameValue f => FrameFormat.ToString(f.Block),
        ListValue l => ListFormat.ToString(l),
        _ => throw new DmlRuntimeException($"cannot print a {value.DataType.ToString().ToLowerInvariant()}"),
    };
}

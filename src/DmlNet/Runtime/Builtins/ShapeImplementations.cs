using DmlNet.Plan;
using DmlNet.Runtime.Data;
using DmlNet.Runtime.Kernels;
using DmlNet.Runtime.Operations;

namespace DmlNet.Runtime.Builtins;

/// <summary>nrow, ncol, length, t, cbind, rbind, list and the matrix constructors.</summary>
internal static class ShapeImplementations
{
    /// <summary>Adds this category's implementations.</summary>
    public static void Register(Dictionary<string, Operation> map)
    {
        map["nrow"] = args => [ScalarValue.Of((long)Rows(args[0]))];
        map["ncol"] = args => [ScalarValue.Of((long)Columns(args[0]))];
        map["length"] = args => [ScalarValue.Of(args[0] is ListValue l ? l.Elements.Count : (long)Rows(args[0]) * Columns(args[0]))];
        map["t"] = args => [new MatrixValue(ReorgKernels.Transpose(args.Matrix("x")))];
        map["diag"] = args => [new MatrixValue(ReorgKernels.Diag(args.Matrix("x")))];
        map["cbind"] = args => [Bind(args, horizontal: true)];
        map["rbind"] = args => [Bind(args, horizontal: false)];
        map["list"] = args => [new ListValue(args.Values.Select(v => v!).ToList(),
            args.Names.Select(n => n == "elements" ? null : n).ToList())];
    }

    private static int Rows(DmlValue value) => value switch
    {
        MatrixValue m => m.Block.Rows,
        ListValue l => l.Elements.Count,
        _ => throw new DmlRuntimeException($"nrow() needs a matrix, frame or list, got a {OperatorOperations.Kind(value)}"),
    };

    private static int Columns(DmlValue value) => value switch
    {
        MatrixValue m => m.Block.Columns,
        ListValue => 1,
        _ => throw new DmlRuntimeException($"ncol() needs a matrix, frame or list, got a {OperatorOperations.Kind(value)}"),
    };

    /// <summary>
    /// cbind/rbind: matrices side by side or stacked; two strings joined by a newline; a list first
    /// gets the other values appended; a single list binds its elements.
    /// </summary>
    private static DmlValue Bind(OperationArguments args, bool horizontal)
    {
        var values = args.Values.Select(v => v!).ToList();
        if (values.All(v => v is ScalarValue { ValueType: Semantics.ValueType.String }))
        {
            return ScalarValue.Of(string.Join("\n", values.Select(v => ((ScalarValue)v).Text)));
        }
        if (values is [ListValue only])
        {
            values = only.Elements.ToList();
        }
        else if (values[0] is ListValue list)
        {
            return new ListValue([.. list.Elements, .. values.Skip(1)], [.. list.Names, .. values.Skip(1).Select(_ => (string?)null)]);
        }
        if (values.Count == 0)
        {
            throw new DmlRuntimeException($"{(horizontal ? "cbind" : "rbind")}() of an empty list has nothing to bind");
        }
        var blocks = values.Select(v => OperatorOperations.Matrix(v, horizontal ? "cbind()" : "rbind()")).ToList();
        return new MatrixValue(ReorgKernels.Bind(blocks, horizontal));
    }
}

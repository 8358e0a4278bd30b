using DmlNet.Diagnostics;
using DmlNet.Semantics;
using DmlNet.Semantics.Builtins;
using DmlNet.Syntax;

namespace DmlNet.Hops;

/// <summary>
/// Propagates types and dimensions through a hop DAG, bottom-up from its transient reads, with the
/// same rules the semantic analysis uses (operator typing and the builtin catalog's result rules),
/// so compile time and run-time recompilation agree. Problems found here are not reported: the
/// analysis already did, and the kernels check at run time.
/// </summary>
public static class HopTypes
{
    /// <summary>
    /// The type of every hop of the DAG (by identity); <paramref name="readType"/> gives the types of the
    /// transient reads; <paramref name="workingDirectory"/> resolves constant file paths (read() with a .mtd).
    /// The hops themselves are not changed, so a shared DAG can be re-typed concurrently.
    /// </summary>
    public static IReadOnlyDictionary<Hop, TypeInfo> Infer(HopDag dag, Func<ReadHop, TypeInfo> readType, string workingDirectory)
    {
        var muted = new DiagnosticBag { Muted = true };
        var types = new Dictionary<Hop, TypeInfo>(ReferenceEqualityComparer.Instance);
        TypeInfo T(Hop hop) => types[hop];
        foreach (var hop in dag.TopologicalOrder())
        {
            types[hop] = hop switch
            {
                LiteralHop literal => TypeInfo.Of(literal.Value),
                ReadHop read => readType(read),
                WriteHop write => T(write.Inputs[0]),
                OperatorHop op => Operator(op, T, muted),
                BuiltinHop builtin => First(Builtin(builtin, T, muted, workingDirectory)),
                IndexHop index => Index(index, T),
                LeftIndexHop index => T(index.Inputs[0]) with { Constant = null },
                FunctionCallHop call => call.Function.ResultTypes.Count > 0 ? call.Function.ResultTypes[0] : TypeInfo.Unknown,
                OutputHop output => Output(output, T, muted, workingDirectory),
                ShapeListHop list => new TypeInfo(DataType.List, Semantics.ValueType.Int, list.Inputs.Count, 1,
                    list.Inputs.Select(i => T(i).ConstantLong).ToArray()),
                _ => TypeInfo.Unknown,
            };
        }
        return types;
    }

    /// <summary>True when some hop produces a matrix or frame whose dimensions are not known.</summary>
    public static bool HasUnknownSizes(IReadOnlyDictionary<Hop, TypeInfo> types) =>
        types.Values.Any(t => t.DataType is DataType.Matrix or DataType.Frame && !t.HasKnownShape);

    /// <summary>True when a read's type leaves something to learn at run time (unknown data type or dimensions).</summary>
    public static bool IsIncomplete(TypeInfo type) =>
        type.DataType == DataType.Unknown || (type.DataType is DataType.Matrix or DataType.Frame && !type.HasKnownShape);

    private static TypeInfo First(IReadOnlyList<TypeInfo> types) => types.Count > 0 ? types[0] : TypeInfo.Unknown;

    private static TypeInfo Operator(OperatorHop op, Func<Hop, TypeInfo> type, DiagnosticBag muted) => op.Syntax switch
    {
        BinaryExpression binary when op.Inputs.Count == 2 =>
            type(op.Inputs[0]).DataType == DataType.Unknown && type(op.Inputs[1]).DataType == DataType.Unknown
                ? TypeInfo.Unknown
                : OperatorTyping.Binary(binary, type(op.Inputs[0]), type(op.Inputs[1]), muted),
        UnaryExpression unary => OperatorTyping.Unary(unary, type(op.Inputs[0]), muted),
        _ => TypeInfo.Unknown,
    };

    /// <summary>The output types of a builtin call by the catalog's rule, from the types of the argument hops.</summary>
    private static IReadOnlyList<TypeInfo> Builtin(BuiltinHop hop, Func<Hop, TypeInfo> types, DiagnosticBag muted, string workingDirectory)
    {
        var builtin = BuiltinCatalog.Find(hop.Name);
        if (builtin is null)
        {
            return [];
        }
        var bound = new Dictionary<string, (Argument, TypeInfo)>(StringComparer.Ordinal);
        var rest = new List<(Argument, TypeInfo)>();
        var pairs = BuiltinBinding.Bind(builtin, hop.Syntax.Arguments);
        for (var i = 0; i < pairs.Count && i < hop.Inputs.Count; i++)
        {
            var (parameter, argument) = pairs[i];
            var type = types(hop.Inputs[i]);
            if (builtin.Parameters.Any(p => p.Name == parameter && !p.Variadic))
            {
                bound[parameter] = (argument, type);
            }
            else
            {
                rest.Add((argument, type));
            }
        }
        return builtin.Result(new BuiltinCall(builtin, hop.Syntax, bound, rest, muted, workingDirectory));
    }

    private static TypeInfo Output(OutputHop output, Func<Hop, TypeInfo> type, DiagnosticBag muted, string workingDirectory)
    {
        var types = output.Inputs[0] switch
        {
            FunctionCallHop call => call.Function.ResultTypes,
            BuiltinHop builtin => Builtin(builtin, type, muted, workingDirectory),
            _ => [],
        };
        return output.Index < types.Count ? types[output.Index] : TypeInfo.Unknown;
    }

    /// <summary>The selection of a right index: constant bounds give its extent, a single position one row or column.</summary>
    private static TypeInfo Index(IndexHop index, Func<Hop, TypeInfo> type)
    {
        var target = type(index.Inputs[0]);
        var bounds = new Hop?[4];
        var next = 1;
        for (var i = 0; i < 4; i++)
        {
            bounds[i] = index.Present[i] ? index.Inputs[next++] : null;
        }
        var rows = Extent(bounds[0], bounds[1], target.Rows, type);
        var columns = Extent(bounds[2], bounds[3], target.Columns, type);
        return target.DataType switch
        {
            DataType.Matrix => TypeInfo.Matrix(rows, columns),
            DataType.Frame => TypeInfo.AnyFrame with { Rows = rows, Columns = columns },
            DataType.List => TypeInfo.AnyList,
            _ => TypeInfo.Unknown,
        };
    }

    private static long Extent(Hop? lower, Hop? upper, long size, Func<Hop, TypeInfo> type)
    {
        if (lower is null)
        {
            return size;
        }
        if (ReferenceEquals(lower, upper))
        {
            return 1;
        }
        return type(lower).ConstantLong is { } l && upper is not null && type(upper).ConstantLong is { } u && u >= l ? u - l + 1 : -1;
    }
}

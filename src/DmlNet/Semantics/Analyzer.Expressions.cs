using DmlNet.Diagnostics;
using DmlNet.Syntax;

namespace DmlNet.Semantics;

internal sealed partial class Analyzer
{
    /// <summary>The names of builtin arguments that take bracket lists (the NN shape arguments).</summary>
    private static readonly HashSet<string> ShapeArguments = ["input_shape", "filter_shape", "pool_size", "stride", "padding"];

    /// <summary>Infers the type of an expression whose value is used, reporting every problem found.</summary>
    private TypeInfo Value(Expression expression) => expression switch
    {
        IntLiteral e => TypeInfo.Of(e.Value),
        DoubleLiteral e => TypeInfo.Of(e.Value),
        StringLiteral e => TypeInfo.Of(e.Value),
        BooleanLiteral e => TypeInfo.Of(e.Value),
        IdentifierExpression e => Variable(e),
        CommandLineParameter e => Parameter(e, reportUnbound: true) ?? TypeInfo.Unknown,
        IfdefExpression e => Parameter(e.Parameter, reportUnbound: false) ?? Value(e.Fallback),
        UnaryExpression e => OperatorTyping.Unary(e, Value(e.Operand), diagnostics),
        BinaryExpression e => Binary(e),
        IndexExpression e => Index(e),
        CallExpression e => FirstOutput(e),
        ListLiteral e => MisplacedList(e),
        _ => throw new InvalidOperationException($"unknown expression {expression.GetType().Name}"),
    };

    private TypeInfo Binary(BinaryExpression e)
    {
        var left = Value(e.Left);
        var right = Value(e.Right);
        return left.DataType == DataType.Unknown && right.DataType == DataType.Unknown
            ? TypeInfo.Unknown
            : OperatorTyping.Binary(e, left, right, diagnostics);
    }

    private TypeInfo Variable(IdentifierExpression e)
    {
        var state = scope.Get(e.Name);
        if (state is null)
        {
            if (Constants.Contains(e.Name))
            {
                return TypeInfo.Of(e.Name switch { "pi" => Math.PI, "Inf" => double.PositiveInfinity, _ => double.NaN });
            }
            diagnostics.Error(DiagnosticCode.UndefinedVariable, e.Span, $"undefined variable '{e.Name}'");
            return TypeInfo.Unknown;
        }
        if (!state.Definite)
        {
            diagnostics.Warning(DiagnosticCode.PossiblyUndefinedVariable, e.Span,
                $"variable '{e.Name}' may be undefined here: it is assigned on some paths only");
        }
        readTypes.Record(e, state.Type);
        return state.Type;
    }

    private TypeInfo? Parameter(CommandLineParameter e, bool reportUnbound)
    {
        if (options.Arguments.TryGetValue(e.Name, out var text))
        {
            return TypeInfo.Of(CommandLineValues.Parse(text));
        }
        if (reportUnbound)
        {
            var how = char.IsDigit(e.Name[0]) ? $"-args (position {e.Name})" : $"-nvargs {e.Name}=...";
            diagnostics.Error(DiagnosticCode.UnboundParameter, e.Span,
                $"parameter '${e.Name}' has no value; pass it with {how} or use ifdef(${e.Name}, default)");
        }
        return null;
    }

    private TypeInfo MisplacedList(ListLiteral e)
    {
        diagnostics.Error(DiagnosticCode.MisplacedListLiteral, e.Span,
            $"a bracket list is only allowed as a shape argument ({string.Join(", ", ShapeArguments)}) of the NN builtins");
        return TypeInfo.Unknown;
    }

    /// <summary>The type of a bracket list used as a shape argument: a list whose constant holds the known entries.</summary>
    private TypeInfo ShapeList(ListLiteral e)
    {
        var values = new long?[e.Elements.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var element = Value(e.Elements[i]);
            if (element.DataType != DataType.Unknown && !element.IsScalar)
            {
                diagnostics.Error(DiagnosticCode.TypeMismatch, e.Elements[i].Span,
                    $"a shape entry must be a scalar, got a {element.Describe()}");
            }
            values[i] = element.ConstantLong;
        }
        return new TypeInfo(DataType.List, ValueType.Int, values.Length, 1, values);
    }

    private TypeInfo FirstOutput(CallExpression call)
    {
        var outputs = Call(call, valueNeeded: true);
        return outputs.Count > 0 ? outputs[0] : TypeInfo.Unknown;
    }
}

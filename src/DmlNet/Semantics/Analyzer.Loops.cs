using System.Collections.Immutable;
using DmlNet.Diagnostics;
using DmlNet.Semantics.ParFor;
using DmlNet.Syntax;

namespace DmlNet.Semantics;

internal sealed partial class Analyzer
{
    /// <summary>The parfor options and, for each, the bare words it accepts (null: a number).</summary>
    private static readonly Dictionary<string, string[]?> ParForOptions = new(StringComparer.Ordinal)
    {
        ["check"] = null,
        ["par"] = null,
        ["tasksize"] = null,
        ["profile"] = null,
        ["mode"] = ["LOCAL", "REMOTE_SPARK", "REMOTE_SPARK_DP", "REMOTE_MR", "REMOTE_MR_DP", "CLUSTER"],
        ["taskpartitioner"] = ["FIXED", "NAIVE", "STATIC", "FACTORING", "FACTORING_CMIN", "FACTORING_CMAX"],
        ["datapartitioner"] = ["NONE", "LOCAL", "REMOTE_SPARK", "REMOTE_MR"],
        ["resultmerge"] = ["LOCAL_MEM", "LOCAL_FILE", "LOCAL_AUTOMATIC", "REMOTE_SPARK", "REMOTE_MR"],
        ["opt"] = ["NONE", "RULEBASED", "CONSTRAINED", "HEURISTIC", "GREEDY", "FULL_DP"],
        ["log"] = ["ALL", "TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL", "OFF"],
    };

    private void Loop(IdentifierExpression variable, LoopRange range, ImmutableArray<KeyValue> options, Block body, bool isParFor,
        ParForStatement? parFor = null)
    {
        var iterations = WithCallsForbiddenResult("a loop header", () => Range(range));
        foreach (var option in options)
        {
            ParForOption(option);
        }
        if (parFor is not null && ChecksDependencies(options))
        {
            ParForDependencyCheck.Check(parFor, name => scope.Get(name) is not null, diagnostics);
        }
        Assign(variable, TypeInfo.Int);
        LoopBody(body, runsAtLeastOnce: iterations > 0);
        if (isParFor)
        {
            scope.Set(variable.Name, TypeInfo.Int);
        }
    }

    /// <summary>Checks a loop header; returns the iteration count when it is a compile-time constant, else -1.</summary>
    private long Range(LoopRange range)
    {
        switch (range)
        {
            case ColonRange r:
                var from = Value(r.From);
                var to = Value(r.To);
                RequireScalarBound(r.From, from);
                RequireScalarBound(r.To, to);
                return from.ConstantDouble is { } a && to.ConstantDouble is { } b
                    ? (long)Math.Floor(Math.Abs(b - a)) + 1
                    : -1;
            case SequenceRange { Sequence: CallExpression { Namespace: null, Name: "seq" } call }:
                var sequence = Value(call);
                return sequence.Rows;
            default:
                diagnostics.Error(DiagnosticCode.InvalidLoopRange, range.Span,
                    "a loop header must be 'from:to' or 'seq(from, to[, increment])'");
                Value(((SequenceRange)range).Sequence);
                return -1;
        }
    }

    private void RequireScalarBound(Expression bound, TypeInfo type)
    {
        if (type.DataType != DataType.Unknown && !type.IsScalar)
        {
            diagnostics.Error(DiagnosticCode.TypeMismatch, bound.Span,
                $"a loop bound must be a scalar, got a {type.Describe()}; use as.scalar()");
        }
    }

    /// <summary>True unless the loop says <c>check=0</c> (directly or through a bound <c>$</c> parameter).</summary>
    private bool ChecksDependencies(ImmutableArray<KeyValue> options) =>
        options.FirstOrDefault(o => o.Key == "check") is not { } check || Value(check.Value).ConstantLong is not 0;

    private void ParForOption(KeyValue option)
    {
        if (!ParForOptions.TryGetValue(option.Key, out var words))
        {
            diagnostics.Error(DiagnosticCode.InvalidParForOption, option.Span,
                $"unknown parfor option '{option.Key}' (known: {string.Join(", ", ParForOptions.Keys)})");
            return;
        }
        if (option.Value is IdentifierExpression word)
        {
            if (words is null || !words.Contains(word.Name))
            {
                diagnostics.Error(DiagnosticCode.InvalidParForOption, option.Value.Span,
                    words is null
                        ? $"parfor option '{option.Key}' takes a number, got '{word.Name}'"
                        : $"parfor option '{option.Key}' must be one of {string.Join(", ", words)}, got '{word.Name}'");
            }
            return;
        }
        var type = Value(option.Value);
        if (words is null && type.ConstantLong is { } n && (n < 0 || (option.Key == "check" && n > 1)))
        {
            diagnostics.Error(DiagnosticCode.InvalidParForOption, option.Value.Span,
                $"parfor option '{option.Key}' got the invalid value {n}");
        }
    }

    private T WithCallsForbiddenResult<T>(string where, Func<T> action)
    {
        var previous = callsForbiddenIn;
        callsForbiddenIn = where;
        var result = action();
        callsForbiddenIn = previous;
        return result;
    }
}

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
                return SequenceHeader(call);
            default:
                diagnostics.Error(DiagnosticCode.InvalidLoopRange, range.Span,
                    "a loop header must be 'from:to' or 'seq(from, to[, increment])'");
                Value(((SequenceRange)range).Sequence);
                return -1;
        }
    }

    /// <summary>
    /// A <c>seq(from, to[, incr])</c> loop header: not a call of the seq builtin but the loop's bounds, so a
    /// wrong-sign increment means zero iterations (no error, as in SystemDS); returns the constant iteration count or -1.
    /// </summary>
    private long SequenceHeader(CallExpression call)
    {
        var arguments = call.Arguments;
        if (arguments.Length is < 2 or > 3 || arguments.Any(a => a.Name is not null && a.Name is not ("from" or "to" or "incr")))
        {
            diagnostics.Error(DiagnosticCode.InvalidLoopRange, call.Span, "a loop header seq() takes from, to and an optional increment");
            return -1;
        }
        var values = new Dictionary<string, double?>(StringComparer.Ordinal);
        string[] names = ["from", "to", "incr"];
        for (var i = 0; i < arguments.Length; i++)
        {
            var type = Value(arguments[i].Value);
            RequireScalarBound(arguments[i].Value, type);
            values[arguments[i].Name ?? names[i]] = type.ConstantDouble;
        }
        if (values.GetValueOrDefault("from") is not { } from || values.GetValueOrDefault("to") is not { } to
            || (values.TryGetValue("incr", out var step) && step is null))
        {
            return -1;
        }
        var increment = step ?? (from <= to ? 1 : -1);
        return increment == 0 || (to - from) * increment < 0 ? 0 : (long)Math.Floor((to - from) / increment) + 1;
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

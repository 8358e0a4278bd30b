using DmlNet.Diagnostics;
using DmlNet.Syntax;

namespace DmlNet.Semantics.Builtins;

/// <summary>
/// A builtin call as seen by its result rule: the arguments bound to parameter names, their
/// inferred types, and a way to report errors at the argument or the call.
/// </summary>
public sealed class BuiltinCall
{
    private readonly Dictionary<string, (Argument Syntax, TypeInfo Type)> named;
    private readonly DiagnosticBag diagnostics;
    private readonly string workingDirectory;

    /// <summary>Creates the view of one bound call; relative file paths resolve against <paramref name="workingDirectory"/>.</summary>
    public BuiltinCall(BuiltinFunction function, CallExpression syntax,
        Dictionary<string, (Argument Syntax, TypeInfo Type)> bound, IReadOnlyList<(Argument Syntax, TypeInfo Type)> rest,
        DiagnosticBag diagnostics, string workingDirectory)
    {
        Function = function;
        Syntax = syntax;
        named = bound;
        Rest = rest;
        this.diagnostics = diagnostics;
        this.workingDirectory = workingDirectory;
    }

    /// <summary>The catalog entry.</summary>
    public BuiltinFunction Function { get; }

    /// <summary>The call as written.</summary>
    public CallExpression Syntax { get; }

    /// <summary>The arguments taken by the variadic parameter, in order.</summary>
    public IReadOnlyList<(Argument Syntax, TypeInfo Type)> Rest { get; }

    /// <summary>Every bound argument type: the named parameters in declaration order, then the variadic ones.</summary>
    public IEnumerable<TypeInfo> AllTypes =>
        Function.Parameters.Where(p => named.ContainsKey(p.Name)).Select(p => named[p.Name].Type)
            .Concat(named.Where(kv => Function.Parameters.All(p => p.Name != kv.Key)).Select(kv => kv.Value.Type))
            .Concat(Rest.Select(r => r.Type));

    /// <summary>True when the parameter was given.</summary>
    public bool Has(string name) => named.ContainsKey(name);

    /// <summary>The type of the argument bound to <paramref name="name"/>, or null when absent.</summary>
    public TypeInfo? Type(string name) => named.TryGetValue(name, out var a) ? a.Type : null;

    /// <summary>The type of the argument bound to <paramref name="name"/>, or <see cref="TypeInfo.Unknown"/>.</summary>
    public TypeInfo TypeOrUnknown(string name) => Type(name) ?? TypeInfo.Unknown;

    /// <summary>The syntax of the argument bound to <paramref name="name"/>, or null.</summary>
    public Expression? Expression(string name) => named.TryGetValue(name, out var a) ? a.Syntax.Value : null;

    /// <summary>The constant integral value of an argument, if known.</summary>
    public long? ConstantLong(string name) => Type(name)?.ConstantLong;

    /// <summary>The constant string value of an argument, if known.</summary>
    public string? ConstantString(string name) => Type(name)?.Constant as string;

    /// <summary>The constant boolean value of an argument, if known.</summary>
    public bool? ConstantBoolean(string name) => Type(name)?.Constant as bool?;

    /// <summary>The span of an argument (or of the whole call when absent).</summary>
    public SourceSpan SpanOf(string? name) =>
        name is not null && named.TryGetValue(name, out var a) ? a.Syntax.Span : Syntax.Span;

    /// <summary>Reports an error at an argument (or at the call).</summary>
    public void Error(string code, string message, string? argument = null) =>
        diagnostics.Error(code, SpanOf(argument), message);

    /// <summary>A file path of the script made absolute as the runtime will (against the compilation's working directory).</summary>
    public string ResolvePath(string path) => Path.GetFullPath(path, workingDirectory);

    /// <summary>The names of the bound named parameters (not the variadic ones).</summary>
    public IEnumerable<string> Names => named.Keys;

    /// <summary>The name as called, for messages.</summary>
    public string Name => Syntax.Name;
}

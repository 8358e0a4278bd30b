using DmlNet.Diagnostics;
using DmlNet.Plan;
using DmlNet.Runtime;
using DmlNet.Runtime.Data;
using DmlNet.Semantics;
using DmlNet.Syntax;

namespace DmlNet.Api;

/// <summary>
/// The state behind <c>dmlc repl</c>: variables and functions persist from one input to the next.
/// Each input is checked and compiled with the session's variables predefined and every function
/// and <c>source()</c> entered so far, then run; errors are reported and the session goes on.
/// </summary>
public sealed class InteractiveSession(CompilationOptions options, TextWriter output, TextWriter errors)
{
    private readonly SymbolTable variables = new();
    private readonly List<(string Key, string Text)> definitions = [];
    private int inputNumber;

    /// <summary>What the last compiled input looks like under <c>-explain</c>, or null.</summary>
    public RuntimeProgram? LastProgram { get; private set; }

    /// <summary>The session's variables with their current values.</summary>
    public IEnumerable<KeyValuePair<string, DmlValue>> Variables => variables.UserVariables.OrderBy(kv => kv.Key, StringComparer.Ordinal);

    /// <summary>True when the text is an unfinished statement (open braces, parentheses, brackets or string).</summary>
    public static bool NeedsMoreInput(string text) => InputCompleteness.IsIncomplete(text);

    /// <summary>Checks, compiles and runs one input; returns false when it had errors.</summary>
    public bool Submit(string text)
    {
        inputNumber++;
        var name = $"<input {inputNumber}>";
        var tree = DmlSyntax.Parse(text, name);
        if (!tree.Success)
        {
            Report(tree.Diagnostics, new Dictionary<string, SourceText> { [name] = tree.Source });
            return false;
        }
        var newDefinitions = tree.Root!.Statements
            .Where(s => s is FunctionDefinition or SourceStatement or SetwdStatement)
            .Select(s => (Key: DefinitionKey(s), Text: AstPrinter.Print(new ProgramSyntax(s.Span, [s]))))
            .ToList();
        var kept = definitions.Where(d => newDefinitions.All(n => n.Key != d.Key)).ToList();
        var compileOptions = new CompilationOptions
        {
            WorkingDirectory = options.WorkingDirectory,
            LibraryPaths = options.LibraryPaths,
            StandardLibraryPath = options.StandardLibraryPath,
            Arguments = options.Arguments,
            PredefinedVariables = variables.UserVariables.ToDictionary(kv => kv.Key, kv => TypeOf(kv.Value)),
        };
        var compilation = Compilation.FromText(text + "\n" + string.Concat(kept.Select(d => d.Text)), compileOptions, name);
        Report(compilation.Diagnostics, compilation.Sources);
        if (compilation.HasErrors)
        {
            return false;
        }
        definitions.Clear();
        definitions.AddRange(kept.Concat(newDefinitions));
        LastProgram = ProgramCompiler.Compile(compilation, compileOptions);
        try
        {
            Executor.Run(LastProgram.Main, new RuntimeContext(LastProgram, output, variables: variables));
            return true;
        }
        catch (Exception e) when (e is DmlRuntimeException or DmlStopException)
        {
            var where = e is DmlRuntimeException { Span: { } span } ? $"{span}: " : string.Empty;
            errors.WriteLine($"{where}{(e is DmlStopException ? "stopped" : "runtime error")}: {e.Message}");
            return false;
        }
    }

    /// <summary>What a later definition replaces: a function by name, an import by namespace; setwd entries are all kept.</summary>
    private string DefinitionKey(Statement statement) => statement switch
    {
        FunctionDefinition f => "function " + f.Name,
        SourceStatement s => "source " + s.Namespace,
        _ => $"setwd {inputNumber} {statement.Span.Line}",
    };

    private void Report(IEnumerable<Diagnostic> diagnostics, IReadOnlyDictionary<string, SourceText> sources)
    {
        foreach (var diagnostic in diagnostics)
        {
            errors.Write(DiagnosticFormatter.Format(diagnostic, sources));
        }
    }

    /// <summary>What the compiler may assume about a variable's current value.</summary>
    private static TypeInfo TypeOf(DmlValue value) => value switch
    {
        ScalarValue s => new TypeInfo(DataType.Scalar, s.ValueType),
        MatrixValue m => TypeInfo.Matrix(m.Block.Rows, m.Block.Columns),
        ListValue => TypeInfo.AnyList,
        _ => TypeInfo.Unknown,
    };
}

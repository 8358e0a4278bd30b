using DmlNet.Diagnostics;
using DmlNet.Semantics;
using DmlNet.Syntax;

namespace DmlNet.Tests.Support;

/// <summary>Shortcuts for parsing and checking DML text in tests.</summary>
public static class Checker
{
    /// <summary>Parses text that must be valid and returns its syntax.</summary>
    public static ProgramSyntax Parse(string text)
    {
        var tree = DmlSyntax.Parse(text);
        Assert.True(tree.Success, string.Join("\n", tree.Diagnostics));
        return tree.Root!;
    }

    /// <summary>Parses a single expression (as the value of an assignment).</summary>
    public static Expression Expression(string text) =>
        ((AssignmentStatement)Parse($"x = {text}").Statements[0]).Value;

    /// <summary>Checks text and returns all diagnostics.</summary>
    public static IReadOnlyList<Diagnostic> Check(string text, IReadOnlyDictionary<string, string>? arguments = null,
        string? workingDirectory = null)
    {
        var options = new CompilationOptions
        {
            Arguments = arguments ?? new Dictionary<string, string>(),
            WorkingDirectory = workingDirectory ?? Directory.GetCurrentDirectory(),
        };
        return Compilation.FromText(text, options).Diagnostics;
    }

    /// <summary>Asserts that text checks without errors or warnings.</summary>
    public static void AssertClean(string text)
    {
        var diagnostics = Check(text);
        Assert.True(diagnostics.Count == 0, string.Join("\n", diagnostics));
    }

    /// <summary>Asserts that the only error of the text has the code (and, when given, line and column).</summary>
    public static Diagnostic AssertError(string text, string code, int line = 0, int column = 0)
    {
        var errors = Check(text).Where(d => d.IsError).ToList();
        Assert.True(errors.Count == 1, $"expected one error {code}, got:\n{string.Join("\n", errors)}");
        Assert.Equal(code, errors[0].Code);
        if (line > 0)
        {
            Assert.Equal((line, column), (errors[0].Span.Line, errors[0].Span.Column));
        }
        return errors[0];
    }
}

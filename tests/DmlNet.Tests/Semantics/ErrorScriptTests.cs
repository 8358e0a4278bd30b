using System.Text.RegularExpressions;
using DmlNet.Semantics;
using DmlNet.Tests.Support;

namespace DmlNet.Tests.Semantics;

/// <summary>
/// Runs every script in tests/scripts/errors. Each starts with lines
/// <c># expect: CODE [file] line:column</c>; the check must report exactly those diagnostics
/// (errors and warnings), in that order.
/// </summary>
public partial class ErrorScriptTests
{
    private static readonly string Folder = Repository.PathOf("tests", "scripts", "errors");

    /// <summary>The error scripts, by file name.</summary>
    public static TheoryData<string> Scripts() => Repository.ScriptNamesIn(Folder);

    [Fact]
    public void ThereAreAtLeastThirtyErrorScripts() => Assert.True(Scripts().Count >= 30);

    [Theory]
    [MemberData(nameof(Scripts))]
    public void ReportsTheExpectedDiagnostics(string name)
    {
        var text = File.ReadAllText(Path.Combine(Folder, name));
        var expected = ExpectLine().Matches(text)
            .Select(m => (Code: m.Groups["code"].Value, File: m.Groups["file"].Success ? m.Groups["file"].Value : name,
                Line: int.Parse(m.Groups["line"].Value), Column: int.Parse(m.Groups["col"].Value)))
            .ToList();
        Assert.NotEmpty(expected);
        var options = new CompilationOptions { WorkingDirectory = Folder };
        var actual = Compilation.FromFile(name, options).Diagnostics
            .Select(d => (d.Code, d.Span.File, d.Span.Line, d.Span.Column))
            .ToList();
        Assert.Equal(expected, actual);
    }

    [GeneratedRegex(@"^# expect: (?<code>DML\d{4})(?: (?<file>\S+))? (?<line>\d+):(?<col>\d+)\s*$", RegexOptions.Multiline)]
    private static partial Regex ExpectLine();
}

using DmlNet.Semantics;
using DmlNet.Syntax;
using DmlNet.Tests.Support;

namespace DmlNet.Tests.Corpus;

/// <summary>
/// The corpus of realistic scripts (tests/scripts/corpus) and the shipped library (stdlib):
/// each must parse, print back to text that parses to an equal tree, and validate cleanly.
/// </summary>
public class CorpusTests
{
    private static readonly string CorpusFolder = Repository.PathOf("tests", "scripts", "corpus");

    /// <summary>The corpus scripts.</summary>
    public static TheoryData<string> CorpusScripts() => Repository.ScriptNamesIn(CorpusFolder);

    /// <summary>Every DML file of the repository (corpus, error scripts, stdlib, examples).</summary>
    public static TheoryData<string> AllScripts()
    {
        var data = new TheoryData<string>();
        foreach (var folder in new[] { "tests", "stdlib", "examples" })
        {
            var root = Repository.PathOf(folder);
            if (!Directory.Exists(root))
            {
                continue;
            }
            foreach (var file in Directory.GetFiles(root, "*.dml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(Repository.Root, file));
            }
        }
        return data;
    }

    [Fact]
    public void CorpusHasAtLeastFortyScripts() => Assert.True(CorpusScripts().Count >= 40);

    [Theory]
    [MemberData(nameof(CorpusScripts))]
    public void CorpusScriptValidatesCleanly(string name)
    {
        var compilation = Compilation.FromFile(name, new CompilationOptions { WorkingDirectory = CorpusFolder });
        Assert.True(compilation.Diagnostics.Count == 0, string.Join("\n", compilation.Diagnostics));
    }

    [Theory]
    [MemberData(nameof(AllScripts))]
    public void PrintedScriptParsesToAnEqualTree(string relativePath)
    {
        var source = SourceText.FromFile(Repository.PathOf(relativePath));
        var tree = DmlSyntax.Parse(source);
        if (!tree.Success)
        {
            Assert.StartsWith(Path.Combine("tests", "scripts", "errors", "syntax_"), relativePath);
            return;
        }
        var printed = AstPrinter.Print(tree.Root!);
        var reparsed = DmlSyntax.Parse(printed, "printed.dml");
        Assert.True(reparsed.Success, $"printed text does not parse:\n{string.Join("\n", reparsed.Diagnostics)}\n{printed}");
        Assert.Null(SyntaxEquality.Difference(tree.Root, reparsed.Root));
        Assert.Equal(printed, AstPrinter.Print(reparsed.Root!));
    }
}

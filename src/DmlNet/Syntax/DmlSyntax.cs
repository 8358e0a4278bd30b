using Antlr4.Runtime;
using Antlr4.Runtime.Atn;
using Antlr4.Runtime.Misc;
using DmlNet.Diagnostics;
using DmlNet.Syntax.Generated;

namespace DmlNet.Syntax;

/// <summary>Entry point of the syntax layer: parses DML text into a <see cref="SyntaxTree"/>.</summary>
public static class DmlSyntax
{
    /// <summary>Parses a source. Uses fast SLL prediction first and full LL only when that fails.</summary>
    public static SyntaxTree Parse(SourceText source)
    {
        var diagnostics = new DiagnosticBag();
        var tree = ParseFast(source) ?? ParseWithRecovery(source, diagnostics);
        if (tree is null || diagnostics.HasErrors)
        {
            return new SyntaxTree(source, null, diagnostics.Items);
        }
        var root = new AstBuilder(source.Path, diagnostics).Program(tree);
        return new SyntaxTree(source, diagnostics.HasErrors ? null : root, diagnostics.Items);
    }

    /// <summary>Parses a string (for tests, the REPL and <c>-s</c>).</summary>
    public static SyntaxTree Parse(string text, string path = "<script>") => Parse(new SourceText(path, text));

    private static DmlParser.ProgramContext? ParseFast(SourceText source)
    {
        var lexer = new DmlLexer(CharStreams.fromString(source.Text));
        lexer.RemoveErrorListeners();
        var failed = false;
        lexer.AddErrorListener(new FlagListener(() => failed = true));
        var parser = new DmlParser(new CommonTokenStream(lexer)) { ErrorHandler = new BailErrorStrategy() };
        parser.Interpreter.PredictionMode = PredictionMode.SLL;
        parser.RemoveErrorListeners();
        try
        {
            var program = parser.program();
            return failed ? null : program;
        }
        catch (ParseCanceledException)
        {
            return null;
        }
    }

    private static DmlParser.ProgramContext ParseWithRecovery(SourceText source, DiagnosticBag diagnostics)
    {
        var listener = new SyntaxErrorListener(source.Path, diagnostics);
        var lexer = new DmlLexer(CharStreams.fromString(source.Text));
        lexer.RemoveErrorListeners();
        lexer.AddErrorListener(listener);
        var parser = new DmlParser(new CommonTokenStream(lexer));
        parser.Interpreter.PredictionMode = PredictionMode.LL;
        parser.RemoveErrorListeners();
        parser.AddErrorListener(listener);
        return parser.program();
    }

    /// <summary>Records that the lexer met an error, without reporting it (the slow pass reports).</summary>
    private sealed class FlagListener(Action onError) : IAntlrErrorListener<int>
    {
        public void SyntaxError(TextWriter output, IRecognizer recognizer, int offendingSymbol, int line, int charPositionInLine,
            string msg, RecognitionException e) => onError();
    }
}

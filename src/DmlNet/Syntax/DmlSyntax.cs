using System.Collections.Immutable;
using Antlr4.Runtime;
using Antlr4.Runtime.Atn;
using Antlr4.Runtime.Misc;
using DmlNet.Diagnostics;
using DmlNet.Syntax.Generated;

namespace DmlNet.Syntax;

/// <summary>Entry point of the syntax layer: parses DML text into a <see cref="SyntaxTree"/>.</summary>
public static class DmlSyntax
{
    /// <summary>
    /// Parses a source. The fast path uses SLL prediction and builds the syntax tree one top-level
    /// statement at a time, so ANTLR's parse tree never exists for the whole file; on any error the
    /// file is parsed again with full LL prediction and error recovery to report every problem.
    /// </summary>
    public static SyntaxTree Parse(SourceText source)
    {
        var diagnostics = new DiagnosticBag();
        var builder = new AstBuilder(source.Path, diagnostics);
        var root = ParseFast(source, builder);
        if (root is null)
        {
            var tree = ParseWithRecovery(source, diagnostics);
            root = diagnostics.HasErrors ? null : builder.Program(tree);
        }
        return new SyntaxTree(source, diagnostics.HasErrors ? null : root, diagnostics.Items);
    }

    /// <summary>Parses a string (for tests, the REPL and <c>-s</c>).</summary>
    public static SyntaxTree Parse(string text, string path = "<script>") => Parse(new SourceText(path, text));

    private static ProgramSyntax? ParseFast(SourceText source, AstBuilder builder)
    {
        var lexer = new DmlLexer(CharStreams.fromString(source.Text));
        lexer.RemoveErrorListeners();
        var failed = false;
        lexer.AddErrorListener(new FlagListener(() => failed = true));
        var tokens = new CommonTokenStream(lexer);
        var parser = new DmlParser(tokens) { ErrorHandler = new BailErrorStrategy() };
        parser.Interpreter.PredictionMode = PredictionMode.SLL;
        parser.RemoveErrorListeners();
        var statements = ImmutableArray.CreateBuilder<Statement>();
        try
        {
            while (!failed && tokens.LA(1) != TokenConstants.EOF)
            {
                statements.Add(builder.TopLevel(parser.statement()));
            }
        }
        catch (ParseCanceledException)
        {
            return null;
        }
        var span = new SourceSpan(source.Path, 1, 1, source.LineCount, 1);
        return failed ? null : new ProgramSyntax(span, statements.ToImmutable());
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

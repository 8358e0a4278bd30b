using Antlr4.Runtime;
using DmlNet.Diagnostics;

namespace DmlNet.Syntax;

/// <summary>Turns ANTLR lexer and parser errors into diagnostics with a short, readable message.</summary>
/// <remarks>Only the first error of a line is kept: the ones after it are almost always consequences of it.</remarks>
internal sealed class SyntaxErrorListener(string file, DiagnosticBag diagnostics) : IAntlrErrorListener<int>, IAntlrErrorListener<IToken>
{
    private readonly HashSet<int> linesWithErrors = [];

    /// <summary>Lexer errors: characters that start no token.</summary>
    public void SyntaxError(TextWriter output, IRecognizer recognizer, int offendingSymbol, int line, int charPositionInLine,
        string msg, RecognitionException e)
    {
        var text = msg.StartsWith("token recognition error at: ", StringComparison.Ordinal)
            ? $"unexpected character(s) {msg["token recognition error at: ".Length..]}"
            : msg;
        if (!linesWithErrors.Add(line))
        {
            return;
        }
        diagnostics.Error(DiagnosticCode.InvalidToken, Span(line, charPositionInLine, 1), text);
    }

    /// <summary>Parser errors: a token the grammar does not allow here.</summary>
    public void SyntaxError(TextWriter output, IRecognizer recognizer, IToken offendingSymbol, int line, int charPositionInLine,
        string msg, RecognitionException e)
    {
        if (!linesWithErrors.Add(line))
        {
            return;
        }
        var length = Math.Max(1, offendingSymbol?.Text?.Length ?? 1);
        diagnostics.Error(DiagnosticCode.SyntaxError, Span(line, charPositionInLine, length), Describe(offendingSymbol, msg));
    }

    private SourceSpan Span(int line, int column, int length) => new(file, line, column + 1, line, column + length);

    private static string Describe(IToken? token, string antlrMessage)
    {
        var found = token is null || token.Type == TokenConstants.EOF ? "end of file" : $"'{token.Text}'";
        var expecting = antlrMessage.IndexOf(" expecting ", StringComparison.Ordinal);
        if (expecting >= 0)
        {
            var expected = antlrMessage[(expecting + " expecting ".Length)..];
            return expected.Count(c => c == ',') <= 6
                ? $"syntax error: unexpected {found}, expecting {expected.Replace("<EOF>", "end of file")}"
                : $"syntax error: unexpected {found}";
        }
        if (antlrMessage.StartsWith("missing ", StringComparison.Ordinal))
        {
            return $"syntax error: {antlrMessage.Replace("<EOF>", "end of file")}";
        }
        return $"syntax error: unexpected {found}";
    }
}

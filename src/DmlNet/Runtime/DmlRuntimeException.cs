using DmlNet.Syntax;

namespace DmlNet.Runtime;

/// <summary>An error while running a script; <see cref="Span"/> is the DML statement or expression when known.</summary>
public sealed class DmlRuntimeException : Exception
{
    /// <summary>Creates an error without a location (the interpreter adds the current statement's).</summary>
    public DmlRuntimeException(string message) : base(message)
    {
    }

    /// <summary>Creates an error at a DML location.</summary>
    public DmlRuntimeException(string message, SourceSpan span, Exception? inner = null) : base(message, inner) => Span = span;

    /// <summary>Where in the script the error happened, or null.</summary>
    public SourceSpan? Span { get; }
}

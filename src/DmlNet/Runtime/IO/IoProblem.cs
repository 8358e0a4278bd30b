namespace DmlNet.Runtime.IO;

/// <summary>The kinds of problems with the settings of a read() or write() call.</summary>
public enum IoProblemKind
{
    /// <summary>A value that is not allowed (unknown format, negative size, malformed .mtd value).</summary>
    InvalidValue,

    /// <summary>An argument and the .mtd file (or the data file's own header) disagree.</summary>
    Conflict,

    /// <summary>An option given for a format or data type it does not belong to.</summary>
    NotApplicable,

    /// <summary>A format that needs rows and cols (text, binary) without them.</summary>
    MissingDimensions,
}

/// <summary>
/// One problem found while resolving read()/write() settings: the compiler reports it as a
/// diagnostic at <see cref="Argument"/> (the call when null), the runtime raises it as an error.
/// </summary>
public sealed record IoProblem(IoProblemKind Kind, string? Argument, string Message);

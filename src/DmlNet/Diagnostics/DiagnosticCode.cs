namespace DmlNet.Diagnostics;

/// <summary>
/// The stable codes of all diagnostics. DML1xxx: syntax; DML2xxx: names and imports;
/// DML3xxx: calls and types; DML4xxx: shapes. docs/diagnostics.md explains each.
/// </summary>
public static class DiagnosticCode
{
    /// <summary>The parser found a token it did not expect.</summary>
    public const string SyntaxError = "DML1001";
    /// <summary>The lexer found characters that form no token.</summary>
    public const string InvalidToken = "DML1002";
    /// <summary>A numeric literal that cannot be converted (e.g. <c>5L</c>, or beyond 64 bits).</summary>
    public const string InvalidNumber = "DML1003";
    /// <summary>The file could not be read or is not text.</summary>
    public const string UnreadableFile = "DML1004";
    /// <summary>A function definition inside a block.</summary>
    public const string NestedFunction = "DML1005";

    /// <summary><c>source()</c> names a file found nowhere on the module search path.</summary>
    public const string SourceNotFound = "DML2001";
    /// <summary>Files source each other in a cycle.</summary>
    public const string ImportCycle = "DML2002";
    /// <summary>One namespace bound to two different files.</summary>
    public const string DuplicateNamespace = "DML2003";
    /// <summary><c>ns::f</c> with no <c>source(...) as ns</c>.</summary>
    public const string UnknownNamespace = "DML2004";
    /// <summary>Two functions of the same name in one namespace.</summary>
    public const string DuplicateFunction = "DML2005";
    /// <summary>A call of a function that is neither a builtin nor defined.</summary>
    public const string UndefinedFunction = "DML2006";
    /// <summary>A variable read before any assignment.</summary>
    public const string UndefinedVariable = "DML2007";
    /// <summary>A variable read that is assigned on some paths only (warning).</summary>
    public const string PossiblyUndefinedVariable = "DML2008";
    /// <summary><c>$name</c> with no value given on the command line.</summary>
    public const string UnboundParameter = "DML2009";
    /// <summary>Assignment to the constants <c>pi</c>, <c>Inf</c>, <c>NaN</c>.</summary>
    public const string AssignToConstant = "DML2010";
    /// <summary><c>externalFunction</c> definitions are parsed but not supported.</summary>
    public const string ExternalFunctionUnsupported = "DML2011";
    /// <summary>A parameter or result name used twice in one function.</summary>
    public const string DuplicateParameter = "DML2012";
    /// <summary>A function with an empty body.</summary>
    public const string EmptyFunctionBody = "DML2013";
    /// <summary>A declared result that the body never assigns (warning).</summary>
    public const string UnassignedOutput = "DML2014";
    /// <summary>An unknown data type or value type in a signature.</summary>
    public const string InvalidType = "DML2015";

    /// <summary>Too many or too few arguments.</summary>
    public const string WrongArgumentCount = "DML3001";
    /// <summary>A named argument the function does not have.</summary>
    public const string UnknownNamedArgument = "DML3002";
    /// <summary>Positional and named arguments mixed where not allowed.</summary>
    public const string MixedArguments = "DML3003";
    /// <summary>A required argument is missing.</summary>
    public const string MissingArgument = "DML3004";
    /// <summary>The same argument given twice.</summary>
    public const string DuplicateArgument = "DML3005";
    /// <summary>Multi-assignment from a function with a different number of outputs.</summary>
    public const string OutputCountMismatch = "DML3006";
    /// <summary>An operand or argument of the wrong data or value type.</summary>
    public const string TypeMismatch = "DML3007";
    /// <summary>A predicate that is not a scalar.</summary>
    public const string PredicateNotScalar = "DML3008";
    /// <summary><c>&amp;&amp;</c> or <c>||</c>.</summary>
    public const string ShortCircuitOperator = "DML3009";
    /// <summary>A variable's data type changes inside a branch or loop body only.</summary>
    public const string ConditionalDataTypeChange = "DML3010";
    /// <summary>A loop header that is neither <c>a:b</c> nor <c>seq(...)</c>.</summary>
    public const string InvalidLoopRange = "DML3011";
    /// <summary>A user-defined function called where DML does not allow it (while predicates, loop bounds).</summary>
    public const string CallNotAllowedHere = "DML3012";
    /// <summary>A malformed <c>print</c> format call.</summary>
    public const string InvalidPrintFormat = "DML3013";
    /// <summary>An unknown parfor option or value.</summary>
    public const string InvalidParForOption = "DML3014";
    /// <summary>Indexing something that is not a matrix, frame or list.</summary>
    public const string NotIndexable = "DML3015";
    /// <summary>A bracket list outside a shape argument.</summary>
    public const string MisplacedListLiteral = "DML3016";
    /// <summary>A function without outputs used as a value.</summary>
    public const string NoValue = "DML3017";
    /// <summary>A value out of the allowed range for a builtin argument.</summary>
    public const string InvalidArgumentValue = "DML3018";
    /// <summary>A parfor loop whose iterations may depend on each other (with check=1).</summary>
    public const string ParForDependency = "DML3019";

    /// <summary><c>%*%</c> with known, non-matching inner dimensions.</summary>
    public const string MatrixMultiplyShape = "DML4001";
    /// <summary>A cell-wise operation on incompatible known shapes.</summary>
    public const string ElementwiseShape = "DML4002";
    /// <summary><c>cbind</c>/<c>rbind</c> with mismatching known rows/columns.</summary>
    public const string BindShape = "DML4003";
    /// <summary>A constant index outside the known dimensions.</summary>
    public const string IndexOutOfBounds = "DML4004";
    /// <summary>Left-indexing with a right side of another known shape.</summary>
    public const string LeftIndexShape = "DML4005";
    /// <summary>A builtin's shape requirement (square, vector, cell count...) violated.</summary>
    public const string ShapeRequirement = "DML4006";

    /// <summary>A .mtd metadata file next to a constant read() path that is malformed or has an unknown key.</summary>
    public const string InvalidMetadata = "DML5001";
    /// <summary>A read() argument that contradicts the .mtd file or the Matrix Market size line.</summary>
    public const string MetadataConflict = "DML5002";
    /// <summary>A text or binary matrix read without rows and cols in the arguments or the .mtd file.</summary>
    public const string MissingDimensions = "DML5003";
}

using DmlNet.Diagnostics;
using DmlNet.Syntax;
using static DmlNet.Semantics.Builtins.BuiltinRules;

namespace DmlNet.Semantics.Builtins;

/// <summary>read, readMM, write, print, stop, assert (reference §5.10, §8).</summary>
internal static class IoBuiltins
{
    /// <summary>Adds this category's entries.</summary>
    public static void Register(List<BuiltinFunction> entries)
    {
        entries.Add(new BuiltinFunction("read",
            "path, format=?, data_type=\"matrix\", value_type=\"double\", rows=?, cols=?, nnz=?, rows_in_block=?, cols_in_block=?, " +
            "header=?, sep=?, fill=?, default=?, naStrings=?, schema=?, indSep=?, dataset=?", One(call => ReadWriteRules.Read(call, null)),
            "A matrix, frame, scalar or list read from a file (metadata from the arguments and path.mtd)."));
        entries.Add(new BuiltinFunction("readMM", "path", One(call => ReadWriteRules.Read(call, "mm")),
            "A matrix read from a Matrix Market file (read with format=\"mm\")."));
        entries.Add(new BuiltinFunction("write",
            "x, path, format=\"text\", header=?, sep=?, sparse=?, description=?, rows_in_block=?, cols_in_block=?, indSep=?", ReadWriteRules.Write,
            "Writes a value to a file plus its .mtd metadata file.") { MinOutputs = 0, MaxOutputs = 0 });
        entries.Add(new BuiltinFunction("print", "value, ...arguments", Print,
            "Prints a value and a newline, or formats the arguments with a literal Java format string.")
            { MinOutputs = 0, MaxOutputs = 0 });
        entries.Add(new BuiltinFunction("stop", "message=\"\"", Nothing, "Aborts the script with the message (\"Stop Called\" when none).") { MinOutputs = 0, MaxOutputs = 0 });
        entries.Add(new BuiltinFunction("assert", "condition", call =>
        {
            RequireScalar(call, "condition");
            return [];
        }, "Aborts the script with \"assertion failed\" when the condition is false.") { MinOutputs = 0, MaxOutputs = 0 });
    }

    /// <summary>
    /// print: with more than one argument the first is a format and must be a string literal. The
    /// first argument is a named parameter (not part of the variadic one) so errors point at it.
    /// </summary>
    private static TypeInfo[] Print(BuiltinCall call)
    {
        if (call.Rest.Count > 0 && call.Expression("value") is not StringLiteral)
        {
            call.Error(DiagnosticCode.InvalidPrintFormat,
                $"print() with {call.Rest.Count + 1} arguments needs a string literal format first, e.g. print(\"%d items\", n)", "value");
        }
        return [];
    }
}

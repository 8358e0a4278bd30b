using DmlNet.Diagnostics;
using DmlNet.Syntax;

namespace DmlNet.Semantics;

/// <summary>Builds a module's function table from its top-level definitions, checking signatures.</summary>
internal static class FunctionTable
{
    /// <summary>Fills <see cref="Module.Functions"/>; reports duplicates, bad signatures and externalFunction.</summary>
    public static void Build(Module module, DiagnosticBag diagnostics)
    {
        foreach (var statement in module.Syntax.Statements)
        {
            switch (statement)
            {
                case FunctionDefinition definition:
                    CheckNames(definition.Name, definition.Parameters, diagnostics);
                    CheckNames(definition.Name, definition.Results, diagnostics);
                    var symbol = new FunctionSymbol(module, definition,
                        definition.Parameters.Select(p => DeclaredTypes.Resolve(p.Type, diagnostics)).ToList(),
                        definition.Results.Select(p => DeclaredTypes.Resolve(p.Type, diagnostics)).ToList());
                    if (!module.Functions.TryAdd(definition.Name, symbol))
                    {
                        var first = module.Functions[definition.Name].Definition.Span;
                        diagnostics.Error(DiagnosticCode.DuplicateFunction, definition.Span,
                            $"function '{definition.Name}' is already defined at line {first.Line}");
                    }
                    break;
                case ExternalFunctionDefinition external:
                    diagnostics.Error(DiagnosticCode.ExternalFunctionUnsupported, external.Span,
                        $"externalFunction '{external.Name}' is not supported by DmlNet; write the function in DML");
                    break;
            }
        }
    }

    /// <summary>Reports a name used twice among the parameters (or among the results); a result may reuse a parameter's name.</summary>
    private static void CheckNames(string function, IEnumerable<Parameter> parameters, DiagnosticBag diagnostics)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var parameter in parameters)
        {
            if (!seen.Add(parameter.Name))
            {
                diagnostics.Error(DiagnosticCode.DuplicateParameter, parameter.Span,
                    $"'{parameter.Name}' is declared twice in the signature of '{function}'");
            }
        }
    }
}

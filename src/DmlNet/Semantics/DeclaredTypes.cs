using DmlNet.Diagnostics;
using DmlNet.Syntax;

namespace DmlNet.Semantics;

/// <summary>Turns signature types such as <c>matrix[double]</c> or <c>int</c> into <see cref="TypeInfo"/>.</summary>
internal static class DeclaredTypes
{
    /// <summary>The type declared by <paramref name="type"/>; reports unknown type names.</summary>
    public static TypeInfo Resolve(TypeSyntax type, DiagnosticBag diagnostics)
    {
        var valueType = type.ValueType switch
        {
            "int" or "integer" or "Int" or "Integer" => ValueType.Int,
            "double" or "Double" => ValueType.Double,
            "string" or "String" => ValueType.String,
            "boolean" or "Boolean" => ValueType.Boolean,
            _ => ValueType.Unknown,
        };
        if (type.DataType is null)
        {
            return new TypeInfo(DataType.Scalar, valueType);
        }
        switch (type.DataType)
        {
            case "matrix" or "Matrix":
                return new TypeInfo(DataType.Matrix, ValueType.Double);
            case "frame" or "Frame":
                return new TypeInfo(DataType.Frame, valueType);
            case "list" or "List":
                return new TypeInfo(DataType.List, valueType);
            case "scalar" or "Scalar":
                return new TypeInfo(DataType.Scalar, valueType);
            default:
                diagnostics.Error(DiagnosticCode.InvalidType, type.Span,
                    $"unknown data type '{type.DataType}' (expected matrix, frame, list or scalar)");
                return TypeInfo.Unknown;
        }
    }
}

using DmlNet.Plan;
using DmlNet.Runtime.Data;
using DmlNet.Runtime.Operations;

namespace DmlNet.Runtime.Builtins;

/// <summary>Typed access to builtin arguments by parameter name, with defaults and clear errors.</summary>
public static class ArgumentAccess
{
    /// <summary>A required matrix argument.</summary>
    public static MatrixBlock Matrix(this OperationArguments args, string name) =>
        args.Get(name) is { } value ? OperatorOperations.Matrix(value, $"argument '{name}'") : throw Missing(name);

    /// <summary>A required scalar argument.</summary>
    public static ScalarValue Scalar(this OperationArguments args, string name) => args.Get(name) switch
    {
        ScalarValue s => s,
        null => throw Missing(name),
        var other => throw new DmlRuntimeException($"argument '{name}' must be a scalar, got a {OperatorOperations.Kind(other)}"),
    };

    /// <summary>An optional int argument.</summary>
    public static long Long(this OperationArguments args, string name, long fallback) =>
        args.Get(name) is null ? fallback : args.Scalar(name).AsLong();

    /// <summary>An optional double argument.</summary>
    public static double Double(this OperationArguments args, string name, double fallback) =>
        args.Get(name) is null ? fallback : args.Scalar(name).AsDouble();

    /// <summary>An optional boolean argument.</summary>
    public static bool Boolean(this OperationArguments args, string name, bool fallback) =>
        args.Get(name) is null ? fallback : args.Scalar(name).AsBoolean();

    /// <summary>An optional string argument.</summary>
    public static string String(this OperationArguments args, string name, string fallback) =>
        args.Get(name) is null ? fallback : Formatting.ScalarFormat.ToString(args.Scalar(name));

    /// <summary>A dimension argument: a non-negative int that fits a matrix block.</summary>
    public static int Dimension(this OperationArguments args, string name, long fallback)
    {
        var value = args.Long(name, fallback);
        return value is >= 0 and <= int.MaxValue
            ? (int)value
            : throw new DmlRuntimeException($"argument '{name}' must be a dimension between 0 and {int.MaxValue}, got {value}");
    }

    private static DmlRuntimeException Missing(string name) => new($"missing argument '{name}'");
}

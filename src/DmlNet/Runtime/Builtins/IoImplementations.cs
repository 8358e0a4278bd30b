using DmlNet.Plan;
using DmlNet.Runtime.Data;
using DmlNet.Runtime.IO;
using ValueType = DmlNet.Semantics.ValueType;

namespace DmlNet.Runtime.Builtins;

/// <summary>read, readMM and write (reference §8): the path resolved against the working directory, then <see cref="DataFiles"/>.</summary>
internal static class IoImplementations
{
    /// <summary>Adds this category's implementations.</summary>
    public static void Register(Dictionary<string, Operation> map)
    {
        map["read"] = args => [DataFiles.Read(Path(args), Arguments(args, "path"))];
        map["readMM"] = args =>
        {
            var arguments = Arguments(args, "path");
            arguments["format"] = "mm";
            return [DataFiles.Read(Path(args), arguments)];
        };
        map["write"] = args =>
        {
            DataFiles.Write(args[0], Path(args), Arguments(args, "x", "path"));
            return [];
        };
    }

    private static string Path(OperationArguments args) => args.Context.ResolvePath(args.String("path", ""));

    /// <summary>The call's arguments except <paramref name="skipped"/>, as .NET values (long, double, bool, string).</summary>
    private static Dictionary<string, object?> Arguments(OperationArguments args, params string[] skipped)
    {
        var arguments = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (var i = 0; i < args.Names.Count; i++)
        {
            var name = args.Names[i];
            if (skipped.Contains(name) || args.Values[i] is null)
            {
                continue;
            }
            arguments[name] = args.Scalar(name) switch
            {
                { ValueType: ValueType.Int } s => s.Long,
                { ValueType: ValueType.Boolean } s => s.AsBoolean(),
                { ValueType: ValueType.String } s => s.Text,
                var s => s.AsDouble(),
            };
        }
        return arguments;
    }
}

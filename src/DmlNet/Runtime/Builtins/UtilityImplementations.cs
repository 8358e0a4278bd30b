using System.Diagnostics;
using DmlNet.Plan;
using DmlNet.Runtime.Data;
using DmlNet.Runtime.Formatting;

namespace DmlNet.Runtime.Builtins;

/// <summary>toString, exists, time and seed (reference §7.10).</summary>
internal static class UtilityImplementations
{
    /// <summary>Adds this category's implementations.</summary>
    public static void Register(Dictionary<string, Operation> map)
    {
        map["toString"] = args => [ScalarValue.Of(ValueText.Of(args.Get("target")
            ?? throw new DmlRuntimeException("toString() needs a value to show"), Layout(args)))];
        map["exists"] = args => [ScalarValue.Of(args.Context.Variables.Find(args.String("x", "")) is not null)];
        map["time"] = _ => [ScalarValue.Of(NanoTime())];
        map["seed"] = args => [ScalarValue.Of(args.Context.Seeds.Next())];
    }

    /// <summary>The toString options; negative rows or cols show all of them, as in SystemDS.</summary>
    private static TextLayout Layout(OperationArguments args)
    {
        var defaults = TextLayout.Default;
        return new TextLayout(
            (int)Math.Clamp(args.Long("rows", defaults.Rows), int.MinValue, int.MaxValue),
            (int)Math.Clamp(args.Long("cols", defaults.Columns), int.MinValue, int.MaxValue),
            (int)Math.Clamp(args.Long("decimal", defaults.Decimal), -1, 340),
            args.Boolean("sparse", defaults.Sparse),
            args.String("sep", defaults.Separator),
            args.String("linesep", defaults.LineSeparator));
    }

    /// <summary>A monotonic clock in nanoseconds, like Java's <c>System.nanoTime()</c> (only differences are meaningful).</summary>
    private static long NanoTime() => (long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency));
}

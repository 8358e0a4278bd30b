using System.Diagnostics;
using System.Globalization;

namespace DmlNet.Bench;

/// <summary>Runs bench/reference/numpy_ops.py for the cases of one benchmark run and reads its timings.</summary>
internal static class NumPyReference
{
    /// <summary>Median, min and max seconds by reference case (<c>name:k=v,...</c>); empty when Python cannot run.</summary>
    public static IReadOnlyDictionary<string, Timing> Measure(string python, string script, IEnumerable<string> cases, int runs,
        int threads, string coreType)
    {
        var start = new ProcessStartInfo(python) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { script, "--reps", $"{runs}", "--threads", $"{threads}", "--coretype", coreType }.Concat(cases))
        {
            start.ArgumentList.Add(argument);
        }
        var results = new Dictionary<string, Timing>(StringComparer.Ordinal);
        try
        {
            using var process = Process.Start(start)!;
            while (process.StandardOutput.ReadLine() is { } line)
            {
                var fields = line.Split(' ');
                if (fields.Length == 4)
                {
                    results[fields[0]] = new Timing(Parse(fields[1]), Parse(fields[2]), Parse(fields[3]));
                }
            }
            process.WaitForExit();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Console.Error.WriteLine($"NumPy reference not run ({python}: {e.Message})");
        }
        return results;
    }

    private static double Parse(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}

/// <summary>Median, fastest and slowest time of several runs, in seconds.</summary>
internal readonly record struct Timing(double Median, double Min, double Max)
{
    /// <summary>The summary of a list of run times.</summary>
    public static Timing Of(List<double> seconds)
    {
        seconds.Sort();
        return new Timing(seconds[seconds.Count / 2], seconds[0], seconds[^1]);
    }
}

using System.Diagnostics;

namespace DmlNet.Tests.Support;

/// <summary>Runs the built dmlc tool (dmlc.dll beside the test assembly) as a child process.</summary>
public static class DmlcProcess
{
    /// <summary>The result of one run.</summary>
    public sealed record Result(int ExitCode, string StandardOutput, string StandardError);

    /// <summary>Runs dmlc with the arguments in <paramref name="workingDirectory"/> (default: a temporary folder).</summary>
    public static Result Run(string? workingDirectory, params string[] arguments) => RunWithInput(workingDirectory, null, arguments);

    /// <summary>Runs dmlc with <paramref name="input"/> on its standard input (closed afterwards).</summary>
    public static Result RunWithInput(string? workingDirectory, string? input, params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = input is not null,
            WorkingDirectory = workingDirectory ?? Path.GetTempPath(),
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "dmlc.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        if (input is not null)
        {
            process.StandardInput.Write(input);
            process.StandardInput.Close();
        }
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new Result(process.ExitCode, output.Result, error.Result);
    }
}

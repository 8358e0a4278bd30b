using System.CommandLine;
using DmlNet.Cli;

var root = new RootCommand("dmlc: compile and check DML (SystemDS-compatible) scripts with DmlNet.");
root.Add(CheckCommand.Create());
var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine($"dmlc: {error.Message}");
    }
    Console.Error.WriteLine("Try 'dmlc --help'.");
    return ExitCodes.Usage;
}
return parsed.Invoke();

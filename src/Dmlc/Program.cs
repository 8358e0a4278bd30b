using System.CommandLine;
using DmlNet.Cli;

var root = new RootCommand("dmlc: check, run and explore DML (SystemDS-compatible) scripts with DmlNet.");
root.Add(CheckCommand.Create());
root.Add(RunCommand.Create());
root.Add(ReplCommand.Create());
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

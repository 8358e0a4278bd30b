using System.CommandLine;
using DmlNet.Api;
using DmlNet.Plan;
using DmlNet.Runtime.Data;

namespace DmlNet.Cli;

/// <summary>
/// <c>dmlc repl</c>: runs statements as they are typed. Variables and functions persist, blocks may
/// span lines, errors do not end the session. Commands: <c>:vars</c>, <c>:explain [hops|runtime]</c>,
/// <c>:history</c>, <c>:quit</c>.
/// </summary>
internal static class ReplCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var common = new CommonOptions();
        var command = new Command("repl", "An interactive DML session: statements run as they are typed.");
        common.AddTo(command);
        command.SetAction(result =>
        {
            var options = common.Build(result, out var error);
            if (error is not null)
            {
                Console.Error.WriteLine($"dmlc: {error}");
                return ExitCodes.Usage;
            }
            return Run(new InteractiveSession(options, Console.Out, Console.Out));
        });
        return command;
    }

    private static int Run(InteractiveSession session)
    {
        var interactive = !Console.IsInputRedirected;
        var editor = new LineEditor(interactive ? LineEditor.DefaultHistoryFile() : null);
        if (interactive)
        {
            Console.WriteLine("DmlNet REPL. Type DML statements; :vars, :explain, :history, :quit.");
        }
        while (true)
        {
            var line = interactive ? editor.ReadLine("dml> ") : Console.In.ReadLine();
            if (line is null)
            {
                return ExitCodes.Success;
            }
            var text = line;
            while (InteractiveSession.NeedsMoreInput(text))
            {
                var more = interactive ? editor.ReadLine("...> ") : Console.In.ReadLine();
                if (more is null)
                {
                    break;
                }
                text += "\n" + more;
            }
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }
            editor.Remember(text);
            if (text.TrimStart().StartsWith(':'))
            {
                if (!Command(session, editor, text.Trim()))
                {
                    return ExitCodes.Success;
                }
                continue;
            }
            session.Submit(text);
        }
    }

    /// <summary>Runs a colon command; false for :quit.</summary>
    private static bool Command(InteractiveSession session, LineEditor editor, string command)
    {
        var parts = command.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        switch (parts[0])
        {
            case ":quit" or ":q" or ":exit":
                return false;
            case ":vars":
                foreach (var (name, value) in session.Variables)
                {
                    Console.WriteLine($"{name}: {Describe(value)}");
                }
                break;
            case ":explain":
                var level = parts.Length > 1 && parts[1] == "hops" ? ExplainPrinter.Level.Hops : ExplainPrinter.Level.Runtime;
                Console.Write(session.LastProgram is null ? "nothing compiled yet\n" : ExplainPrinter.Print(session.LastProgram, level));
                break;
            case ":history":
                foreach (var entry in editor.History)
                {
                    Console.WriteLine(entry);
                }
                break;
            default:
                Console.WriteLine($"unknown command {parts[0]} (known: :vars, :explain [hops|runtime], :history, :quit)");
                break;
        }
        return true;
    }

    private static string Describe(DmlValue value) => value switch
    {
        ScalarValue s => $"scalar {s.ValueType.ToString().ToLowerInvariant()} = {Runtime.Formatting.ScalarFormat.ToString(s)}",
        MatrixValue m => $"matrix {m.Block.Rows} x {m.Block.Columns}{(m.Block.IsSparse ? " (sparse)" : "")}",
        ListValue l => $"list of {l.Elements.Count}",
        _ => value.DataType.ToString().ToLowerInvariant(),
    };
}

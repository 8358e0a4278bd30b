using System.Text;

namespace DmlNet.Cli;

/// <summary>
/// A small console line editor for the REPL: cursor keys, Home/End, Backspace/Delete, and history
/// on Up/Down. With a history file the history survives sessions (the last 1000 inputs).
/// </summary>
internal sealed class LineEditor
{
    private const int KeptEntries = 1000;
    private readonly List<string> history = [];
    private readonly string? historyFile;

    /// <summary>An editor whose history is loaded from and appended to <paramref name="historyFile"/> (null: this session only).</summary>
    public LineEditor(string? historyFile = null)
    {
        this.historyFile = historyFile;
        if (historyFile is not null && File.Exists(historyFile))
        {
            history.AddRange(File.ReadAllLines(historyFile).Select(Decode).TakeLast(KeptEntries));
        }
    }

    /// <summary>Earlier inputs, oldest first.</summary>
    public IReadOnlyList<string> History => history;

    /// <summary>The history file of interactive sessions: <c>DMLNET_HISTORY</c>, else <c>~/.dmlnet_history</c>.</summary>
    public static string DefaultHistoryFile() => Environment.GetEnvironmentVariable("DMLNET_HISTORY")
        ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".dmlnet_history");

    /// <summary>Adds an input to the history (and to the history file, when there is one).</summary>
    public void Remember(string text)
    {
        if (history.Count > 0 && history[^1] == text)
        {
            return;
        }
        history.Add(text);
        if (historyFile is not null)
        {
            try
            {
                File.AppendAllLines(historyFile, [Encode(text)]);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"dmlc: cannot write the history file {historyFile}: {e.Message}");
            }
        }
    }

    /// <summary>One line per entry: multi-line inputs keep their line breaks as <c>\n</c> (and backslashes doubled).</summary>
    private static string Encode(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    private static string Decode(string line)
    {
        var text = new StringBuilder(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\' && i + 1 < line.Length)
            {
                text.Append(line[++i] == 'n' ? '\n' : line[i]);
            }
            else
            {
                text.Append(line[i]);
            }
        }
        return text.ToString();
    }

    /// <summary>Reads a line with editing; null at end of input (Ctrl+D on an empty line).</summary>
    public string? ReadLine(string prompt)
    {
        Console.Write(prompt);
        var buffer = new StringBuilder();
        var cursor = 0;
        var recall = history.Count;
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            switch (key.Key)
            {
                case ConsoleKey.Enter:
                    Console.WriteLine();
                    return buffer.ToString();
                case ConsoleKey.D when key.Modifiers.HasFlag(ConsoleModifiers.Control) && buffer.Length == 0:
                    Console.WriteLine();
                    return null;
                case ConsoleKey.Backspace when cursor > 0:
                    buffer.Remove(--cursor, 1);
                    break;
                case ConsoleKey.Delete when cursor < buffer.Length:
                    buffer.Remove(cursor, 1);
                    break;
                case ConsoleKey.LeftArrow when cursor > 0:
                    cursor--;
                    break;
                case ConsoleKey.RightArrow when cursor < buffer.Length:
                    cursor++;
                    break;
                case ConsoleKey.Home:
                    cursor = 0;
                    break;
                case ConsoleKey.End:
                    cursor = buffer.Length;
                    break;
                case ConsoleKey.UpArrow when recall > 0:
                    buffer.Clear().Append(history[--recall].Replace('\n', ' '));
                    cursor = buffer.Length;
                    break;
                case ConsoleKey.DownArrow when recall < history.Count:
                    recall++;
                    buffer.Clear().Append(recall < history.Count ? history[recall].Replace('\n', ' ') : "");
                    cursor = buffer.Length;
                    break;
                default:
                    if (!char.IsControl(key.KeyChar))
                    {
                        buffer.Insert(cursor++, key.KeyChar);
                    }
                    break;
            }
            Redraw(prompt, buffer, cursor);
        }
    }

    private static void Redraw(string prompt, StringBuilder buffer, int cursor)
    {
        Console.Write("\r" + prompt + buffer + " \u001b[K");
        Console.Write("\r\u001b[" + (prompt.Length + cursor) + "C");
    }
}

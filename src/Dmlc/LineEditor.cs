using System.Text;

namespace DmlNet.Cli;

/// <summary>A small console line editor for the REPL: cursor keys, Home/End, Backspace/Delete, and history on Up/Down.</summary>
internal sealed class LineEditor
{
    private readonly List<string> history = [];

    /// <summary>Earlier inputs, oldest first.</summary>
    public IReadOnlyList<string> History => history;

    /// <summary>Adds an input to the history.</summary>
    public void Remember(string text)
    {
        if (history.Count == 0 || history[^1] != text)
        {
            history.Add(text);
        }
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

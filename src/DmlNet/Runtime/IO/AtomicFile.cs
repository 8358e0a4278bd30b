namespace DmlNet.Runtime.IO;

/// <summary>
/// Writes files so a failed run never leaves a half-written output: the content goes to a
/// temporary file in the target folder (created when missing), which is renamed over the target
/// only when complete.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="path"/> through <paramref name="write"/>; on any error the target is left untouched.</summary>
    public static void Write(string path, Action<Stream> write) => WriteAll([(path, write)]);

    /// <summary>Writes text (UTF-8, no byte order mark) atomically.</summary>
    public static void WriteText(string path, Action<TextWriter> write) => Write(path, Text(write));

    /// <summary>
    /// Writes several files (a data file and its .mtd): every content is complete in its temporary
    /// file before the first rename, so an error while producing any of them leaves all targets untouched.
    /// </summary>
    public static void WriteAll(IReadOnlyList<(string Path, Action<Stream> Write)> files)
    {
        var temporaries = new List<(string Temporary, string Target)>();
        try
        {
            foreach (var (path, write) in files)
            {
                var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
                Directory.CreateDirectory(folder);
                var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
                temporaries.Add((temporary, path));
                using var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
                write(stream);
            }
            foreach (var (temporary, target) in temporaries)
            {
                File.Move(temporary, target, overwrite: true);
            }
        }
        finally
        {
            foreach (var (temporary, _) in temporaries)
            {
                if (File.Exists(temporary))
                {
                    File.Delete(temporary);
                }
            }
        }
    }

    /// <summary>A stream writer for text content: UTF-8 without byte order mark, <c>\n</c> line ends.</summary>
    public static Action<Stream> Text(Action<TextWriter> write) => stream =>
    {
        using var writer = new System.IO.StreamWriter(stream, new System.Text.UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        write(writer);
    };
}

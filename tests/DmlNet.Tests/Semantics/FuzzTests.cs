using System.Text;
using DmlNet.Semantics;
using DmlNet.Tests.Support;

namespace DmlNet.Tests.Semantics;

/// <summary>
/// Randomised robustness: mutated versions of the corpus (bytes deleted, duplicated, swapped,
/// replaced by random characters) must end with diagnostics, never with an exception.
/// </summary>
public class FuzzTests
{
    private const string Alphabet = "()[]{},;:=<-+*/%^!&|$#\"'\\. \n\t0123456789eEabcXYZ_:@?~\0\u00e9";

    [Fact]
    public void MutatedScriptsNeverCrashTheFrontEnd()
    {
        var corpus = Directory.GetFiles(Repository.PathOf("tests", "scripts", "corpus"), "*.dml")
            .Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        Assert.NotEmpty(corpus);
        var random = new Random(20261124);
        var options = new CompilationOptions { WorkingDirectory = Repository.PathOf("tests", "scripts", "corpus") };
        for (var i = 0; i < 600; i++)
        {
            var text = Mutate(corpus[random.Next(corpus.Count)], random);
            var exception = Record.Exception(() => Compilation.FromText(text, options, "fuzz.dml"));
            Assert.True(exception is null, $"mutation {i} crashed: {exception}\n--- script ---\n{text}");
        }
    }

    [Fact]
    public void RandomBytesNeverCrashTheFrontEnd()
    {
        var random = new Random(7);
        var options = new CompilationOptions();
        for (var i = 0; i < 200; i++)
        {
            var bytes = new byte[random.Next(0, 400)];
            random.NextBytes(bytes);
            var text = Encoding.UTF8.GetString(bytes);
            var exception = Record.Exception(() => Compilation.FromText(text, options, "bytes.dml"));
            Assert.Null(exception);
        }
    }

    /// <summary>Applies 1 to 8 random edits.</summary>
    private static string Mutate(string text, Random random)
    {
        var builder = new StringBuilder(text);
        var edits = random.Next(1, 9);
        for (var e = 0; e < edits && builder.Length > 1; e++)
        {
            var at = random.Next(builder.Length);
            switch (random.Next(4))
            {
                case 0:
                    builder.Remove(at, Math.Min(random.Next(1, 12), builder.Length - at));
                    break;
                case 1:
                    builder.Insert(at, Alphabet[random.Next(Alphabet.Length)]);
                    break;
                case 2:
                    var length = Math.Min(random.Next(1, 30), builder.Length - at);
                    builder.Insert(random.Next(builder.Length), builder.ToString(at, length));
                    break;
                default:
                    builder[at] = Alphabet[random.Next(Alphabet.Length)];
                    break;
            }
        }
        return builder.ToString();
    }
}

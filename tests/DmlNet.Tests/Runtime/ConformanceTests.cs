using DmlNet.Tests.Support;

namespace DmlNet.Tests.Runtime;

/// <summary>
/// The conformance suite: every tests/scripts/conformance/NAME.dml runs and must print exactly
/// NAME.expected. A script that must fail has NAME.error instead, holding text the error message
/// must contain (and the expected output before the failure, if any, in NAME.expected).
/// Every script gets <c>$tmp</c>: a fresh temporary folder for the files it writes, deleted afterwards.
/// </summary>
public class ConformanceTests
{
    private static readonly string Folder = Repository.PathOf("tests", "scripts", "conformance");

    /// <summary>The conformance scripts.</summary>
    public static TheoryData<string> Scripts() => Repository.ScriptNamesIn(Folder);

    [Theory]
    [MemberData(nameof(Scripts))]
    public void ScriptPrintsTheExpectedOutput(string name)
    {
        var stem = Path.Combine(Folder, Path.GetFileNameWithoutExtension(name));
        using var temporary = new TempFolder();
        var outcome = ScriptHost.RunFile(name, Folder, new Dictionary<string, string> { ["tmp"] = temporary.Path });
        var expectedError = File.Exists(stem + ".error") ? File.ReadAllText(stem + ".error").Trim() : null;
        if (expectedError is null)
        {
            Assert.True(outcome.Error is null, $"unexpected error: {outcome.Error}\noutput so far:\n{outcome.Output}");
            Assert.Equal(File.ReadAllText(stem + ".expected"), outcome.Output);
        }
        else
        {
            Assert.NotNull(outcome.Error);
            Assert.Contains(expectedError, outcome.Error);
            if (File.Exists(stem + ".expected"))
            {
                Assert.Equal(File.ReadAllText(stem + ".expected"), outcome.Output);
            }
        }
    }
}

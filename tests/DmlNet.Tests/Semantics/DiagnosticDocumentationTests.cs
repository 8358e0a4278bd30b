using System.Reflection;
using DmlNet.Diagnostics;
using DmlNet.Tests.Support;

namespace DmlNet.Tests.Semantics;

/// <summary>docs/diagnostics.md documents every diagnostic code.</summary>
public class DiagnosticDocumentationTests
{
    [Fact]
    public void EveryCodeIsDocumented()
    {
        var documentation = File.ReadAllText(Repository.PathOf("docs", "diagnostics.md"));
        var codes = typeof(DiagnosticCode).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (Name: f.Name, Code: (string)f.GetValue(null)!)).ToList();
        Assert.Equal(codes.Count, codes.Select(c => c.Code).Distinct().Count());
        Assert.All(codes, c => Assert.Contains($"| {c.Code} | {c.Name} |", documentation));
    }
}

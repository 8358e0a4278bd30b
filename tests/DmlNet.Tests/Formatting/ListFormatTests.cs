using DmlNet.Runtime.Data;
using DmlNet.Runtime.Formatting;

namespace DmlNet.Tests.Formatting;

/// <summary>
/// toString of lists as SystemDS's DataConverter writes them: "List containing:\n[", the elements
/// joined by ", " (matrices after a "\nMatrix:\n" line, nested lists recursively, scalars as
/// print shows them), then "]". Names are not shown.
/// </summary>
public class ListFormatTests
{
    private static ListValue List(params DmlValue[] elements) => new(elements, elements.Select(_ => (string?)null).ToList());

    [Fact]
    public void ElementsOfEveryKindAreJoinedByCommas()
    {
        var matrix = new MatrixValue(MatrixBlock.FromArray(new double[,] { { 1, 2 } }));
        var list = List(ScalarValue.Of(1.5), ScalarValue.True, ScalarValue.Of("a"), matrix, List(ScalarValue.Of(3L)));
        Assert.Equal("List containing:\n[1.5, TRUE, a, \nMatrix:\n1.000 2.000\n, List containing:\n[3]]", ListFormat.ToString(list));
    }

    [Fact]
    public void NamesAreNotShownAndTheLayoutReachesTheMatrices()
    {
        var matrix = new MatrixValue(MatrixBlock.FromArray(new double[,] { { 1, 0 }, { 0, 2 } }));
        var named = new ListValue([matrix, ScalarValue.Of(2L)], ["m", "n"]);
        Assert.Equal("List containing:\n[\nMatrix:\n1.0,0.0;0.0,2.0;, 2]",
            ListFormat.ToString(named, new TextLayout(Decimal: 1, Separator: ",", LineSeparator: ";")));
    }

    /// <summary>SystemDS deletes the last two characters before the closing bracket, which for an empty list are "\n[".</summary>
    [Fact]
    public void AnEmptyListLosesItsOpeningBracketAsInSystemDs() =>
        Assert.Equal("List containing:]", ListFormat.ToString(List()));
}

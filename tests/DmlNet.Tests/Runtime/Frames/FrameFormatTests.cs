using DmlNet.Runtime.Formatting;
using static DmlNet.Tests.Runtime.Frames.FrameTestData;

namespace DmlNet.Tests.Runtime.Frames;

/// <summary>toString of frames: header, names, schema, then rows with DecimalFormat doubles, TRUE/FALSE and null.</summary>
public class FrameFormatTests
{
    private static readonly DmlNet.Runtime.Frames.FrameBlock Mixed = Frame(
        [["ann", "1.5", "3", "true"], ["bob", null, "-4", "f"], [null, "0.12345", "7", null]],
        "string,double,int,boolean", "name", "score", "n", "ok");

    [Fact]
    public void DefaultLayout()
    {
        Assert.Equal(
            "# FRAME: nrow = 3, ncol = 4\n" +
            "# name score n ok\n" +
            "# STRING FP64 INT64 BOOLEAN\n" +
            "ann 1.500 3 TRUE\n" +
            "bob null -4 FALSE\n" +
            "null 0.123 7 null\n",
            FrameFormat.ToString(Mixed));
    }

    [Fact]
    public void LimitsCutRowsAndColumnsButTheHeaderKeepsTheFullSize()
    {
        var layout = new TextLayout(Rows: 1, Columns: 2);
        Assert.Equal("# FRAME: nrow = 3, ncol = 4\n# name score\n# STRING FP64\nann 1.500\n", FrameFormat.ToString(Mixed, layout));
    }

    [Fact]
    public void SeparatorsAndDecimalsApply()
    {
        var layout = new TextLayout(Decimal: 5, Separator: "|", LineSeparator: ";");
        Assert.Equal("# FRAME: nrow = 3, ncol = 4;#|name|score|n|ok;#|STRING|FP64|INT64|BOOLEAN;"
            + "ann|1.50000|3|TRUE;bob|null|-4|FALSE;null|0.12345|7|null;", FrameFormat.ToString(Mixed, layout));
    }

    [Fact]
    public void DoublesUseHalfEvenAndJavaSpecialValues()
    {
        var frame = Frame([["0.0625"], ["1.0005"], ["-0.0"], ["NaN"], ["-Infinity"], ["1234567"]], "double");
        Assert.Equal("# FRAME: nrow = 6, ncol = 1\n# C1\n# FP64\n0.062\n1.000\n-0.000\nNaN\n-Infinity\n1234567.000\n",
            FrameFormat.ToString(frame));
    }

    [Fact]
    public void EmptyFrameHasOnlyTheHeaderLines()
    {
        var frame = Frame([], "string,int");
        Assert.Equal("# FRAME: nrow = 0, ncol = 2\n# C1 C2\n# STRING INT64\n", FrameFormat.ToString(frame));
    }
}

using DmlNet.Runtime;
using DmlNet.Runtime.Data;
using DmlNet.Runtime.Frames;
using static DmlNet.Tests.Runtime.Frames.FrameTestData;
using ValueType = DmlNet.Semantics.ValueType;

namespace DmlNet.Tests.Runtime.Frames;

/// <summary>The frame block: names, typed cells, slicing, left indexing and binding.</summary>
public class FrameBlockTests
{
    private static readonly FrameBlock People = Frame(
        [["ann", "1.5", "3", "true"], ["bob", null, "-4", "f"], [null, "2", "7", null]], "string,double,int,boolean");

    [Fact]
    public void CellsKeepTheirColumnTypeAndMissingCellsAreNull()
    {
        Assert.Equal([ValueType.String, ValueType.Double, ValueType.Int, ValueType.Boolean], People.Schema);
        Assert.Equal("ann", People.Get(0, 0)!.Text);
        Assert.Equal(1.5, People.Get(0, 1)!.AsDouble());
        Assert.Equal(-4L, People.Get(1, 2)!.Long);
        Assert.Equal(ValueType.Int, People.Get(1, 2)!.ValueType);
        Assert.False(People.Get(1, 3)!.AsBoolean());
        Assert.Null(People.Get(1, 1));
        Assert.Null(People.Get(2, 0));
        Assert.Null(People.Get(2, 3));
    }

    [Fact]
    public void DefaultNamesAreC1ToCn()
    {
        Assert.Equal(["C1", "C2", "C3", "C4"], People.ColumnNames);
        Assert.False(People.HasExplicitNames);
    }

    [Fact]
    public void SliceKeepsTypesAndRenumbersDefaultNames()
    {
        var slice = FrameIndexing.Slice(People, 1, 2, 1, 2);
        Assert.Equal([ValueType.Double, ValueType.Int], slice.Schema);
        Assert.Equal(["C1", "C2"], slice.ColumnNames);
        Assert.Equal([["null", "-4"], ["2.0", "7"]], Texts(slice));
    }

    [Fact]
    public void SliceKeepsExplicitNames()
    {
        var named = Frame([["a", "b", "c"]], null, "x", "y", "z");
        Assert.Equal(["y", "z"], FrameIndexing.Slice(named, 0, 0, 1, 2).ColumnNames);
    }

    [Fact]
    public void SliceOutOfBoundsIsAnError()
    {
        var error = Assert.Throws<DmlRuntimeException>(() => FrameIndexing.Slice(People, 0, 3, 0, 0));
        Assert.Contains("[1:4, 1:1] is out of bounds for a 3 x 4 frame", error.Message);
    }

    [Fact]
    public void LeftIndexReplacesCellsAndWidensTheColumnType()
    {
        var value = Frame([["x", "y"]], "string,string");
        var result = FrameIndexing.LeftIndex(People, 0, 0, 0, 1, value);
        Assert.Equal([ValueType.String, ValueType.String, ValueType.Int, ValueType.Boolean], result.Schema);
        Assert.Equal([["x", "y", "3", "TRUE"], ["bob", "null", "-4", "FALSE"], ["null", "2.0", "7", "null"]], Texts(result));
        Assert.Equal("ann", People.Get(0, 0)!.Text);
    }

    [Fact]
    public void LeftIndexWithAScalarConvertsToTheColumnType()
    {
        var result = FrameIndexing.LeftIndex(People, 2, 1, ScalarValue.Of(3L));
        Assert.Equal(ValueType.Double, result.Columns[1].Type);
        Assert.Equal(3.0, result.Get(2, 1)!.AsDouble());
    }

    [Fact]
    public void LeftIndexNeedsTheSelectedShape()
    {
        var error = Assert.Throws<DmlRuntimeException>(() => FrameIndexing.LeftIndex(People, 0, 1, 0, 0, Frame([["x"]])));
        Assert.Contains("selects 2 x 1 cells but the assigned frame is 1 x 1", error.Message);
    }

    [Fact]
    public void CbindOfDefaultNamedFramesRenumbers()
    {
        var bound = FrameBinding.Columns([Frame([["a"]]), Frame([["b", "c"]])]);
        Assert.Equal(["C1", "C2", "C3"], bound.ColumnNames);
        Assert.Equal([["a", "b", "c"]], Texts(bound));
    }

    [Fact]
    public void CbindWithExplicitNamesConcatenatesTheNames()
    {
        var bound = FrameBinding.Columns([Frame([["a"]], null, "x"), Frame([["b", "c"]])]);
        Assert.Equal(["x", "C1", "C2"], bound.ColumnNames);
    }

    [Fact]
    public void CbindNeedsEqualRows()
    {
        var error = Assert.Throws<DmlRuntimeException>(() => FrameBinding.Columns([Frame([["a"]]), Frame([["b"], ["c"]])]));
        Assert.Contains("same number of rows, got 1 and 2", error.Message);
    }

    [Fact]
    public void RbindUsesTheCommonColumnType()
    {
        var ints = Frame([["1", "true"]], "int,boolean");
        var doubles = Frame([["2.5", "3"]], "double,int");
        var bound = FrameBinding.Rows([ints, doubles]);
        Assert.Equal([ValueType.Double, ValueType.Int], bound.Schema);
        Assert.Equal([["1.0", "1"], ["2.5", "3"]], Texts(bound));
        var withText = FrameBinding.Rows([ints, Frame([["x", "y"]])]);
        Assert.Equal([["1", "true"], ["x", "y"]], Texts(withText));
    }

    [Fact]
    public void CommonTypeOrdersStringOverDoubleOverIntOverBoolean()
    {
        Assert.Equal(ValueType.String, FrameSchema.Common(ValueType.Int, ValueType.String));
        Assert.Equal(ValueType.Double, FrameSchema.Common(ValueType.Double, ValueType.Int));
        Assert.Equal(ValueType.Int, FrameSchema.Common(ValueType.Boolean, ValueType.Int));
        Assert.Equal(ValueType.Boolean, FrameSchema.Common(ValueType.Boolean, ValueType.Boolean));
    }

    [Fact]
    public void SchemaParsingAcceptsBothSpellingsAndATrailingComma()
    {
        Assert.Equal([ValueType.String, ValueType.Double, ValueType.Int, ValueType.Boolean],
            FrameSchema.Parse("STRING,FP64, INT64 ,BOOLEAN,"));
        Assert.Equal([ValueType.Double, ValueType.Int, ValueType.String], FrameSchema.Parse("double,int,*"));
        Assert.Contains("unknown frame column type \"bogus\"", Assert.Throws<DmlRuntimeException>(() => FrameSchema.Parse("int,bogus")).Message);
    }

    [Fact]
    public void UnparsableCellsAreErrors()
    {
        var error = Assert.Throws<DmlRuntimeException>(() => Frame([["abc"]], "double"));
        Assert.Contains("'abc' is not a valid FP64 value", error.Message);
        Assert.Throws<DmlRuntimeException>(() => Frame([["1.5"]], "int"));
        Assert.Equal(3L, Frame([["3.0"]], "int").Get(0, 0)!.Long);
        Assert.Throws<DmlRuntimeException>(() => Frame([["yes"]], "boolean"));
    }
}

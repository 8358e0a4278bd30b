using DmlNet.Runtime;
using DmlNet.Runtime.Data;
using DmlNet.Runtime.Frames;
using static DmlNet.Tests.Runtime.Frames.FrameTestData;
using ValueType = DmlNet.Semantics.ValueType;

namespace DmlNet.Tests.Runtime.Frames;

/// <summary>as.matrix of frames, as.frame of matrices and scalars, as.scalar of a 1 x 1 frame.</summary>
public class FrameConversionTests
{
    [Fact]
    public void AsMatrixParsesEveryColumnType()
    {
        var frame = Frame([["1.5", "2", "true", " 7 "], ["", "-3", "false", "TRUE"], [null, null, null, "f"]], "double,int,boolean,string");
        var matrix = FrameConversions.ToMatrix(frame);
        var expected = new[,] { { 1.5, 2, 1, 7 }, { double.NaN, -3, 0, 1 }, { double.NaN, double.NaN, double.NaN, 0 } };
        Assert.Equal(expected, matrix.ToArray());
    }

    [Fact]
    public void AsMatrixOfAnEmptyStringIsZero()
    {
        var frame = Frame([["x"]], "string");
        var empty = FrameIndexing.LeftIndex(frame, 0, 0, ScalarValue.Of(""));
        Assert.Equal(new double[,] { { 0 } }, FrameConversions.ToMatrix(empty).ToArray());
    }

    [Fact]
    public void AsMatrixNamesAnUnparsableCell()
    {
        var frame = Frame([["1", "2"], ["3", "oops"]], null, "a", "b");
        var error = Assert.Throws<DmlRuntimeException>(() => FrameConversions.ToMatrix(frame));
        Assert.Equal("as.matrix(): cell (2, 2) of column 'b' is 'oops', not a number", error.Message);
    }

    [Fact]
    public void AsFrameOfAMatrixHasDoubleColumnsAndOptionalNames()
    {
        var matrix = MatrixBlock.FromArray(new double[,] { { 1, 2 }, { 3, 4 }, { 5, 6 } });
        var frame = FrameConversions.FromMatrix(matrix);
        Assert.Equal([ValueType.Double, ValueType.Double], frame.Schema);
        Assert.Equal(["C1", "C2"], frame.ColumnNames);
        Assert.Equal([["1.0", "2.0"], ["3.0", "4.0"], ["5.0", "6.0"]], Texts(frame));
        Assert.Equal(["x", "y"], FrameConversions.FromMatrix(matrix, ["x", "y"]).ColumnNames);
        Assert.Throws<DmlRuntimeException>(() => FrameConversions.FromMatrix(matrix, ["x"]));
    }

    [Fact]
    public void AsFrameOfAScalarKeepsItsType()
    {
        Assert.Equal(ValueType.Int, FrameConversions.FromScalar(ScalarValue.Of(4L)).Schema[0]);
        Assert.Equal(ValueType.String, FrameConversions.FromScalar(ScalarValue.Of("s")).Schema[0]);
        Assert.Equal(ValueType.Boolean, FrameConversions.FromScalar(ScalarValue.True).Schema[0]);
    }

    [Fact]
    public void AsScalarKeepsTheColumnType()
    {
        var frame = Frame([["7", "x", null]], "int,string,double");
        var cell = FrameConversions.ToScalar(FrameIndexing.Slice(frame, 0, 0, 0, 0));
        Assert.Equal(ValueType.Int, cell.ValueType);
        Assert.Equal(7L, cell.Long);
        Assert.Equal("x", FrameConversions.ToScalar(FrameIndexing.Slice(frame, 0, 0, 1, 1)).Text);
        Assert.True(double.IsNaN(FrameConversions.ToScalar(FrameIndexing.Slice(frame, 0, 0, 2, 2)).AsDouble()));
        Assert.Contains("needs a 1 x 1 frame, got 1 x 3", Assert.Throws<DmlRuntimeException>(() => FrameConversions.ToScalar(frame)).Message);
    }
}

using DmlNet.Runtime;
using DmlNet.Runtime.Data;
using DmlNet.Runtime.Frames;
using DmlNet.Runtime.Transform;
using static DmlNet.Tests.Runtime.Frames.FrameTestData;
using ValueType = DmlNet.Semantics.ValueType;

namespace DmlNet.Tests.Runtime.Frames;

/// <summary>transformencode/apply/decode/colmap against encodings worked out by hand.</summary>
public class TransformTests
{
    private const double N = double.NaN;

    private static readonly FrameBlock Cities = Frame(
        [["paris", "S", "10"], ["rome", "L", "20"], ["paris", "M", "30"], [null, "S", "40"], ["oslo", "L", "50"]],
        "string,string,double", "city", "size", "temp");

    [Fact]
    public void RecodeUsesFirstSeenOrderAndDummycodeExpandsInPlace()
    {
        var (x, m) = TransformEncoder.Encode(Cities, """{"recode": ["city"], "dummycode": ["size"]}""");
        Assert.Equal(new[,]
        {
            { 1, 1, 0, 0, 10 },
            { 2, 0, 1, 0, 20 },
            { 1, 0, 0, 1, 30 },
            { N, 1, 0, 0, 40 },
            { 3, 0, 1, 0, 50 },
        }, x.ToArray());
        Assert.Equal(["city", "size", "temp"], m.ColumnNames);
        Assert.Equal([ValueType.String, ValueType.String, ValueType.String], m.Schema);
        Assert.Equal([["paris·1", "S·1", "null"], ["rome·2", "L·2", "null"], ["oslo·3", "M·3", "null"]], Texts(m));
        Assert.Equal(3, m.ColumnMetadata(1).DistinctCount);
    }

    [Fact]
    public void PositionsWithIdsEncodeLikeNames()
    {
        var (byName, _) = TransformEncoder.Encode(Cities, """{"recode": ["city"], "dummycode": ["size"]}""");
        var (byId, _) = TransformEncoder.Encode(Cities, """{"ids": true, "recode": [1], "dummycode": [2]}""");
        Assert.Equal(byName.ToArray(), byId.ToArray());
    }

    [Fact]
    public void EquiWidthBins()
    {
        var (x, m) = TransformEncoder.Encode(Cities, """{"recode": ["city", "size"], "bin": [{"name": "temp", "method": "equi-width", "numbins": 4}]}""");
        Assert.Equal([1.0, 1, 2, 3, 4], Column(x, 2));
        Assert.Equal(["10.0·20.0", "20.0·30.0", "30.0·40.0", "40.0·50.0"], Texts(m).Select(r => r[2]));
    }

    [Fact]
    public void EquiHeightBinsEndAtQuantilePositions()
    {
        var (two, m2) = TransformEncoder.Encode(Cities, """{"recode": ["city", "size"], "bin": [{"name": "temp", "method": "EQUI-HEIGHT", "numbins": 2}]}""");
        Assert.Equal([1.0, 1, 1, 2, 2], Column(two, 2));
        Assert.Equal(["10.0·30.0", "30.0·50.0", "null"], Texts(m2).Select(r => r[2]));
        var (four, _) = TransformEncoder.Encode(Cities, """{"recode": ["city", "size"], "bin": [{"name": "temp", "method": "equi-height", "numbins": 4}]}""");
        Assert.Equal([1.0, 1, 2, 3, 4], Column(four, 2));
    }

    [Fact]
    public void BinnedColumnsCanBeDummycoded()
    {
        var (x, _) = TransformEncoder.Encode(Cities,
            """{"recode": ["city", "size"], "bin": [{"name": "temp", "numbins": 2}], "dummycode": ["temp"]}""");
        Assert.Equal(4, x.Columns);
        Assert.Equal([1.0, 1, 1, 0, 0], Column(x, 2));
        Assert.Equal([0.0, 0, 0, 1, 1], Column(x, 3));
    }

    [Fact]
    public void ImputeMeanModeAndConstant()
    {
        var frame = Frame([["1", "a", null], [null, "b", "x"], ["3", null, null], ["8", "b", "y"]], "double,string,string", "v", "t", "u");
        var spec = """
            {"recode": ["t", "u"], "impute": [{"name": "v", "method": "global_mean"},
              {"name": "t", "method": "global_mode"}, {"name": "u", "method": "constant", "value": "y"}]}
            """;
        var (x, m) = TransformEncoder.Encode(frame, spec);
        Assert.Equal([1.0, 4, 3, 8], Column(x, 0));
        Assert.Equal([1.0, 2, 2, 2], Column(x, 1));
        Assert.Equal([2.0, 1, 2, 2], Column(x, 2));
        Assert.Equal("4.0", m.ColumnMetadata(0).ImputeValue);
        Assert.Equal("b", m.ColumnMetadata(1).ImputeValue);
    }

    [Fact]
    public void ModeTiesGoToTheFirstSeenToken()
    {
        var frame = Frame([["b"], ["a"], [null], ["a"], ["b"]], null, "t");
        var (x, _) = TransformEncoder.Encode(frame, """{"recode": ["t"], "impute": [{"name": "t", "method": "global_mode"}]}""");
        Assert.Equal([1.0, 2, 1, 2, 1], Column(x, 0));
    }

    [Fact]
    public void ConstantImputeMustBeARecodedToken()
    {
        var frame = Frame([["a"], [null]], null, "t");
        var error = Assert.Throws<DmlRuntimeException>(() => TransformEncoder.Encode(frame,
            """{"recode": ["t"], "impute": [{"name": "t", "method": "constant", "value": "zz"}]}"""));
        Assert.Contains("impute value 'zz' of column 't' is not one of its recoded tokens", error.Message);
    }

    [Fact]
    public void OmitDropsRowsWithMissingValuesButTheMapsSeeAllRows()
    {
        var frame = Frame([["x", "1"], ["y", null], ["z", "3"]], "string,double", "k", "v");
        var (x, m) = TransformEncoder.Encode(frame, """{"recode": ["k"], "omit": ["v"]}""");
        Assert.Equal(new double[,] { { 1, 1 }, { 3, 3 } }, x.ToArray());
        Assert.Equal(3, m.Rows);
    }

    [Fact]
    public void ApplyUsesTheMetadataForNewRows()
    {
        var spec = """{"recode": ["city"], "dummycode": ["size"], "bin": [{"name": "temp", "numbins": 4}]}""";
        var (_, m) = TransformEncoder.Encode(Cities, spec);
        var fresh = Frame([["rome", "M", "25"], ["berlin", "S", "5"]], "string,string,double", "city", "size", "temp");
        var x = TransformEncoder.Apply(fresh, spec, m);
        Assert.Equal(new[,] { { 2, 0, 0, 1, 2 }, { N, 1, 0, 0, 1 } }, x.ToArray());
    }

    [Fact]
    public void ApplyWorksWithMetadataReadFromAFile()
    {
        var spec = """{"recode": ["city"], "dummycode": ["size"]}""";
        var (expected, m) = TransformEncoder.Encode(Cities, spec);
        var stripped = m.WithMetadata(null);
        Assert.Equal(expected.ToArray(), TransformEncoder.Apply(Cities, spec, stripped).ToArray());
    }

    [Fact]
    public void ApplyNeedsTheImputeValueOfTheMetadata()
    {
        var spec = """{"recode": ["city", "size"], "impute": [{"name": "temp", "method": "global_mean"}]}""";
        var (_, m) = TransformEncoder.Encode(Cities, spec);
        Assert.Equal(30.0, TransformEncoder.Apply(Frame([[null, null, null]], "string,string,double", "city", "size", "temp"), spec, m).Get(0, 2));
        var error = Assert.Throws<DmlRuntimeException>(() => TransformEncoder.Apply(Cities, spec, m.WithMetadata(null)));
        Assert.Contains("no impute value for column 'temp'", error.Message);
    }

    [Fact]
    public void DecodeReversesRecodeDummycodeAndPassThrough()
    {
        var spec = """{"recode": ["city"], "dummycode": ["size"]}""";
        var (x, m) = TransformEncoder.Encode(Cities, spec);
        var decoded = TransformDecoder.Decode(x, spec, m);
        Assert.Equal([ValueType.String, ValueType.String, ValueType.Double], decoded.Schema);
        Assert.Equal(["city", "size", "temp"], decoded.ColumnNames);
        Assert.Equal([["paris", "S", "10.0"], ["rome", "L", "20.0"], ["paris", "M", "30.0"], ["null", "S", "40.0"], ["oslo", "L", "50.0"]],
            Texts(decoded));
    }

    [Fact]
    public void DecodeOfUnknownCodesGivesMissingCells()
    {
        var spec = """{"recode": ["city"], "dummycode": ["size"]}""";
        var (_, m) = TransformEncoder.Encode(Cities, spec);
        var x = MatrixBlock.FromArray(new double[,] { { 9, 0, 0, 0, 1 }, { 2.0, 0, 0, 1, N } });
        Assert.Equal([["null", "null", "1.0"], ["rome", "M", "NaN"]], Texts(TransformDecoder.Decode(x, spec, m)));
    }

    [Fact]
    public void DecodeOfBinsIsAnError()
    {
        var spec = """{"recode": ["city", "size"], "bin": [{"name": "temp", "numbins": 2}]}""";
        var (x, m) = TransformEncoder.Encode(Cities, spec);
        Assert.Contains("binning cannot be reversed (column 'temp')",
            Assert.Throws<DmlRuntimeException>(() => TransformDecoder.Decode(x, spec, m)).Message);
    }

    [Fact]
    public void ColumnMapGivesFirstAndLastEncodedColumn()
    {
        var spec = """{"recode": ["city"], "dummycode": ["size"]}""";
        var (_, m) = TransformEncoder.Encode(Cities, spec);
        var expected = new double[,] { { 1, 1, 1 }, { 2, 2, 4 }, { 3, 5, 5 } };
        Assert.Equal(expected, TransformEncoder.ColumnMap(m, spec).ToArray());
        Assert.Equal(expected, TransformEncoder.ColumnMap(m.WithMetadata(null), spec).ToArray());
        Assert.Equal(expected, TransformEncoder.ColumnMap(Cities, spec).ToArray());
    }

    [Theory]
    [InlineData("""{"recode": ["nope"]}""", "names the column 'nope', which the frame does not have (columns: city, size, temp)")]
    [InlineData("""{"recode": ["temp"], "bin": [{"name": "temp"}]}""", "column 'temp' cannot be both recoded and binned")]
    [InlineData("""{"bin": [{"name": "temp", "method": "quantile"}]}""", "unknown bin method \"quantile\" for column 'temp'")]
    [InlineData("""{"impute": [{"name": "temp", "method": "median"}]}""", "unknown impute method \"median\"")]
    [InlineData("""{"impute": [{"name": "temp", "method": "constant"}]}""", "constant impute of column 'temp' needs a \"value\"")]
    [InlineData("""{"recodes": ["city"]}""", "unknown spec key \"recodes\"")]
    [InlineData("""{"recode": [1]}""", "refers to columns by name, got 1 (set \"ids\": true to use positions)")]
    [InlineData("""{"ids": true, "recode": [4]}""", "refers to column 4, but the frame has 3 columns")]
    [InlineData("""{"bin": [{"name": "temp", "numbins": 0}]}""", "numbins of column 'temp' must be a positive integer, got 0")]
    [InlineData("""{"recode": ["city"]""", "the spec is not valid JSON")]
    [InlineData("""{"hash": ["city"], "K": 10}""", "the spec key \"hash\" is not supported by DmlNet yet")]
    [InlineData("""{"bin": [{"name": "city"}]}""", "column 'city' holds 'paris', which is not a number")]
    public void BadSpecsAreClearErrors(string spec, string message)
    {
        var error = Assert.Throws<DmlRuntimeException>(() => TransformEncoder.Encode(Cities, spec));
        Assert.StartsWith("transformencode(): ", error.Message);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void PassThroughOfTextIsAnError()
    {
        var error = Assert.Throws<DmlRuntimeException>(() => TransformEncoder.Encode(Cities, "{}"));
        Assert.Contains("column 'city' holds 'paris', which is not a number; recode the column", error.Message);
    }

    private static double[] Column(MatrixBlock x, int j) => Enumerable.Range(0, x.Rows).Select(i => x.Get(i, j)).ToArray();
}

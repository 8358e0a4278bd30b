using DmlNet.Runtime.Data;
using DmlNet.Runtime.IO;
using DmlNet.Tests.Support;
using static DmlNet.Tests.Runtime.IO.IoFiles;

namespace DmlNet.Tests.Runtime.IO;

/// <summary>read()'s rules (reference §8.1): which format applies, how the .mtd merges with the arguments, scalars.</summary>
public class ReadResolutionTests
{
    private static ReadSettings Settings(string path, params (string Name, object Value)[] arguments)
    {
        var metadata = File.Exists(Metadata.PathFor(path)) ? Metadata.Read(Metadata.PathFor(path)) : null;
        var problems = new List<IoProblem>();
        var settings = ReadSettings.Resolve(path, Arguments(arguments), metadata, problems);
        Assert.Empty(problems);
        return settings;
    }

    [Fact]
    public void FormatIsTheArgumentThenTheBannerThenTheMetadataThenText()
    {
        using var folder = new TempFolder();
        var mm = folder.Write("a.mtx", "%%MatrixMarket matrix coordinate real general\n1 1 0\n");
        Assert.Equal("mm", Settings(mm).Format);
        Assert.Equal("csv", Settings(mm, ("format", "csv")).Format);
        folder.Write("a.mtx.mtd", "{\"format\": \"text\", \"rows\": 1, \"cols\": 1}");
        Assert.Equal("text", Settings(mm).Format);
        var plain = folder.Write("b.data", "1 1 2\n");
        Assert.Equal("text", Settings(plain, ("rows", 1L), ("cols", 1L)).Format);
        Assert.Equal("hdf5", Settings(folder.Write("c.h5", "")).Format);
    }

    [Fact]
    public void ArgumentsAndMetadataMerge()
    {
        using var folder = new TempFolder();
        var path = folder.Write("m.txt", "2 1 5\n");
        folder.Write("m.txt.mtd", "{\"rows\": 2, \"format\": \"text\"}");
        AssertSameCells(Matrix(2, 1, 0, 5), Read(path, ("cols", 1L)));
        AssertSameCells(Matrix(2, 1, 0, 5), Read(path, ("cols", 1L), ("rows", 2.0), ("format", "TEXT")));
    }

    [Theory]
    [InlineData("rows", 3L, "read() argument rows=3 conflicts with 2 in")]
    [InlineData("format", "csv", "read() argument format=\"csv\" conflicts with \"text\" in")]
    [InlineData("value_type", "int", "read() argument value_type=\"int\" conflicts with \"double\" in")]
    public void ConflictingArgumentIsAnError(string name, object value, string message)
    {
        using var folder = new TempFolder();
        var path = folder.Write("m.txt", "1 1 5\n");
        folder.Write("m.txt.mtd", "{\"rows\": 2, \"cols\": 2, \"format\": \"text\", \"value_type\": \"double\"}");
        var error = ReadError(path, (name, value));
        Assert.Contains(message, error);
        Assert.Contains("m.txt.mtd", error);
    }

    [Theory]
    [InlineData("{\"rows\": 1, \"colz\": 1}", "m.txt.mtd: unknown metadata key \"colz\"")]
    [InlineData("{\"rows\": 1, \"na.strings\": \"NA\"}", "unknown metadata key \"na.strings\" (the key is called \"naStrings\" now)")]
    [InlineData("{\"rows\": 1, ", "m.txt.mtd: malformed metadata")]
    [InlineData("{\"rows\": \"many\"}", "\"rows\" must be a whole number, got many")]
    [InlineData("{\"header\": \"maybe\", \"format\": \"csv\"}", "'header' must be TRUE or FALSE, got \"maybe\"")]
    public void BadMetadataIsAnError(string metadata, string message)
    {
        using var folder = new TempFolder();
        var path = folder.Write("m.txt", "1 1 5\n");
        folder.Write("m.txt.mtd", metadata);
        Assert.Contains(message, ReadError(path));
    }

    [Theory]
    [InlineData("csv", "indSep", "read() option 'indSep' does not apply to the csv format")]
    [InlineData("text", "header", "read() option 'header' does not apply to the text format")]
    [InlineData("mm", "rows_in_block", "read() option 'rows_in_block' does not apply to the mm format")]
    public void OptionsOfOtherFormatsAreErrors(string format, string option, string message)
    {
        using var folder = new TempFolder();
        var path = folder.Write("m.data", "1,2\n");
        Assert.Contains(message, ReadError(path, ("format", format), (option, option == "rows_in_block" ? 10L : option == "header" ? true : ":")));
    }

    [Fact]
    public void ValueTypeIntMatricesStillHoldDoubles()
    {
        using var folder = new TempFolder();
        var path = folder.Write("m.csv", "1,2.5\n");
        AssertSameCells(Matrix(1, 2, 1, 2.5), Read(path, ("format", "csv"), ("value_type", "int")));
    }

    [Theory]
    [InlineData("double", "2.5\n", "2.5")]
    [InlineData("int", " 42 ", "42")]
    [InlineData("boolean", "TRUE", "TRUE")]
    [InlineData("boolean", "false\n", "FALSE")]
    [InlineData("string", "two words\n", "two words")]
    [InlineData("string", "line one\nline two", "line one\nline two")]
    public void ScalarFilesAreReadByValueType(string valueType, string content, string expected)
    {
        using var folder = new TempFolder();
        var path = folder.Write("s.txt", content);
        var value = (ScalarValue)DataFiles.Read(path, Arguments([("data_type", "scalar"), ("value_type", valueType)]));
        Assert.Equal(expected, DmlNet.Runtime.Formatting.ScalarFormat.ToString(value));
        Assert.Equal(valueType, value.ValueType.ToString().ToLowerInvariant());
    }

    [Theory]
    [InlineData("int", "4.5", "s.txt: expected an int scalar, found '4.5'")]
    [InlineData("double", "x", "s.txt: expected a double scalar, found 'x'")]
    [InlineData("boolean", "yes", "s.txt: expected a boolean scalar, found 'yes'")]
    public void BadScalarFilesAreErrors(string valueType, string content, string message)
    {
        using var folder = new TempFolder();
        var path = folder.Write("s.txt", content);
        var error = Assert.Throws<DmlNet.Runtime.DmlRuntimeException>(() =>
            DataFiles.Read(path, Arguments([("data_type", "scalar"), ("value_type", valueType)]))).Message;
        Assert.Contains(message, error);
    }

    [Fact]
    public void ScalarReadTakesNoMatrixOptions()
    {
        using var folder = new TempFolder();
        var path = folder.Write("s.txt", "1");
        var error = Assert.Throws<DmlNet.Runtime.DmlRuntimeException>(() =>
            DataFiles.Read(path, Arguments([("data_type", "scalar"), ("rows", 1L)]))).Message;
        Assert.Contains("read() of a scalar takes only data_type, value_type and format, not 'rows'", error);
    }

    [Theory]
    [InlineData(2.5, "2.5", "double")]
    [InlineData(7L, "7", "int")]
    [InlineData(true, "TRUE", "boolean")]
    [InlineData("a \"quoted\" text", "a \"quoted\" text", "string")]
    public void ScalarsAreWrittenAsTextWithTheirMetadata(object value, string text, string valueType)
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "sub", "dir", "s");
        var scalar = value switch
        {
            double d => ScalarValue.Of(d),
            long l => ScalarValue.Of(l),
            bool b => ScalarValue.Of(b),
            _ => ScalarValue.Of((string)value),
        };
        DataFiles.Write(scalar, path, Arguments([("format", "csv")]));
        Assert.Equal(text, File.ReadAllText(path));
        Assert.Equal($"{{\n    \"data_type\": \"scalar\",\n    \"value_type\": \"{valueType}\",\n    \"format\": \"text\",\n" +
            "    \"author\": \"*\",\n    \"created\": \"*\"\n}\n", MetadataText(path));
        var back = (ScalarValue)DataFiles.Read(path, Arguments([("data_type", "scalar")]));
        Assert.Equal(text, DmlNet.Runtime.Formatting.ScalarFormat.ToString(back));
    }
}

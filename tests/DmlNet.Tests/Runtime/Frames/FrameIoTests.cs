using DmlNet.Runtime;
using DmlNet.Runtime.IO;
using DmlNet.Tests.Support;
using static DmlNet.Tests.Runtime.Frames.FrameTestData;
using ValueType = DmlNet.Semantics.ValueType;

namespace DmlNet.Tests.Runtime.Frames;

/// <summary>Frames in csv and text files, with the schema in the .mtd file.</summary>
public sealed class FrameIoTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public void CsvWithHeaderSchemaAndMissingValues()
    {
        var path = folder.Write("f.csv", " id,name ,score,ok\n1,ann,1.5,true\n2,,NA,FALSE\n3,\"b,c\",2,\n");
        var options = new CsvOptions { Header = true, NaStrings = new HashSet<string> { "NA" } };
        var frame = CsvFrameReader.Read(path, options, [ValueType.Int, ValueType.String, ValueType.Double, ValueType.Boolean]);
        Assert.Equal([" id", "name ", "score", "ok"], frame.ColumnNames);
        Assert.Equal([["1", "ann", "1.5", "TRUE"], ["2", "null", "null", "FALSE"], ["3", "b,c", "2.0", "null"]], Texts(frame));
    }

    [Fact]
    public void CsvWithoutSchemaReadsStrings()
    {
        var path = folder.Write("f.csv", "1,x\n2.50,\"\"\n");
        var frame = CsvFrameReader.Read(path, new CsvOptions(), null);
        Assert.Equal([ValueType.String, ValueType.String], frame.Schema);
        Assert.Equal(["C1", "C2"], frame.ColumnNames);
        Assert.Equal("2.50", frame.Get(1, 0)!.Text);
        Assert.Equal("", frame.Get(1, 1)!.Text);
    }

    [Fact]
    public void CsvErrorsNameTheLine()
    {
        var path = folder.Write("f.csv", "a,b\n1,2\n3\n");
        var error = Assert.Throws<DmlRuntimeException>(() => CsvFrameReader.Read(path, new CsvOptions { Header = true }, null));
        Assert.EndsWith("f.csv:3: expected 2 fields, found 1", error.Message);
        var bad = folder.Write("g.csv", "1\nx\n");
        var parse = Assert.Throws<DmlRuntimeException>(() => CsvFrameReader.Read(bad, new CsvOptions(), [ValueType.Int]));
        Assert.EndsWith("g.csv:2: field 1: 'x' is not a valid INT64 value", parse.Message);
    }

    [Fact]
    public void CsvWriteAndReadBackKeepsEveryCell()
    {
        var frame = Frame([["a b", "1.5", "3", "true"], [" pad", null, "-4", "false"], ["q\"uote", "1e-5", null, null], ["x,y", "2", "0", "true"]],
            "string,double,int,boolean", "s", "d", "i", "b");
        var path = Path.Combine(folder.Path, "out.csv");
        var options = new CsvOptions { Header = true };
        FrameFiles.Write(frame, path, "csv", options);
        Assert.Equal("s,d,i,b\na b,1.5,3,true\n\" pad\",,-4,false\n\"q\"\"uote\",1.0E-5,,\n\"x,y\",2.0,0,true\n", File.ReadAllText(path));
        var metadata = Metadata.Read(Metadata.PathFor(path));
        Assert.Equal("frame", metadata.DataType);
        Assert.Equal("STRING,FP64,INT64,BOOLEAN", metadata.Option("schema"));
        Assert.Equal(4, metadata.Rows);
        Assert.Equal(4, metadata.Columns);
        var back = FrameFiles.Read(path, "csv", options, metadata.Option("schema"), metadata.Rows, metadata.Columns);
        Assert.Equal(Texts(frame), Texts(back));
        Assert.Equal(frame.ColumnNames, back.ColumnNames);
        Assert.Equal(frame.Schema, back.Schema);
    }

    [Fact]
    public void TextCellFormatWritesPresentCellsAndReadsThemBack()
    {
        var frame = Frame([["a b", "1"], [null, "2"]], "string,int");
        var path = Path.Combine(folder.Path, "out.txt");
        FrameFiles.Write(frame, path, "text", new CsvOptions());
        Assert.Equal("1 1 a b\n1 2 1\n2 2 2\n", File.ReadAllText(path));
        var metadata = Metadata.Read(Metadata.PathFor(path));
        Assert.Equal("text", metadata.Format);
        var back = FrameFiles.Read(path, "text", new CsvOptions(), metadata.Option("schema"), metadata.Rows, metadata.Columns);
        Assert.Equal(Texts(frame), Texts(back));
        Assert.Contains("needs rows and cols",
            Assert.Throws<DmlRuntimeException>(() => FrameFiles.Read(path, "text", new CsvOptions(), null, -1, -1)).Message);
    }

    [Fact]
    public void ScriptReadsTheSchemaFromTheMtdFile()
    {
        folder.Write("in.csv", "x,1\ny,2\n");
        folder.Write("in.csv.mtd", "{\"data_type\": \"frame\", \"format\": \"csv\", \"schema\": \"STRING,INT64,\"}");
        var outcome = ScriptHost.RunText("F = read(\"in.csv\", data_type=\"frame\")\nprint(toString(F))\nprint(as.scalar(F[2, 2]) + 1)",
            workingDirectory: folder.Path);
        Assert.Null(outcome.Error);
        Assert.Equal("# FRAME: nrow = 2, ncol = 2\n# C1 C2\n# STRING INT64\nx 1\ny 2\n\n3\n", outcome.Output);
    }

    [Fact]
    public void ScriptWritesAFrame()
    {
        var outcome = ScriptHost.RunText(
            "F = as.frame(matrix(\"1 2 3 4\", rows=2, cols=2))\nwrite(F, \"o.csv\", format=\"csv\", header=TRUE, sep=\";\")",
            workingDirectory: folder.Path);
        Assert.Null(outcome.Error);
        Assert.Equal("C1;C2\n1.0;2.0\n3.0;4.0\n", File.ReadAllText(Path.Combine(folder.Path, "o.csv")));
        Assert.Contains("\"schema\": \"FP64,FP64\"", File.ReadAllText(Path.Combine(folder.Path, "o.csv.mtd")));
    }

    /// <inheritdoc />
    public void Dispose() => folder.Dispose();
}

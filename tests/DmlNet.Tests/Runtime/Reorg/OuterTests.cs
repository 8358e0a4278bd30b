namespace DmlNet.Tests.Runtime.Reorg;

/// <summary>outer(x, y, op) for every operator string, against the operator applied cell by cell in the test.</summary>
public class OuterTests
{
    private static readonly double[] X = [-3, 1, 2, 5, 0];
    private static readonly double[] Y = [2, 3, 1, 0.5];

    private static double Truncate(double v) => Math.Sign(v) * Math.Floor(Math.Abs(v));

    private static readonly Dictionary<string, Func<double, double, double>> Operators = new()
    {
        ["+"] = (a, b) => a + b,
        ["-"] = (a, b) => a - b,
        ["*"] = (a, b) => a * b,
        ["/"] = (a, b) => a / b,
        ["^"] = Math.Pow,
        ["%/%"] = (a, b) => Truncate(a / b),
        ["%%"] = (a, b) => a - Truncate(a / b) * b,
        ["<"] = (a, b) => a < b ? 1 : 0,
        ["<="] = (a, b) => a <= b ? 1 : 0,
        [">"] = (a, b) => a > b ? 1 : 0,
        [">="] = (a, b) => a >= b ? 1 : 0,
        ["=="] = (a, b) => a == b ? 1 : 0,
        ["!="] = (a, b) => a != b ? 1 : 0,
        ["&"] = (a, b) => a != 0 && b != 0 ? 1 : 0,
        ["|"] = (a, b) => a != 0 || b != 0 ? 1 : 0,
        ["xor"] = (a, b) => (a != 0) ^ (b != 0) ? 1 : 0,
        ["min"] = Math.Min,
        ["max"] = Math.Max,
        ["log"] = (a, b) => Math.Log(a) / Math.Log(b),
        ["bitwAnd"] = (a, b) => (long)a & (long)b,
        ["bitwOr"] = (a, b) => (long)a | (long)b,
        ["bitwXor"] = (a, b) => (long)a ^ (long)b,
        ["bitwShiftL"] = (a, b) => (long)a << (int)b,
        ["bitwShiftR"] = (a, b) => (long)a >> (int)b,
    };

    public static TheoryData<string> OperatorNames() => [.. Operators.Keys];

    [Theory]
    [MemberData(nameof(OperatorNames))]
    public void OuterAppliesTheOperatorToEveryPair(string op)
    {
        var x = new double[X.Length, 1];
        for (var i = 0; i < X.Length; i++)
        {
            x[i, 0] = X[i];
        }
        // bit-wise operators take whole numbers; 0.5 would be truncated, so they use the integral part of y
        var y = new double[1, Y.Length];
        for (var j = 0; j < Y.Length; j++)
        {
            y[0, j] = op.StartsWith("bitw", StringComparison.Ordinal) ? Math.Floor(Y[j]) : Y[j];
        }
        var expected = new double[X.Length, Y.Length];
        for (var i = 0; i < X.Length; i++)
        {
            for (var j = 0; j < Y.Length; j++)
            {
                expected[i, j] = Operators[op](x[i, 0], y[0, j]);
            }
        }
        Assert.Equal(expected, Scripts.Matrix($"R = outer(x, y, \"{op}\")", "R", ("x", x), ("y", y)));
    }

    [Fact]
    public void OuterOfSingleCellsAndEmptyVectors()
    {
        Assert.Equal(new double[,] { { 6 } }, Scripts.Matrix("R = outer(x, y, \"*\")", "R", ("x", new double[,] { { 2 } }), ("y", new double[,] { { 3 } })));
        Assert.Equal(new double[0, 3], Scripts.Matrix("R = outer(x, y, \"+\")", "R", ("x", new double[0, 1]), ("y", new double[1, 3])));
    }

    [Fact]
    public void OuterRejectsUnknownOperatorsAndWrongShapes()
    {
        Assert.Contains("\"**\" is not a cell-wise operator", Scripts.Error("x = matrix(1, rows=2, cols=1)\nR = outer(x, t(x), \"**\")\nprint(sum(R))"));
        Assert.Contains("outer() needs an n x 1", Scripts.Error("x = matrix(1, rows=2, cols=2)\nR = outer(x, x, \"+\")\nprint(sum(R))"));
    }
}

using System.Globalization;
using DmlNet.Plan;
using DmlNet.Runtime.Data;
using DmlNet.Runtime.Kernels;
using DmlNet.Runtime.Operations;

namespace DmlNet.Runtime.Builtins;

/// <summary>matrix, rand, seq and sample.</summary>
internal static class ConstructionImplementations
{
    /// <summary>Adds this category's implementations.</summary>
    public static void Register(Dictionary<string, Operation> map)
    {
        map["matrix"] = args => [new MatrixValue(Matrix(args))];
        map["rand"] = args => [new MatrixValue(RandomMatrix.Generate(args.Dimension("rows", 1), args.Dimension("cols", 1),
            args.Double("min", 0), args.Double("max", 1), args.Double("sparsity", 1), Seed(args),
            args.String("pdf", "uniform"), args.Double("lambda", 1)))];
        map["seq"] = args => [new MatrixValue(RandomMatrix.Seq(args.Double("from", 1), args.Double("to", 1),
            args.Get("incr") is null ? null : args.Double("incr", 1)))];
        map["sample"] = Sample;
    }

    /// <summary>The seed argument; -1 (the default) takes the next seed of the run.</summary>
    private static long Seed(OperationArguments args) => Seed(args, args.Long("seed", -1));

    private static long Seed(OperationArguments args, long seed) => seed == -1 ? args.Context.Seeds.Next() : seed;

    /// <summary>
    /// sample(range, size[, replace][, seed]): the third positional argument is <c>replace</c> when it is
    /// a boolean and the seed when it is a number (then without replacement), as in SystemDS.
    /// </summary>
    private static DmlValue[] Sample(OperationArguments args)
    {
        var third = args.Get("replace") as ScalarValue;
        var thirdIsSeed = third is { ValueType: Semantics.ValueType.Int or Semantics.ValueType.Double };
        if (thirdIsSeed && args.Get("seed") is not null)
        {
            throw new DmlRuntimeException("sample(): the third argument must be the boolean replace when a seed is also given");
        }
        var replace = !thirdIsSeed && args.Boolean("replace", false);
        var seed = thirdIsSeed ? third!.AsLong() : args.Long("seed", -1);
        return [new MatrixValue(RandomMatrix.Sample(args.Long("range", 1), args.Long("size", 1), replace, Seed(args, seed)))];
    }

    private static MatrixBlock Matrix(OperationArguments args)
    {
        var data = args.Get("data")!;
        switch (data)
        {
            case MatrixValue m:
                var rows = args.Get("rows") is null ? -1 : args.Dimension("rows", 0);
                var columns = args.Get("cols") is null ? -1 : args.Dimension("cols", 0);
                var cells = m.Block.CellCount;
                rows = rows >= 0 ? rows : columns > 0 ? (int)(cells / columns) : m.Block.Rows;
                columns = columns >= 0 ? columns : rows > 0 ? (int)(cells / rows) : m.Block.Columns;
                return ReorgKernels.Reshape(m.Block, rows, columns, args.Boolean("byrow", true));
            case ScalarValue { ValueType: Semantics.ValueType.String } text:
                return Parse(text.Text!, args.Dimension("rows", 0), args.Dimension("cols", 0));
            case ScalarValue value:
                return MatrixBlock.Filled(args.Dimension("rows", 0), args.Dimension("cols", 0), OperatorOperations.Number(value));
            default:
                throw new DmlRuntimeException($"matrix() cannot be built from a {OperatorOperations.Kind(data)}");
        }
    }

    /// <summary>matrix("1 2 3 4", rows, cols): space-separated numbers, row-major; the count must match.</summary>
    private static MatrixBlock Parse(string text, int rows, int columns)
    {
        var tokens = text.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        if (tokens.LongLength != (long)rows * columns)
        {
            throw new DmlRuntimeException($"matrix() got {tokens.Length} values for a {rows} x {columns} matrix");
        }
        var values = new double[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            values[i] = tokens[i] switch
            {
                "NaN" => double.NaN,
                "Inf" or "Infinity" => double.PositiveInfinity,
                "-Inf" or "-Infinity" => double.NegativeInfinity,
                var token when double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) => v,
                var token => throw new DmlRuntimeException($"matrix(): '{token}' is not a number"),
            };
        }
        return MatrixBlock.FromDense(rows, columns, values).WithBestFormat();
    }
}

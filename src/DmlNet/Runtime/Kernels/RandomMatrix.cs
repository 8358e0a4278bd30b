using DmlNet.Runtime.Data;

namespace DmlNet.Runtime.Kernels;

/// <summary>
/// <c>rand</c>, <c>seq</c> and <c>sample</c>. Random blocks are generated in fixed chunks of rows,
/// each from its own sub-stream of the seed, so a seed gives the same matrix whatever the number of threads.
/// </summary>
public static class RandomMatrix
{
    private const int CellsPerChunk = 1 << 16;

    /// <summary>
    /// A rows x cols matrix whose cells are non-zero with probability <paramref name="sparsity"/>, drawn from
    /// <paramref name="pdf"/>: "uniform" in [min, max), "normal" N(0, 1), or "poisson" with mean <paramref name="lambda"/>.
    /// </summary>
    public static MatrixBlock Generate(int rows, int columns, double min, double max, double sparsity, long seed, string pdf,
        double lambda)
    {
        if (sparsity is < 0 or > 1 || double.IsNaN(sparsity))
        {
            throw new DmlRuntimeException($"rand(): sparsity must be between 0 and 1, got {sparsity}");
        }
        if (pdf == "uniform" && min > max)
        {
            throw new DmlRuntimeException($"rand(): min ({min}) must not exceed max ({max})");
        }
        if (pdf == "poisson" && !(lambda > 0))
        {
            throw new DmlRuntimeException($"rand(): lambda must be positive for pdf=\"poisson\", got {lambda}");
        }
        Func<RandomStream, double> draw = pdf switch
        {
            "uniform" => r => min + (max - min) * r.NextDouble(),
            "normal" => r => r.NextNormal(),
            "poisson" => r => r.NextPoisson(lambda),
            _ => throw new DmlRuntimeException($"rand(): unknown pdf \"{pdf}\" (expected uniform, normal or poisson)"),
        };
        if (pdf == "uniform" && min == 0 && max == 0 || sparsity == 0 || rows == 0 || columns == 0)
        {
            return MatrixBlock.Filled(rows, columns, 0);
        }
        var values = new double[(long)rows * columns];
        var rowsPerChunk = Math.Max(1, CellsPerChunk / Math.Max(1, columns));
        var chunks = (rows + rowsPerChunk - 1) / rowsPerChunk;
        Parallelism.ForRows(chunks, values.LongLength * 4, (startChunk, endChunk) =>
        {
            for (var chunk = startChunk; chunk < endChunk; chunk++)
            {
                var stream = new RandomStream(seed, chunk);
                var first = (long)chunk * rowsPerChunk * columns;
                var last = Math.Min(values.LongLength, first + (long)rowsPerChunk * columns);
                for (var cell = first; cell < last; cell++)
                {
                    if (sparsity >= 1 || stream.NextDouble() < sparsity)
                    {
                        values[cell] = draw(stream);
                    }
                }
            }
        });
        return MatrixBlock.FromDense(rows, columns, values).WithBestFormat();
    }

    /// <summary>
    /// <c>seq(from, to, incr)</c> as SystemDS computes it: a column vector <c>from, from + incr, ...</c>
    /// (each value the previous plus <paramref name="increment"/>) up to and including <c>to</c> when hit.
    /// Without an increment it is 1, and an increment of exactly 1 counts down when from &gt; to.
    /// Zero, NaN or infinite arguments and increments pointing away from <c>to</c> are errors; the
    /// length is <see cref="Semantics.Builtins.SequenceLength"/>.
    /// </summary>
    public static MatrixBlock Seq(double from, double to, double? increment)
    {
        var step = increment ?? 1;
        if (step == 1 && from > to)
        {
            step = -1;
        }
        if (step == 0 || !double.IsFinite(step) || !double.IsFinite(from) || !double.IsFinite(to)
            || (from > to && step > 0) || (from < to && step < 0))
        {
            throw new DmlRuntimeException($"seq({Format(from)}, {Format(to)}, {Format(step)}): the increment has the wrong sign or is 0");
        }
        var count = Semantics.Builtins.SequenceLength.Of(from, to, step);
        if (count > int.MaxValue)
        {
            throw new DmlRuntimeException($"seq(): {count} elements are too many for a matrix");
        }
        var values = new double[(int)count];
        var current = from;
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = current;
            current += step;
        }
        return MatrixBlock.FromDense(values.Length, 1, values).WithBestFormat();
    }

    /// <summary><c>sample(range, size, replace, seed)</c>: size x 1 integers in [1, range], distinct unless <paramref name="replace"/>.</summary>
    public static MatrixBlock Sample(long range, long size, bool replace, long seed)
    {
        if (range < 1 || size < 0 || size > int.MaxValue)
        {
            throw new DmlRuntimeException($"sample(): range must be at least 1 and size non-negative, got range={range}, size={size}");
        }
        if (!replace && size > range)
        {
            throw new DmlRuntimeException($"sample(): cannot draw {size} distinct values from 1..{range} without replacement");
        }
        var stream = new RandomStream(seed);
        var values = new double[size];
        if (replace)
        {
            for (var i = 0; i < size; i++)
            {
                values[i] = stream.NextLong(range) + 1;
            }
        }
        else
        {
            var swapped = new Dictionary<long, long>();
            for (long i = 0; i < size; i++)
            {
                var j = i + stream.NextLong(range - i);
                var atJ = swapped.GetValueOrDefault(j, j);
                swapped[j] = swapped.GetValueOrDefault(i, i);
                values[i] = atJ + 1;
            }
        }
        return MatrixBlock.FromDense((int)size, 1, values);
    }

    private static string Format(double value) => Formatting.ScalarFormat.FormatDouble(value);
}

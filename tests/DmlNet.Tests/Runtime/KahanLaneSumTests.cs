using System.Numerics;
using DmlNet.Runtime.Data;
using DmlNet.Runtime.Kernels;

namespace DmlNet.Tests.Runtime;

/// <summary>
/// Full and row sums in Kahan lanes, and vectorized max/min: compared with the exactly rounded sum
/// (computed with big integers), with a sequential Kahan sum, and with sequential max/min.
/// </summary>
public class KahanLaneSumTests
{
    [Theory]
    [InlineData(33)]
    [InlineData(1000)]
    [InlineData(16384 * 3 + 7)]
    [InlineData(300_001)]
    public void SumsAreWithinTwoUlpsOfTheExactSum(int length)
    {
        var random = new Random(length);
        var values = Enumerable.Range(0, length).Select(_ => (random.NextDouble() - 0.3) * Math.Pow(10, random.Next(-5, 6))).ToArray();
        var exact = ExactSum(values);
        var sum = AggregateKernels.Full(AggregateOp.Sum, MatrixBlock.FromDense(1, length, values));
        Assert.True(Math.Abs(sum - exact) <= 2 * Math.BitIncrement(Math.Abs(exact)) - 2 * Math.Abs(exact), $"sum {sum:R}, exact {exact:R}");
    }

    [Fact]
    public void CompensationKeepsTinyValuesThatANaiveSumLoses()
    {
        var values = new double[1_000_001];
        values[0] = 1;
        Array.Fill(values, 1e-16, 1, 1_000_000);
        var naive = values.Aggregate(0.0, (s, v) => s + v);
        Assert.Equal(1.0, naive);
        var sum = AggregateKernels.Full(AggregateOp.Sum, MatrixBlock.FromDense(1, 1_000_001, values));
        Assert.Equal(ExactSum(values), sum, 15);
        var mean = AggregateKernels.Full(AggregateOp.Mean, MatrixBlock.FromDense(1, 1_000_001, values));
        Assert.True(Math.Abs(mean - ExactSum(values) / values.Length) <= 1e-15 * mean, $"mean {mean:R}");
    }

    [Fact]
    public void ParallelFullSumsEqualTheSequentialRowSumOfTheSameValues()
    {
        var random = new Random(3);
        var values = Enumerable.Range(0, 600_000).Select(_ => random.NextDouble() * 1e6 - 3e5).ToArray();
        var full = AggregateKernels.Full(AggregateOp.Sum, MatrixBlock.FromDense(600, 1000, values));
        var row = AggregateKernels.Rows(AggregateOp.Sum, MatrixBlock.FromDense(1, 600_000, values)).Get(0, 0);
        Assert.Equal(BitConverter.DoubleToInt64Bits(row), BitConverter.DoubleToInt64Bits(full));
    }

    [Fact]
    public void ShortRowsAreSummedExactlyAsASequentialKahanSum()
    {
        var random = new Random(9);
        const int rows = 50, columns = 32;
        var values = Enumerable.Range(0, rows * columns).Select(_ => random.NextDouble() * 10 - 5).ToArray();
        var sums = AggregateKernels.Rows(AggregateOp.Sum, MatrixBlock.FromDense(rows, columns, values));
        for (var i = 0; i < rows; i++)
        {
            double sum = 0, compensation = 0;
            for (var j = 0; j < columns; j++)
            {
                var corrected = values[i * columns + j] - compensation;
                var total = sum + corrected;
                compensation = (total - sum) - corrected;
                sum = total;
            }
            Assert.Equal(BitConverter.DoubleToInt64Bits(sum), BitConverter.DoubleToInt64Bits(sums.Get(i, 0)));
        }
    }

    [Theory]
    [InlineData(100_000, double.PositiveInfinity, double.PositiveInfinity)]
    [InlineData(50_000, double.NegativeInfinity, double.NegativeInfinity)]
    [InlineData(400_000, double.NaN, double.NaN)]
    public void NonFiniteValuesGiveTheSequentialResult(int position, double value, double expected)
    {
        var values = Enumerable.Range(0, 500_000).Select(i => (i % 13) * 0.25).ToArray();
        values[position] = value;
        Assert.Equal(expected, AggregateKernels.Full(AggregateOp.Sum, MatrixBlock.FromDense(500, 1000, values)));
        Assert.Equal(expected, AggregateKernels.Rows(AggregateOp.Sum, MatrixBlock.FromDense(1, 500_000, values)).Get(0, 0));
        values[position + 1] = -value;
        Assert.True(double.IsNaN(AggregateKernels.Full(AggregateOp.Sum, MatrixBlock.FromDense(500, 1000, values))));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(17)]
    [InlineData(9998)]
    public void MaxAndMinMatchSequentialLoops(int nanAt)
    {
        var random = new Random(nanAt + 5);
        var values = Enumerable.Range(0, 9999).Select(_ => random.NextDouble() * 200 - 100).ToArray();
        values[123] = -0.0;
        if (nanAt >= 0)
        {
            values[nanAt] = double.NaN;
        }
        var block = MatrixBlock.FromDense(1, values.Length, values);
        Assert.Equal(values.Aggregate(double.NegativeInfinity, Math.Max), AggregateKernels.Full(AggregateOp.Max, block));
        Assert.Equal(values.Aggregate(double.PositiveInfinity, Math.Min), AggregateKernels.Full(AggregateOp.Min, block));
        var zeros = MatrixBlock.FromDense(1, 40, Enumerable.Repeat(-0.0, 39).Append(0.0).ToArray());
        Assert.Equal(0L, BitConverter.DoubleToInt64Bits(AggregateKernels.Full(AggregateOp.Max, zeros)));
        Assert.Equal(BitConverter.DoubleToInt64Bits(-0.0), BitConverter.DoubleToInt64Bits(AggregateKernels.Full(AggregateOp.Min, zeros)));
    }

    /// <summary>The sum rounded once: every value as an integer multiple of 2^-1074, added exactly, then converted.</summary>
    private static double ExactSum(IEnumerable<double> values)
    {
        var total = BigInteger.Zero;
        foreach (var v in values)
        {
            var bits = BitConverter.DoubleToInt64Bits(v);
            var exponent = (int)((bits >> 52) & 0x7FF);
            var mantissa = bits & 0xFFFFFFFFFFFFFL;
            mantissa = exponent == 0 ? mantissa : mantissa | (1L << 52);
            var scaled = new BigInteger(mantissa) << Math.Max(exponent - 1, 0);
            total += bits < 0 ? -scaled : scaled;
        }
        return ToDouble(total);
    }

    /// <summary>n * 2^-1074 rounded to the nearest double (ties to even).</summary>
    private static double ToDouble(BigInteger n)
    {
        if (n.IsZero)
        {
            return 0;
        }
        var negative = n.Sign < 0;
        var magnitude = BigInteger.Abs(n);
        var bitLength = (int)magnitude.GetBitLength();
        var shift = Math.Max(bitLength - 53, 0);
        var mantissa = magnitude >> shift;
        if (shift > 0)
        {
            var remainder = magnitude - (mantissa << shift);
            var half = BigInteger.One << (shift - 1);
            if (remainder > half || (remainder == half && !mantissa.IsEven))
            {
                mantissa += 1;
            }
        }
        var result = Math.ScaleB((double)mantissa, shift - 1074);
        return negative ? -result : result;
    }
}

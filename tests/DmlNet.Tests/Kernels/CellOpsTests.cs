using DmlNet.Runtime.Kernels;
using DmlNet.Tests.Kernels.Support;

namespace DmlNet.Tests.Kernels;

/// <summary>The scalar cell functions against the reference semantics and against values worked out by hand.</summary>
public class CellOpsTests
{
    /// <summary>Operands covering signs, zeros of both signs, halves, non-integers, extremes and non-finite values.</summary>
    private static readonly double[] Grid =
    [
        0.0, -0.0, 1, -1, 2, -2, 0.5, -0.5, 2.5, -2.5, 3, -7, 7.9, -7.9, 0.49999999999999994, 1e300, -1e300, 5e-324,
        9.3e18, -9.3e18, 64, 65, -1.5, double.NaN, double.PositiveInfinity, double.NegativeInfinity,
    ];

    /// <summary>Every binary operator.</summary>
    public static TheoryData<BinaryOp> BinaryOps() => new(Enum.GetValues<BinaryOp>());

    /// <summary>Every unary operator.</summary>
    public static TheoryData<UnaryOp> UnaryOps() => new(Enum.GetValues<UnaryOp>());

    [Theory]
    [MemberData(nameof(BinaryOps))]
    public void BinaryOperatorMatchesTheReferenceOnEveryPairOfTheGrid(BinaryOp op)
    {
        foreach (var a in Grid)
        {
            foreach (var b in Grid)
            {
                var expected = ReferenceCells.Binary(op, a, b);
                var actual = CellOps.Apply(op, a, b);
                Assert.True(BlockAssert.Same(expected, actual, checkZeroSign: true),
                    $"{op}({BlockAssert.Text(a)}, {BlockAssert.Text(b)}) = {BlockAssert.Text(actual)}, expected {BlockAssert.Text(expected)}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(UnaryOps))]
    public void UnaryOperatorMatchesTheReferenceOnTheGrid(UnaryOp op)
    {
        foreach (var a in Grid)
        {
            var expected = ReferenceCells.Unary(op, a);
            var actual = CellOps.Apply(op, a);
            Assert.True(BlockAssert.Same(expected, actual, checkZeroSign: true),
                $"{op}({BlockAssert.Text(a)}) = {BlockAssert.Text(actual)}, expected {BlockAssert.Text(expected)}");
        }
    }

    /// <summary>Values from the DML reference (SystemDS truncating %/% and %%) and Java's library, worked out by hand.</summary>
    [Theory]
    [InlineData(BinaryOp.IntegerDivide, -7, 2, -3)]
    [InlineData(BinaryOp.Modulus, -7, 2, -1)]
    [InlineData(BinaryOp.IntegerDivide, 7, -2, -3)]
    [InlineData(BinaryOp.Modulus, 7, -2, 1)]
    [InlineData(BinaryOp.Modulus, 7.5, 2, 1.5)]
    [InlineData(BinaryOp.Modulus, 5, 0, double.NaN)]
    [InlineData(BinaryOp.IntegerDivide, 5, 0, double.PositiveInfinity)]
    [InlineData(BinaryOp.IntegerDivide, -5, 0, double.NegativeInfinity)]
    [InlineData(BinaryOp.IntegerDivide, 0, 0, double.NaN)]
    [InlineData(BinaryOp.Divide, 1, 0, double.PositiveInfinity)]
    [InlineData(BinaryOp.Divide, 0, 0, double.NaN)]
    [InlineData(BinaryOp.Power, 2, 3, 8)]
    [InlineData(BinaryOp.Power, 2, -1, 0.5)]
    [InlineData(BinaryOp.Power, -8, 1.0 / 3, double.NaN)]
    [InlineData(BinaryOp.Power, double.NaN, 0, 1)]
    [InlineData(BinaryOp.Power, 1, double.NaN, double.NaN)]
    [InlineData(BinaryOp.Power, 1, double.PositiveInfinity, double.NaN)]
    [InlineData(BinaryOp.Power, -1, double.NegativeInfinity, double.NaN)]
    [InlineData(BinaryOp.Log, 8, 2, 3)]
    [InlineData(BinaryOp.Min, double.NaN, 1, double.NaN)]
    [InlineData(BinaryOp.Max, 1, double.NaN, double.NaN)]
    [InlineData(BinaryOp.Equal, double.NaN, double.NaN, 0)]
    [InlineData(BinaryOp.NotEqual, double.NaN, double.NaN, 1)]
    [InlineData(BinaryOp.And, double.NaN, 1, 1)]
    [InlineData(BinaryOp.Xor, 2, 0, 1)]
    [InlineData(BinaryOp.Xor, 2, -3, 0)]
    [InlineData(BinaryOp.BitwAnd, 12, 10, 8)]
    [InlineData(BinaryOp.BitwOr, 12, 10, 14)]
    [InlineData(BinaryOp.BitwXor, 12, 10, 6)]
    [InlineData(BinaryOp.BitwShiftL, 3, 4, 48)]
    [InlineData(BinaryOp.BitwShiftR, -16, 2, -4)]
    [InlineData(BinaryOp.BitwAnd, 12.9, 10.9, 8)]
    public void BinaryOperatorGivesTheWorkedOutValue(BinaryOp op, double a, double b, double expected) =>
        Assert.True(BlockAssert.Same(expected, CellOps.Apply(op, a, b), checkZeroSign: true),
            $"{op}({a}, {b}) = {BlockAssert.Text(CellOps.Apply(op, a, b))}, expected {BlockAssert.Text(expected)}");

    /// <summary>round is Java's Math.round (halves up, NaN to 0); sign keeps signed zeros.</summary>
    [Theory]
    [InlineData(UnaryOp.Round, 2.5, 3)]
    [InlineData(UnaryOp.Round, -2.5, -2)]
    [InlineData(UnaryOp.Round, -2.6, -3)]
    [InlineData(UnaryOp.Round, 0.49999999999999994, 0)]
    [InlineData(UnaryOp.Round, 4503599627370497.0, 4503599627370497.0)]
    [InlineData(UnaryOp.Round, double.NaN, 0)]
    [InlineData(UnaryOp.Round, double.PositiveInfinity, 9223372036854775807.0)]
    [InlineData(UnaryOp.Round, double.NegativeInfinity, -9223372036854775808.0)]
    [InlineData(UnaryOp.Sign, -3, -1)]
    [InlineData(UnaryOp.Sign, double.NaN, double.NaN)]
    [InlineData(UnaryOp.Not, double.NaN, 0)]
    [InlineData(UnaryOp.Not, 0, 1)]
    [InlineData(UnaryOp.Sigmoid, 0, 0.5)]
    [InlineData(UnaryOp.Sigmoid, double.NegativeInfinity, 0)]
    [InlineData(UnaryOp.IsNA, double.NaN, 1)]
    [InlineData(UnaryOp.IsInfinite, double.NegativeInfinity, 1)]
    [InlineData(UnaryOp.Log, 0, double.NegativeInfinity)]
    [InlineData(UnaryOp.Sqrt, -1, double.NaN)]
    public void UnaryOperatorGivesTheWorkedOutValue(UnaryOp op, double a, double expected) =>
        Assert.True(BlockAssert.Same(expected, CellOps.Apply(op, a), checkZeroSign: true),
            $"{op}({a}) = {BlockAssert.Text(CellOps.Apply(op, a))}, expected {BlockAssert.Text(expected)}");

    /// <summary>
    /// Zeros that come out of a long conversion are +0.0 (SystemDS prints <c>0.0</c> for
    /// <c>-1.5 %/% 2</c> and <c>round(-0.2)</c>); IEEE operations keep -0.0.
    /// </summary>
    [Fact]
    public void SignOfZeroFollowsSystemDs()
    {
        Assert.False(double.IsNegative(CellOps.Apply(BinaryOp.IntegerDivide, -1.5, 2)));
        Assert.False(double.IsNegative(CellOps.Apply(UnaryOp.Round, -0.0)));
        Assert.False(double.IsNegative(CellOps.Apply(UnaryOp.Round, -0.2)));
        Assert.True(double.IsNegative(CellOps.Apply(BinaryOp.Multiply, -1, 0)));
        Assert.True(double.IsNegative(CellOps.Apply(UnaryOp.Negate, 0)));
        Assert.True(double.IsNegative(CellOps.Apply(UnaryOp.Sign, -0.0)));
        Assert.True(double.IsNegative(CellOps.Apply(BinaryOp.Min, 0.0, -0.0)));
        Assert.False(double.IsNegative(CellOps.Apply(BinaryOp.Max, -0.0, 0.0)));
    }
}

using DmlNet.Runtime.Data;

namespace DmlNet.Runtime.Kernels;

/// <summary>
/// Weighted means, central moments and covariances of vectors. Weights are real multiplicities:
/// with total weight W and weighted mean m, the k-th central moment is sum(w (x - m)^k) / W
/// (divides by n, reference §12.11) and the covariance sum(w (x - mx)(y - my)) / (W - 1), which is
/// 0 when W = 1 (as SystemDS). Sums are Kahan-compensated; NaN cells give NaN.
/// </summary>
public static class MomentKernels
{
    /// <summary><c>mean(x, weights)</c>: sum(w x) / sum(w) over matching cells of two same-shape matrices.</summary>
    public static double WeightedMean(MatrixBlock x, MatrixBlock weights)
    {
        RequireSameShape("mean()", x, weights, "weights");
        return Mean(x.DenseValues(), weights.DenseValues(), out _);
    }

    /// <summary><c>moment(x[, weights], order)</c> for order 2, 3 or 4 of a vector.</summary>
    public static double CentralMoment(MatrixBlock x, MatrixBlock? weights, long order)
    {
        if (order is not (2 or 3 or 4))
        {
            throw new DmlRuntimeException($"moment() order must be 2, 3 or 4, got {order}");
        }
        var values = VectorValues.Of(x, "moment()", "x");
        var w = weights is null ? null : VectorValues.Matching(weights, values.Length, "moment()", "weights");
        var mean = Mean(values, w, out var total);
        var sum = new KahanSum();
        for (var i = 0; i < values.Length; i++)
        {
            var deviation = values[i] - mean;
            var power = deviation * deviation;
            power = order switch
            {
                3 => power * deviation,
                4 => power * power,
                _ => power,
            };
            sum.Add(w is null ? power : w[i] * power);
        }
        return sum.Value / total;
    }

    /// <summary><c>cov(x, y[, weights])</c>: the sample covariance (n - 1) of two vectors of one length.</summary>
    public static double Covariance(MatrixBlock x, MatrixBlock y, MatrixBlock? weights)
    {
        var xs = VectorValues.Of(x, "cov()", "x");
        var ys = VectorValues.Matching(y, xs.Length, "cov()", "y");
        var w = weights is null ? null : VectorValues.Matching(weights, xs.Length, "cov()", "weights");
        var meanX = Mean(xs, w, out var total);
        var meanY = Mean(ys, w, out _);
        var sum = new KahanSum();
        for (var i = 0; i < xs.Length; i++)
        {
            var product = (xs[i] - meanX) * (ys[i] - meanY);
            sum.Add(w is null ? product : w[i] * product);
        }
        return total switch
        {
            0 => double.NaN,
            1 => 0,
            _ => sum.Value / (total - 1),
        };
    }

    /// <summary>The (weighted) mean of the values and the total weight (the count without weights).</summary>
    private static double Mean(double[] values, double[]? weights, out double total)
    {
        var sum = new KahanSum();
        var weight = new KahanSum();
        for (var i = 0; i < values.Length; i++)
        {
            var w = weights?[i] ?? 1;
            sum.Add(w * values[i]);
            weight.Add(w);
        }
        total = weight.Value;
        return sum.Value / total;
    }

    private static void RequireSameShape(string function, MatrixBlock x, MatrixBlock other, string name)
    {
        if (x.Rows != other.Rows || x.Columns != other.Columns)
        {
            throw new DmlRuntimeException(
                $"{function} needs {name} of the shape of x: x is {x.Rows} x {x.Columns}, {name} is {other.Rows} x {other.Columns}");
        }
    }
}

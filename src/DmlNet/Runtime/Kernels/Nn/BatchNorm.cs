using DmlNet.Runtime.Data;

namespace DmlNet.Runtime.Kernels.Nn;

/// <summary>
/// batch_norm2d and its gradient on N x C*H*W images with C x 1 per-channel vectors. Training
/// normalises with the batch mean and the uncorrected batch variance of each channel (over N*H*W
/// cells) and updates the moving averages as <c>mu*ema + (1 - mu)*statistic</c>; testing uses the
/// moving averages and returns them unchanged. <c>out = (x - mean) / sqrt(var + eps) * gamma + beta</c>.
/// </summary>
public static class BatchNorm
{
    /// <summary>The five outputs: out, the updated moving mean and variance, the mean used and 1/sqrt(var + eps).</summary>
    public sealed record Outputs(MatrixBlock Out, MatrixBlock RunningMean, MatrixBlock RunningVar, MatrixBlock Mean, MatrixBlock InvStd);

    /// <summary>The forward pass; <paramref name="train"/> selects batch statistics.</summary>
    public static Outputs Forward(MatrixBlock input, MatrixBlock gamma, MatrixBlock beta, MatrixBlock runningMean, MatrixBlock runningVar,
        bool train, double epsilon, double mu)
    {
        var c = Channels("batch_norm2d", input, ("scale", gamma), ("bias", beta), ("runningMean", runningMean), ("runningVar", runningVar));
        var x = input.DenseValues();
        var (n, positions) = (input.Rows, input.Columns / c);
        double[] mean, variance;
        if (train)
        {
            (mean, variance) = Statistics(x, n, c, positions);
        }
        else
        {
            (mean, variance) = (runningMean.DenseValues(), runningVar.DenseValues());
        }
        var invStd = variance.Select(v => 1 / Math.Sqrt(v + epsilon)).ToArray();
        var (scale, shift) = (gamma.DenseValues(), beta.DenseValues());
        var output = GC.AllocateUninitializedArray<double>(x.Length); // every cell is written below
        Parallelism.ForRows(n, input.CellCount, (start, end) =>
        {
            for (var i = start; i < end; i++)
            {
                for (var k = 0; k < c; k++)
                {
                    var offset = (long)i * input.Columns + k * positions;
                    var (m, a, b) = (mean[k], invStd[k] * scale[k], shift[k]);
                    for (var j = offset; j < offset + positions; j++)
                    {
                        output[j] = (x[j] - m) * a + b;
                    }
                }
            }
        });
        var updatedMean = train ? Blend(runningMean.DenseValues(), mean, mu) : runningMean;
        var updatedVar = train ? Blend(runningVar.DenseValues(), variance, mu) : runningVar;
        return new Outputs(MatrixBlock.FromDense(n, input.Columns, output), updatedMean, updatedVar, Vector(mean), Vector(invStd));
    }

    /// <summary>The gradients dX, dgamma, dbeta of a training-mode forward pass, from its cached mean and 1/sqrt(var + eps).</summary>
    public static (MatrixBlock DX, MatrixBlock DGamma, MatrixBlock DBeta) Backward(MatrixBlock input, MatrixBlock dout, MatrixBlock gamma,
        MatrixBlock mean, MatrixBlock invStd)
    {
        var c = Channels("batch_norm2d_backward", input, ("scale", gamma), ("cacheMean", mean), ("cacheInvVar", invStd));
        if (dout.Rows != input.Rows || dout.Columns != input.Columns)
        {
            throw new DmlRuntimeException($"batch_norm2d_backward(): dout is {dout.Rows} x {dout.Columns} but input is {input.Rows} x {input.Columns}");
        }
        var (x, dy, m, s, scale) = (input.DenseValues(), dout.DenseValues(), mean.DenseValues(), invStd.DenseValues(), gamma.DenseValues());
        var (n, positions, columns) = (input.Rows, input.Columns / c, input.Columns);
        var dBeta = new double[c];
        var dGamma = new double[c];
        Parallelism.ForRows(c, input.CellCount, (start, end) =>
        {
            for (var k = start; k < end; k++)
            {
                double sumDy = 0, sumDyXhat = 0;
                for (var i = 0; i < n; i++)
                {
                    var offset = (long)i * columns + k * positions;
                    for (var j = offset; j < offset + positions; j++)
                    {
                        sumDy += dy[j];
                        sumDyXhat += dy[j] * (x[j] - m[k]) * s[k];
                    }
                }
                (dBeta[k], dGamma[k]) = (sumDy, sumDyXhat);
            }
        });
        var count = (double)n * positions;
        var dX = new double[x.Length];
        Parallelism.ForRows(n, input.CellCount, (start, end) =>
        {
            for (var i = start; i < end; i++)
            {
                for (var k = 0; k < c; k++)
                {
                    var offset = (long)i * columns + k * positions;
                    var factor = scale[k] * s[k] / count;
                    for (var j = offset; j < offset + positions; j++)
                    {
                        var xhat = (x[j] - m[k]) * s[k];
                        dX[j] = factor * (count * dy[j] - dBeta[k] - xhat * dGamma[k]);
                    }
                }
            }
        });
        return (MatrixBlock.FromDense(n, columns, dX), Vector(dGamma), Vector(dBeta));
    }

    /// <summary>The channel count C (rows of the vectors), checking each is C x 1 and C divides ncol(input).</summary>
    private static int Channels(string call, MatrixBlock input, params (string Name, MatrixBlock Block)[] vectors)
    {
        var c = vectors[0].Block.Rows;
        foreach (var (name, block) in vectors)
        {
            if (block.Rows != c || block.Columns != 1)
            {
                throw new DmlRuntimeException($"{call}(): {name} must be C x 1 with C = {c} (the rows of {vectors[0].Name}), got {block.Rows} x {block.Columns}");
            }
        }
        if (c == 0 || input.Columns % c != 0)
        {
            throw new DmlRuntimeException($"{call}(): input has {input.Columns} columns, not a multiple of the {c} channels of its C x 1 vectors");
        }
        return c;
    }

    /// <summary>Per-channel mean and uncorrected variance (two passes).</summary>
    private static (double[] Mean, double[] Variance) Statistics(double[] x, int n, int c, int positions)
    {
        var (mean, variance) = (new double[c], new double[c]);
        var count = (double)n * positions;
        Parallelism.ForRows(c, x.LongLength, (start, end) =>
        {
            for (var k = start; k < end; k++)
            {
                double sum = 0;
                for (var i = 0; i < n; i++)
                {
                    var offset = (long)i * c * positions + k * positions;
                    for (var j = offset; j < offset + positions; j++)
                    {
                        sum += x[j];
                    }
                }
                var m = sum / count;
                double squares = 0;
                for (var i = 0; i < n; i++)
                {
                    var offset = (long)i * c * positions + k * positions;
                    for (var j = offset; j < offset + positions; j++)
                    {
                        squares += (x[j] - m) * (x[j] - m);
                    }
                }
                (mean[k], variance[k]) = (m, squares / count);
            }
        });
        return (mean, variance);
    }

    private static MatrixBlock Blend(double[] moving, double[] statistic, double mu) =>
        Vector(moving.Select((v, k) => mu * v + (1 - mu) * statistic[k]).ToArray());

    private static MatrixBlock Vector(double[] values) => MatrixBlock.FromDense(values.Length, 1, values);
}

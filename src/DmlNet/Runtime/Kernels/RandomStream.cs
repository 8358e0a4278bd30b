namespace DmlNet.Runtime.Kernels;

/// <summary>
/// A small, fast, reproducible random generator (xoshiro256**, seeded by SplitMix64), so a
/// seed gives the same numbers on every platform and .NET version.
/// </summary>
internal sealed class RandomStream
{
    private ulong s0, s1, s2, s3;
    private double spareNormal = double.NaN;

    /// <summary>A stream for a seed; <paramref name="stream"/> selects an independent sub-stream (e.g. a block of rows).</summary>
    public RandomStream(long seed, long stream = 0)
    {
        var x = (ulong)seed ^ (0x9E3779B97F4A7C15UL * (ulong)(stream + 1));
        s0 = SplitMix(ref x);
        s1 = SplitMix(ref x);
        s2 = SplitMix(ref x);
        s3 = SplitMix(ref x);
    }

    private static ulong SplitMix(ref ulong x)
    {
        var z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextBits()
    {
        var result = ulong.RotateLeft(s1 * 5, 7) * 9;
        var t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = ulong.RotateLeft(s3, 45);
        return result;
    }

    /// <summary>A uniform double in [0, 1).</summary>
    public double NextDouble() => (NextBits() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform integer in [0, bound).</summary>
    public long NextLong(long bound)
    {
        var limit = ulong.MaxValue - ulong.MaxValue % (ulong)bound;
        ulong bits;
        do
        {
            bits = NextBits();
        }
        while (bits >= limit);
        return (long)(bits % (ulong)bound);
    }

    /// <summary>A standard normal value (Marsaglia's polar method).</summary>
    public double NextNormal()
    {
        if (!double.IsNaN(spareNormal))
        {
            var spare = spareNormal;
            spareNormal = double.NaN;
            return spare;
        }
        double u, v, s;
        do
        {
            u = 2 * NextDouble() - 1;
            v = 2 * NextDouble() - 1;
            s = u * u + v * v;
        }
        while (s >= 1 || s == 0);
        var factor = Math.Sqrt(-2 * Math.Log(s) / s);
        spareNormal = v * factor;
        return u * factor;
    }

    /// <summary>A Poisson value with mean <paramref name="lambda"/> (Knuth below 30, Hörmann's PTRS above).</summary>
    public double NextPoisson(double lambda)
    {
        if (lambda < 30)
        {
            var limit = Math.Exp(-lambda);
            var k = 0;
            var product = NextDouble();
            while (product > limit)
            {
                k++;
                product *= NextDouble();
            }
            return k;
        }
        var root = Math.Sqrt(lambda);
        var logLambda = Math.Log(lambda);
        var b = 0.931 + 2.53 * root;
        var a = -0.059 + 0.02483 * b;
        var inverseAlpha = 1.1239 + 1.1328 / (b - 3.4);
        var vr = 0.9277 - 3.6224 / (b - 2);
        while (true)
        {
            var u = NextDouble() - 0.5;
            var v = NextDouble();
            var us = 0.5 - Math.Abs(u);
            var k = Math.Floor((2 * a / us + b) * u + lambda + 0.43);
            if (us >= 0.07 && v <= vr)
            {
                return k;
            }
            if (k < 0 || (us < 0.013 && v > us))
            {
                continue;
            }
            if (Math.Log(v) + Math.Log(inverseAlpha) - Math.Log(a / (us * us) + b)
                <= -lambda + k * logLambda - MathNet.Numerics.SpecialFunctions.GammaLn(k + 1))
            {
                return k;
            }
        }
    }
}

using MathNet.Numerics.Distributions;

namespace ScenarioSim.Tests.Randomness;

/// <summary>Pearson chi-square goodness-of-fit tests for the sampler tests.</summary>
internal static class GoodnessOfFit
{
    /// <summary>Cells are pooled, left to right, until each expects at least this many draws.</summary>
    public const double MinimumExpectedCount = 5;

    /// <summary>
    /// Chi-square of integer <paramref name="samples"/> against a discrete distribution on
    /// [<paramref name="low"/>, <paramref name="high"/>]; draws and probability outside the range go to
    /// the end cells, and sparse cells (tails in particular) are pooled with their neighbours.
    /// </summary>
    /// <returns>The p-value and the number of cells after pooling.</returns>
    public static (double PValue, int Cells) ChiSquare(
        long[] samples, long low, long high, Func<long, double> pmf, Func<long, double> cdf)
    {
        int width = checked((int)(high - low + 1));
        var observed = new double[width];
        foreach (long x in samples)
        {
            observed[(int)(Math.Clamp(x, low, high) - low)]++;
        }

        var expected = new double[width];
        for (int i = 0; i < width; i++)
        {
            expected[i] = pmf(low + i);
        }

        expected[0] += low > 0 ? cdf(low - 1) : 0;
        expected[^1] += Math.Max(0, 1 - cdf(high));
        for (int i = 0; i < width; i++)
        {
            expected[i] *= samples.Length;
        }

        return Pool(observed, expected);
    }

    /// <summary>
    /// Chi-square of <paramref name="samples"/> against a normal distribution in <paramref name="bins"/>
    /// equal-probability bins: for parameters so large (Poisson 1e9, binomial n = 1e12) that the exact pmf
    /// is impractical and the normal approximation's error (skewness ~1e-5) is far below what the test
    /// can see.
    /// </summary>
    public static (double PValue, int Cells) ChiSquareAgainstNormal(long[] samples, double mean, double sd, int bins)
    {
        var edges = new double[bins - 1];
        for (int i = 0; i < edges.Length; i++)
        {
            edges[i] = Normal.InvCDF(0, 1, (i + 1.0) / bins);
        }

        var observed = new double[bins];
        foreach (long x in samples)
        {
            double z = (x - mean) / sd;
            int bin = Array.BinarySearch(edges, z);
            observed[bin >= 0 ? bin + 1 : ~bin]++;
        }

        var expected = new double[bins];
        Array.Fill(expected, (double)samples.Length / bins);
        return Pool(observed, expected);
    }

    private static (double PValue, int Cells) Pool(double[] observed, double[] expected)
    {
        var pooledObserved = new List<double>();
        var pooledExpected = new List<double>();
        double o = 0;
        double e = 0;
        for (int i = 0; i < observed.Length; i++)
        {
            o += observed[i];
            e += expected[i];
            if (e >= MinimumExpectedCount)
            {
                pooledObserved.Add(o);
                pooledExpected.Add(e);
                o = 0;
                e = 0;
            }
        }

        if (pooledObserved.Count == 0)
        {
            return (1.0, 1);
        }

        pooledObserved[^1] += o;
        pooledExpected[^1] += e;

        double statistic = 0;
        for (int i = 0; i < pooledObserved.Count; i++)
        {
            double difference = pooledObserved[i] - pooledExpected[i];
            statistic += difference * difference / pooledExpected[i];
        }

        int cells = pooledObserved.Count;
        double pValue = cells < 2 ? 1.0 : 1.0 - ChiSquared.CDF(cells - 1, statistic);
        return (pValue, cells);
    }
}

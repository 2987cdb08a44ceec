using ScenarioSim.Results;

namespace ScenarioSim.Statistics;

/// <summary>Summary statistics of a sample given as sorted (value, count) pairs.</summary>
internal static class SampleSummary
{
    /// <summary>
    /// Summarises a sample. Sums run over values in ascending order, so the result depends only on the
    /// sample, never on how it was accumulated. Quantiles are Hyndman–Fan type 7.
    /// </summary>
    public static SummaryStatistics FromSortedCounts(IReadOnlyList<KeyValuePair<double, long>> counts, long n)
    {
        if (n == 0)
        {
            return new SummaryStatistics(0, double.NaN, double.NaN, double.NaN,
                double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        double sum = 0;
        foreach (var (value, count) in counts)
        {
            sum += value * count;
        }

        double mean = sum / n;
        double squares = 0;
        foreach (var (value, count) in counts)
        {
            double d = value - mean;
            squares += d * d * count;
        }

        double sd = n > 1 ? Math.Sqrt(squares / (n - 1)) : double.NaN;
        double se = n > 1 ? sd / Math.Sqrt(n) : double.NaN;
        return new SummaryStatistics(
            n, mean, sd, se,
            Quantile(counts, n, 0.05), Quantile(counts, n, 0.25), Quantile(counts, n, 0.50),
            Quantile(counts, n, 0.75), Quantile(counts, n, 0.95),
            counts[0].Key, counts[^1].Key);
    }

    /// <summary>Type-7 quantile: linear interpolation between order statistics at rank (n − 1)·p.</summary>
    public static double Quantile(IReadOnlyList<KeyValuePair<double, long>> counts, long n, double p)
    {
        double h = (n - 1) * p;
        long lower = (long)Math.Floor(h);
        double fraction = h - lower;
        double below = OrderStatistic(counts, lower);
        if (fraction == 0 || lower + 1 >= n)
        {
            return below;
        }

        double above = OrderStatistic(counts, lower + 1);
        return below + (fraction * (above - below));
    }

    private static double OrderStatistic(IReadOnlyList<KeyValuePair<double, long>> counts, long rank)
    {
        long seen = 0;
        foreach (var (value, count) in counts)
        {
            seen += count;
            if (rank < seen)
            {
                return value;
            }
        }

        return counts[^1].Key;
    }
}

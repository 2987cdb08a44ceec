using ScenarioSim.Results;

namespace ScenarioSim.Statistics;

/// <summary>Summary statistics of a sample given as sorted (value, count) pairs.</summary>
internal static class SampleSummary
{
    /// <summary>
    /// Summarises a sample. Sums run over values in ascending order, so the result depends only on the
    /// sample, never on how it was accumulated. Quantiles are Hyndman–Fan type 7 (<see cref="Type7Quantile"/>).
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
            Type7Quantile.OfSortedCounts(counts, n, 0.05), Type7Quantile.OfSortedCounts(counts, n, 0.25), Type7Quantile.OfSortedCounts(counts, n, 0.50),
            Type7Quantile.OfSortedCounts(counts, n, 0.75), Type7Quantile.OfSortedCounts(counts, n, 0.95),
            counts[0].Key, counts[^1].Key);
    }
}

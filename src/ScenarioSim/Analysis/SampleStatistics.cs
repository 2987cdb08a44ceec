using ScenarioSim.Results;
using ScenarioSim.Statistics;

namespace ScenarioSim.Analysis;

/// <summary>Summaries of raw samples, with the same definitions as a run's summaries (<see cref="SampleSummary"/>).</summary>
internal static class SampleStatistics
{
    /// <summary>Summarises the finite values of <paramref name="values"/>; NaN values are skipped.</summary>
    public static SummaryStatistics Summarise(IEnumerable<double> values)
    {
        var counts = values
            .Where(v => !double.IsNaN(v))
            .GroupBy(v => v)
            .Select(g => new KeyValuePair<double, long>(g.Key, g.LongCount()))
            .OrderBy(p => p.Key)
            .ToList();
        return SampleSummary.FromSortedCounts(counts, counts.Sum(p => p.Value));
    }

    /// <summary>Sample variance (divisor n − 1) summed in the given order; NaN below two values.</summary>
    public static double Variance(IReadOnlyList<double> values)
    {
        int n = values.Count;
        if (n < 2)
        {
            return double.NaN;
        }

        double mean = 0;
        foreach (double v in values)
        {
            mean += v;
        }

        mean /= n;
        double squares = 0;
        foreach (double v in values)
        {
            double d = v - mean;
            squares += d * d;
        }

        return squares / (n - 1);
    }
}

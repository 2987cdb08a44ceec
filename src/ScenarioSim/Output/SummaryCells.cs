using ScenarioSim.IO;
using ScenarioSim.Results;

namespace ScenarioSim.Output;

/// <summary>The CSV cells of summary statistics and metric summaries, as <c>metrics.csv</c>, <c>series.csv</c> and the analysis tables lay them out.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class SummaryCells
{
    /// <summary>The cells <c>mean, sd, se, p05, p25, p50, p75, p95, min, max</c> of a summary.</summary>
    public static string[] Statistics(SummaryStatistics s) =>
    [
        CsvCell.Number(s.Mean), CsvCell.Number(s.Sd), CsvCell.Number(s.Se), CsvCell.Number(s.P05), CsvCell.Number(s.P25), CsvCell.Number(s.P50),
        CsvCell.Number(s.P75), CsvCell.Number(s.P95), CsvCell.Number(s.Min), CsvCell.Number(s.Max),
    ];

    /// <summary>
    /// The cells of a metric's summary as <c>metrics.csv</c> lays them out: <c>n, n_missing, mean … max,
    /// probability, ci95_low, ci95_high</c> (the last three empty for metrics that are not 0/1).
    /// </summary>
    public static string[] Metric(MetricSummary metric)
    {
        var p = metric.Probability;
        return
        [
            CsvCell.Number(metric.Statistics.Count),
            CsvCell.Number(metric.MissingCount),
            .. Statistics(metric.Statistics),
            p is null ? string.Empty : CsvCell.Number(p.Probability),
            p is null ? string.Empty : CsvCell.Number(p.Ci95Low),
            p is null ? string.Empty : CsvCell.Number(p.Ci95High),
        ];
    }
}

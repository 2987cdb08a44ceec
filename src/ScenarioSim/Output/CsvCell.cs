using System.Globalization;
using ScenarioSim.Results;

namespace ScenarioSim.Output;

/// <summary>
/// Formats CSV cells (RFC 4180) the same way on every machine: invariant culture, shortest
/// round-trip doubles, NaN and infinities as an empty cell; (reading is <see cref="CsvRecordReader"/>'s).
/// </summary>
internal static class CsvCell
{
    /// <summary>The line terminator of every CSV file ScenarioSim writes.</summary>
    public const char LineEnd = '\n';

    public static string Text(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0
            ? value
            : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public static string Number(double value) =>
        double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : string.Empty;

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The cells <c>mean, sd, se, p05, p25, p50, p75, p95, min, max</c> of a summary.</summary>
    public static string[] Statistics(SummaryStatistics s) =>
    [
        Number(s.Mean), Number(s.Sd), Number(s.Se), Number(s.P05), Number(s.P25), Number(s.P50),
        Number(s.P75), Number(s.P95), Number(s.Min), Number(s.Max),
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
            Number(metric.Statistics.Count),
            Number(metric.MissingCount),
            .. Statistics(metric.Statistics),
            p is null ? string.Empty : Number(p.Probability),
            p is null ? string.Empty : Number(p.Ci95Low),
            p is null ? string.Empty : Number(p.Ci95High),
        ];
    }

    public static void WriteRow(TextWriter writer, params ReadOnlySpan<string> cells)
    {
        for (int i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            writer.Write(cells[i]);
        }

        writer.Write(LineEnd);
    }
}

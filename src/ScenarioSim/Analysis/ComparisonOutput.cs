using System.Text.Json;
using ScenarioSim.Engine;
using ScenarioSim.IO;
using ScenarioSim.Output;
using ScenarioSim.Results;

namespace ScenarioSim.Analysis;

/// <summary>
/// Writes a comparison's files: <c>compare.json</c> (every scenario's summaries and each later
/// scenario's paired differences from the first) and <c>compare.csv</c> (tidy: one row per scenario and
/// metric). Both are staged and moved into place together, so a failure leaves neither; the bytes
/// depend only on the comparison.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class ComparisonOutput
{
    /// <summary>The JSON file's name.</summary>
    public const string JsonFileName = "compare.json";

    /// <summary>The CSV file's name.</summary>
    public const string CsvFileName = "compare.csv";

    /// <summary>
    /// The CSV header's columns, in order. The <c>diff_*</c> and <c>variance_*</c> columns are empty on the
    /// reference's rows; a non-finite value (an infinite or undefined variance reduction) is an empty cell.
    /// </summary>
    public static IReadOnlyList<string> CsvColumns { get; } =
    [
        "scenario", "reference", "metric", "n", "n_missing", "mean", "sd", "se", "p05", "p25", "p50", "p75", "p95", "min", "max",
        "probability", "probability_ci95_low", "probability_ci95_high",
        "diff_n_pairs", "diff_n_unpaired", "diff_mean", "diff_sd", "diff_se", "diff_ci95_low", "diff_ci95_high",
        "variance_independent", "variance_difference", "variance_reduction",
    ];

    /// <summary>Writes <c>compare.json</c> and <c>compare.csv</c> into <paramref name="directory"/>, creating it if missing.</summary>
    /// <param name="directory">The output directory.</param>
    /// <param name="comparison">The comparison.</param>
    public static void Write(string directory, ComparisonResult comparison)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        ArgumentNullException.ThrowIfNull(comparison);
        AtomicFile.WriteSet(
            directory,
            [
                (JsonFileName, s => WriteJson(s, comparison)),
                (CsvFileName, s => WriteCsv(s, comparison)),
            ]);
    }

    /// <summary>Writes <c>compare.json</c> to <paramref name="stream"/> (left open).</summary>
    /// <param name="stream">Receives UTF-8 JSON.</param>
    /// <param name="comparison">The comparison.</param>
    public static void WriteJson(Stream stream, ComparisonResult comparison)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(comparison);
        DeterministicJson.Write(stream, json =>
        {
            json.WriteStartObject();
            json.WriteNumber(CompareJsonFields.Seed, comparison.Seed);
            json.WriteNumber(CompareJsonFields.Replications, comparison.Replications);
            json.WriteString(CompareJsonFields.Version, LibraryVersion.Current);
            json.WriteString(CompareJsonFields.Reference, comparison.Reference.Label);
            json.WriteString(CompareJsonFields.Difference, "scenario - reference, paired by replication (common random numbers)");
            json.WriteString(CompareJsonFields.Interval, "student-t, n_pairs - 1 degrees of freedom");

            json.WriteStartArray(CompareJsonFields.Scenarios);
            foreach (var scenario in comparison.Scenarios)
            {
                json.WriteStartObject();
                json.WriteString(CompareJsonFields.Name, scenario.Label);
                json.WriteString(CompareJsonFields.Sha256, scenario.Sha256);
                json.WriteStartObject(CompareJsonFields.Metrics);
                foreach (var metric in scenario.Metrics)
                {
                    json.WriteStartObject(metric.Name);
                    WriteMetric(json, metric);
                    json.WriteEndObject();
                }

                json.WriteEndObject();
                if (scenario.Series.Count > 0)
                {
                    SummaryJson.WriteSeries(json, SummaryJsonFields.Series, scenario.Series);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();

            json.WriteStartArray(CompareJsonFields.Differences);
            foreach (var differences in comparison.Differences)
            {
                json.WriteStartObject();
                json.WriteString(CompareJsonFields.Scenario, differences.Scenario);
                json.WriteStartObject(CompareJsonFields.Metrics);
                foreach (var d in differences.Metrics)
                {
                    json.WriteStartObject(d.Metric);
                    WriteDifference(json, d);
                    json.WriteEndObject();
                }

                json.WriteEndObject();
                if (differences.Series.Count > 0)
                {
                    WriteSeriesDifferences(json, differences.Series);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    /// <summary>Writes <c>compare.csv</c> to <paramref name="stream"/> (left open).</summary>
    /// <param name="stream">Receives UTF-8 CSV with <c>\n</c> line endings.</param>
    /// <param name="comparison">The comparison.</param>
    public static void WriteCsv(Stream stream, ComparisonResult comparison)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(comparison);
        using var writer = OutputEncoding.CreateWriter(stream);
        CsvCell.WriteRow(writer, [.. CsvColumns]);
        for (int s = 0; s < comparison.Scenarios.Count; s++)
        {
            var scenario = comparison.Scenarios[s];
            var differences = s == 0 ? null : comparison.Differences[s - 1];
            foreach (var metric in scenario.Metrics)
            {
                var d = differences?.Metric(metric.Name);
                CsvCell.WriteRow(
                    writer,
                    [
                        CsvCell.Text(scenario.Label),
                        CsvCell.Text(comparison.Reference.Label),
                        CsvCell.Text(metric.Name),
                        .. SummaryCells.Metric(metric),
                        d is null ? string.Empty : CsvCell.Number(d.Pairs),
                        d is null ? string.Empty : CsvCell.Number(d.Unpaired),
                        d is null ? string.Empty : CsvCell.Number(d.Mean),
                        d is null ? string.Empty : CsvCell.Number(d.Sd),
                        d is null ? string.Empty : CsvCell.Number(d.Se),
                        d is null ? string.Empty : CsvCell.Number(d.Ci95Low),
                        d is null ? string.Empty : CsvCell.Number(d.Ci95High),
                        d is null ? string.Empty : CsvCell.Number(d.VarianceIndependent),
                        d is null ? string.Empty : CsvCell.Number(d.VarianceDifference),
                        d is null ? string.Empty : CsvCell.Number(d.VarianceReduction),
                    ]);
            }
        }
    }

    /// <summary>A metric's summary with the field names of <c>summary.json</c>, <c>n_missing</c> always present.</summary>
    private static void WriteMetric(Utf8JsonWriter json, MetricSummary metric)
    {
        json.WriteNumber(SummaryJsonFields.N, metric.Statistics.Count);
        json.WriteNumber(SummaryJsonFields.NMissing, metric.MissingCount);
        SummaryJsonValues.Moments(json, metric.Statistics);
        if (metric.Probability is { } p)
        {
            SummaryJsonValues.Proportion(json, p);
        }
    }

    private static void WriteDifference(Utf8JsonWriter json, PairedDifference d)
    {
        DeterministicJson.Number(json, CompareJsonFields.Mean, d.Mean);
        DeterministicJson.Number(json, CompareJsonFields.Ci95Low, d.Ci95Low);
        DeterministicJson.Number(json, CompareJsonFields.Ci95High, d.Ci95High);

        // Infinite (the pairs never differ) and undefined reductions are both null, as every non-finite
        // number in ScenarioSim's JSON; variance_difference = 0 with variance_independent > 0 tells the first.
        DeterministicJson.Number(json, CompareJsonFields.VarianceReduction, d.VarianceReduction);

        json.WriteNumber(CompareJsonFields.NPairs, d.Pairs);
        json.WriteNumber(CompareJsonFields.NUnpaired, d.Unpaired);
        DeterministicJson.Number(json, CompareJsonFields.Sd, d.Sd);
        DeterministicJson.Number(json, CompareJsonFields.Se, d.Se);
        DeterministicJson.Number(json, CompareJsonFields.VarianceIndependent, d.VarianceIndependent);
        DeterministicJson.Number(json, CompareJsonFields.VarianceDifference, d.VarianceDifference);
        WritePercentChange(json, d);
    }

    /// <summary>Added after the older fields, so that readers of those see them unchanged.</summary>
    private static void WritePercentChange(Utf8JsonWriter json, PairedDifference d)
    {
        DeterministicJson.Number(json, CompareJsonFields.ReferenceMean, d.ReferenceMean);
        DeterministicJson.Number(json, CompareJsonFields.PercentChange, d.PercentChange);
        DeterministicJson.Number(json, CompareJsonFields.PercentChangeCi95Low, d.PercentChangeCi95Low);
        DeterministicJson.Number(json, CompareJsonFields.PercentChangeCi95High, d.PercentChangeCi95High);
    }

    /// <summary>series → region (<c>all</c>) → [ { month, paired difference } ], the shape of summary.json's series.</summary>
    private static void WriteSeriesDifferences(Utf8JsonWriter json, IReadOnlyList<MonthlyDifference> months)
    {
        json.WriteStartObject(CompareJsonFields.Series);
        foreach (var series in months.GroupBy(m => m.Series, StringComparer.Ordinal))
        {
            json.WriteStartObject(series.Key);
            json.WriteStartArray(SeriesNames.AllRegions);
            foreach (var month in series)
            {
                json.WriteStartObject();
                json.WriteString(CompareJsonFields.Month, month.Month);
                var d = month.Difference;
                DeterministicJson.Number(json, CompareJsonFields.Mean, d.Mean);
                DeterministicJson.Number(json, CompareJsonFields.Ci95Low, d.Ci95Low);
                DeterministicJson.Number(json, CompareJsonFields.Ci95High, d.Ci95High);
                json.WriteNumber(CompareJsonFields.NPairs, d.Pairs);
                DeterministicJson.Number(json, CompareJsonFields.Se, d.Se);
                WritePercentChange(json, d);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }
}

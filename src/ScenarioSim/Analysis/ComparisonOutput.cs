using System.Text.Json;
using ScenarioSim.Engine;
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
            json.WriteNumber("seed", comparison.Seed);
            json.WriteNumber("replications", comparison.Replications);
            json.WriteString("version", LibraryVersion.Current);
            json.WriteString("reference", comparison.Reference.Label);
            json.WriteString("difference", "scenario - reference, paired by replication (common random numbers)");
            json.WriteString("interval", "student-t, n_pairs - 1 degrees of freedom");

            json.WriteStartArray("scenarios");
            foreach (var scenario in comparison.Scenarios)
            {
                json.WriteStartObject();
                json.WriteString("name", scenario.Label);
                json.WriteString("sha256", scenario.Sha256);
                json.WriteStartObject("metrics");
                foreach (var metric in scenario.Metrics)
                {
                    json.WriteStartObject(metric.Name);
                    WriteMetric(json, metric);
                    json.WriteEndObject();
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();

            json.WriteStartArray("differences");
            foreach (var differences in comparison.Differences)
            {
                json.WriteStartObject();
                json.WriteString("scenario", differences.Scenario);
                json.WriteStartObject("metrics");
                foreach (var d in differences.Metrics)
                {
                    json.WriteStartObject(d.Metric);
                    WriteDifference(json, d);
                    json.WriteEndObject();
                }

                json.WriteEndObject();
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
                        .. CsvCell.Metric(metric),
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
        DeterministicJson.Moments(json, metric.Statistics);
        if (metric.Probability is { } p)
        {
            DeterministicJson.Proportion(json, p);
        }
    }

    private static void WriteDifference(Utf8JsonWriter json, PairedDifference d)
    {
        DeterministicJson.Number(json, "mean", d.Mean);
        DeterministicJson.Number(json, "ci95_low", d.Ci95Low);
        DeterministicJson.Number(json, "ci95_high", d.Ci95High);

        // Infinite (the pairs never differ) and undefined reductions are both null, as every non-finite
        // number in ScenarioSim's JSON; variance_difference = 0 with variance_independent > 0 tells the first.
        DeterministicJson.Number(json, "variance_reduction", d.VarianceReduction);

        json.WriteNumber("n_pairs", d.Pairs);
        json.WriteNumber("n_unpaired", d.Unpaired);
        DeterministicJson.Number(json, "sd", d.Sd);
        DeterministicJson.Number(json, "se", d.Se);
        DeterministicJson.Number(json, "variance_independent", d.VarianceIndependent);
        DeterministicJson.Number(json, "variance_difference", d.VarianceDifference);
    }
}

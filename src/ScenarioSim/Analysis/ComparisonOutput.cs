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

    /// <summary>Reads the scenarios' series, which have <c>summary.json</c>'s shape; a number a month lacks reads as NaN.</summary>
    private static readonly SummaryJsonReader SeriesReader = new(detail => new FormatException($"{JsonFileName}: {detail}."), numbersMayBeMissing: true);

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
        DeterministicJson.Serialize(stream, ToJson(comparison), CompareJsonContext.Default.CompareFileJson);
    }

    /// <summary>
    /// Reads a <c>compare.json</c> back into the comparison it was written from, by the records it was written
    /// with. Values written as <c>null</c> come back as NaN; a probability's success count is recovered as
    /// <c>round(probability · n)</c>; a month's difference has only the fields the file gives a month
    /// (missing counts are 0, missing numbers NaN). Unknown fields are ignored.
    /// </summary>
    /// <param name="stream">The UTF-8 JSON.</param>
    /// <returns>The comparison; its first scenario is the file's <c>reference</c>.</returns>
    /// <exception cref="FormatException">The text is not JSON, lacks a field the writer always writes, or names a reference that is not its first scenario.</exception>
    public static ComparisonResult ReadJson(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var file = DeterministicJson.Deserialize(stream, CompareJsonContext.Default.CompareFileJson, JsonFileName);
        if (file.Scenarios.Count == 0)
        {
            throw new FormatException($"{JsonFileName} has no scenarios.");
        }

        if (file.Scenarios[0].Name != file.Reference)
        {
            throw new FormatException($"{JsonFileName} names '{file.Reference}' as its reference, but its first scenario is '{file.Scenarios[0].Name}'.");
        }

        return new ComparisonResult(
            file.Seed,
            file.Replications,
            [.. file.Scenarios.Select(ToScenario)],
            [.. file.Differences.Select(ToDifferences)]);
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

    private static CompareFileJson ToJson(ComparisonResult comparison) =>
        new(
            comparison.Seed,
            comparison.Replications,
            LibraryVersion.Current,
            comparison.Reference.Label,
            "scenario - reference, paired by replication (common random numbers)",
            "student-t, n_pairs - 1 degrees of freedom",
            [.. comparison.Scenarios.Select(scenario => new CompareScenarioJson(
                scenario.Label,
                scenario.Sha256,
                Keyed(scenario.Metrics, m => m.Name, ToJson),
                scenario.Series.Count > 0 ? SummaryJson.ToRecords(scenario.Series) : null))],
            [.. comparison.Differences.Select(differences => new CompareDifferencesJson(
                differences.Scenario,
                Keyed(differences.Metrics, d => d.Metric, ToJson),
                differences.Series.Count > 0 ? ToJson(differences.Series) : null))]);

    /// <summary>A metric's summary with the field names of <c>summary.json</c>, <c>n_missing</c> always present.</summary>
    private static CompareMetricJson ToJson(MetricSummary metric)
    {
        var s = metric.Statistics;
        var p = metric.Probability;
        return new(s.Count, metric.MissingCount, s.Mean, s.Sd, s.Se, s.P05, s.P25, s.P50, s.P75, s.P95, s.Min, s.Max, p?.Probability, p?.Ci95Low, p?.Ci95High);
    }

    private static PairedDifferenceJson ToJson(PairedDifference d) =>
        new(d.Mean, d.Ci95Low, d.Ci95High, d.VarianceReduction, d.Pairs, d.Unpaired, d.Sd, d.Se, d.VarianceIndependent, d.VarianceDifference, d.ReferenceMean, d.PercentChange, d.PercentChangeCi95Low, d.PercentChangeCi95High);

    /// <summary>series → region (<c>all</c>) → [ { month, paired difference } ], the shape of summary.json's series.</summary>
    private static OrderedDictionary<string, OrderedDictionary<string, List<MonthlyDifferenceJson>>> ToJson(IReadOnlyList<MonthlyDifference> months)
    {
        var bySeries = new OrderedDictionary<string, OrderedDictionary<string, List<MonthlyDifferenceJson>>>(StringComparer.Ordinal);
        foreach (var month in months)
        {
            if (!bySeries.TryGetValue(month.Series, out var regions))
            {
                regions = new(StringComparer.Ordinal) { [SeriesNames.AllRegions] = [] };
                bySeries.Add(month.Series, regions);
            }

            var d = month.Difference;
            regions[SeriesNames.AllRegions].Add(new MonthlyDifferenceJson(
                month.Month, d.Mean, d.Ci95Low, d.Ci95High, d.Pairs, d.Se, d.ReferenceMean, d.PercentChange, d.PercentChangeCi95Low, d.PercentChangeCi95High));
        }

        return bySeries;
    }

    private static ComparedScenario ToScenario(CompareScenarioJson scenario) =>
        new(scenario.Name, scenario.Sha256, [.. scenario.Metrics.Select(m => ToMetric(m.Key, m.Value))])
        {
            Series = scenario.Series is null ? [] : SeriesReader.ReadSeries(scenario.Series),
        };

    private static MetricSummary ToMetric(string name, CompareMetricJson m)
    {
        var statistics = new SummaryStatistics(m.N, m.Mean, m.Sd, m.Se, m.P05, m.P25, m.P50, m.P75, m.P95, m.Min, m.Max);
        double? probability = m.Probability;
        return new MetricSummary(name, statistics)
        {
            MissingCount = m.NMissing,
            Probability = probability is { } p && double.IsFinite(p)
                ? new Proportion((long)Math.Round(p * m.N), m.N, p, m.Ci95Low ?? double.NaN, m.Ci95High ?? double.NaN)
                : null,
        };
    }

    private static ScenarioDifferences ToDifferences(CompareDifferencesJson differences) =>
        new(differences.Scenario, [.. differences.Metrics.Select(m => ToDifference(m.Key, m.Value))])
        {
            Series =
            [
                .. from series in differences.Series ?? []
                   from region in series.Value
                   where region.Key == SeriesNames.AllRegions
                   from month in region.Value
                   select new MonthlyDifference(series.Key, month.Month, ToDifference(series.Key, month)),
            ],
        };

    private static PairedDifference ToDifference(string metric, PairedDifferenceJson d) =>
        new(metric, d.NPairs, d.NUnpaired, d.Mean, d.Sd, d.Se, d.Ci95Low, d.Ci95High, d.VarianceIndependent, d.VarianceDifference, d.VarianceReduction)
        {
            ReferenceMean = d.ReferenceMean,
            PercentChange = d.PercentChange,
            PercentChangeCi95Low = d.PercentChangeCi95Low,
            PercentChangeCi95High = d.PercentChangeCi95High,
        };

    /// <summary>A month's difference: the fields a month has, missing counts 0 and missing numbers NaN.</summary>
    private static PairedDifference ToDifference(string series, MonthlyDifferenceJson d) =>
        new(series, d.NPairs, 0, d.Mean, double.NaN, d.Se, d.Ci95Low, d.Ci95High, double.NaN, double.NaN, double.NaN)
        {
            ReferenceMean = d.ReferenceMean,
            PercentChange = d.PercentChange,
            PercentChangeCi95Low = d.PercentChangeCi95Low,
            PercentChangeCi95High = d.PercentChangeCi95High,
        };

    private static OrderedDictionary<string, TJson> Keyed<T, TJson>(IEnumerable<T> items, Func<T, string> key, Func<T, TJson> toJson)
    {
        var keyed = new OrderedDictionary<string, TJson>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            keyed.Add(key(item), toJson(item));
        }

        return keyed;
    }
}

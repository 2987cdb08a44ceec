using System.Text.Json;
using ScenarioSim.Engine;
using ScenarioSim.IO;
using ScenarioSim.Model;
using ScenarioSim.Results;

namespace ScenarioSim.Output;

/// <summary>
/// Writes and reads <c>summary.json</c>, the machine-readable summary of a run, by its records
/// (<see cref="SummaryFileJson"/>). The output is deterministic to the byte: no timestamps, shortest round-trip
/// numbers, NaN and infinities as <c>null</c>, two-space indentation, <c>\n</c> line endings and a final new line.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class SummaryJson
{
    /// <summary>Writes the summary of <paramref name="result"/> as UTF-8 JSON without a byte order mark.</summary>
    /// <param name="stream">Receives the bytes; it is not closed.</param>
    /// <param name="result">The run's result.</param>
    /// <param name="scenarioSha256">The scenario's fingerprint, recorded as <c>scenario.sha256</c>.</param>
    internal static void Write(Stream stream, SimulationResult result, string scenarioSha256)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(scenarioSha256);
        Write(stream, new SummaryDocument(scenarioSha256, result));
    }

    /// <summary>
    /// Writes <paramref name="summary"/> as UTF-8 JSON without a byte order mark, including its
    /// <c>key_dates</c> when it has any.
    /// </summary>
    /// <param name="stream">Receives the bytes; it is not closed.</param>
    /// <param name="summary">The run's result, fingerprint and key dates.</param>
    public static void Write(Stream stream, SummaryDocument summary)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(summary);

        DeterministicJson.Serialize(stream, ToRecords(summary), SummaryJsonContext.Default.SummaryFileJson);
    }

    /// <summary>Returns <paramref name="summary"/> as a JSON string. See <see cref="Write(Stream, SummaryDocument)"/>.</summary>
    /// <param name="summary">The run's result, fingerprint and key dates.</param>
    /// <returns>The JSON text, ending with a new line.</returns>
    public static string ToJson(SummaryDocument summary)
    {
        using var buffer = new MemoryStream();
        Write(buffer, summary);
        return OutputEncoding.Utf8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Writes the summary of <paramref name="result"/> as JSON text.</summary>
    /// <param name="writer">Receives the text; it is not closed.</param>
    /// <param name="result">The run's result.</param>
    /// <param name="scenarioSha256">The scenario's fingerprint, recorded as <c>scenario.sha256</c>.</param>
    internal static void Write(TextWriter writer, SimulationResult result, string scenarioSha256)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(ToJson(result, scenarioSha256));
    }

    /// <summary>Returns the summary of <paramref name="result"/> as a JSON string.</summary>
    /// <param name="result">The run's result.</param>
    /// <param name="scenarioSha256">The scenario's fingerprint, recorded as <c>scenario.sha256</c>.</param>
    /// <returns>The JSON text, ending with a new line.</returns>
    internal static string ToJson(SimulationResult result, string scenarioSha256)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(scenarioSha256);
        return ToJson(new SummaryDocument(scenarioSha256, result));
    }

    /// <summary>
    /// Returns the summary of a run of <paramref name="scenario"/> as a JSON string: the same text the
    /// console runner writes to <c>summary.json</c> (see <see cref="SummaryDocument.For"/>).
    /// </summary>
    /// <param name="result">The run's result.</param>
    /// <param name="scenario">The scenario that was run (after <c>extends</c> and overrides).</param>
    /// <returns>The JSON text, ending with a new line.</returns>
    internal static string ToJson(SimulationResult result, Scenario scenario) => ToJson(SummaryDocument.For(scenario, result));

    /// <summary>
    /// Reads a <c>summary.json</c> back. Values written as <c>null</c> come back as NaN; the success
    /// count of a probability is recovered as <c>round(probability · n)</c>.
    /// </summary>
    /// <param name="stream">The UTF-8 JSON.</param>
    /// <returns>The scenario fingerprint and the result.</returns>
    /// <exception cref="FormatException">The JSON is not a summary: a field is missing or has the wrong type.</exception>
    public static SummaryDocument Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return SummaryJsonReader.Read(DeterministicJson.Deserialize(stream, SummaryJsonContext.Default.SummaryFileJson, RunOutput.SummaryFileName));
    }

    /// <summary>Reads a <c>summary.json</c> from its text. See <see cref="Read(Stream)"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The scenario fingerprint and the result.</returns>
    /// <exception cref="FormatException">The JSON is not a summary: a field is missing or has the wrong type.</exception>
    public static SummaryDocument Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var stream = new MemoryStream(OutputEncoding.Utf8.GetBytes(json), writable: false);
        return Read(stream);
    }

    /// <summary>Writes the <c>metrics</c> property: each metric's summary, probability and histogram bins.</summary>
    internal static void WriteMetrics(Utf8JsonWriter json, IReadOnlyList<MetricSummary> metrics)
    {
        json.WritePropertyName(SummaryJsonReader.FieldName(nameof(SummaryFileJson.Metrics)));
        JsonSerializer.Serialize(json, ToRecords(metrics), SummaryJsonContext.Default.OrderedDictionaryStringSummaryMetricJson);
    }

    /// <summary>Writes the <c>exceedance</c> property: each threshold's probability.</summary>
    internal static void WriteExceedances(Utf8JsonWriter json, IReadOnlyList<ExceedanceProbability> exceedances)
    {
        json.WritePropertyName(SummaryJsonReader.FieldName(nameof(SummaryFileJson.Exceedance)));
        JsonSerializer.Serialize(json, ToRecords(exceedances), SummaryJsonContext.Default.ListExceedanceJson);
    }

    /// <summary>The records of a series object: by series, then region (or group), the months in order.</summary>
    internal static OrderedDictionary<string, OrderedDictionary<string, List<SeriesMonthJson>>> ToRecords(IReadOnlyList<SeriesPoint> points)
    {
        var bySeries = new OrderedDictionary<string, OrderedDictionary<string, List<SeriesMonthJson>>>(StringComparer.Ordinal);
        foreach (var point in points)
        {
            if (!bySeries.TryGetValue(point.Series, out var regions))
            {
                regions = new OrderedDictionary<string, List<SeriesMonthJson>>(StringComparer.Ordinal);
                bySeries.Add(point.Series, regions);
            }

            if (!regions.TryGetValue(point.Region, out var months))
            {
                months = [];
                regions.Add(point.Region, months);
            }

            var s = point.Statistics;
            months.Add(new SeriesMonthJson(point.Month, s.Count, s.Mean, s.Sd, s.Se, s.P05, s.P25, s.P50, s.P75, s.P95, s.Min, s.Max));
        }

        return bySeries;
    }

    /// <summary>
    /// The records of a <c>metrics</c> object: per metric its statistics; <c>n_missing</c> where a metric may have no
    /// value or some replication lacks one; the probability of a 0/1 metric; the histogram when it has bins.
    /// </summary>
    internal static OrderedDictionary<string, SummaryMetricJson> ToRecords(IReadOnlyList<MetricSummary> metrics)
    {
        var records = new OrderedDictionary<string, SummaryMetricJson>(StringComparer.Ordinal);
        foreach (var metric in metrics)
        {
            var s = metric.Statistics;
            var p = metric.Probability;
            records.Add(metric.Name, new SummaryMetricJson(
                s.Count, s.Mean, s.Sd, s.Se, s.P05, s.P25, s.P50, s.P75, s.P95, s.Min, s.Max,
                MetricNames.MayBeMissing(metric.Name) || metric.MissingCount != 0 ? metric.MissingCount : null,
                p?.Probability,
                p?.Ci95Low,
                p?.Ci95High,
                metric.Histogram.Count > 0 ? [.. metric.Histogram] : null));
        }

        return records;
    }

    private static List<ExceedanceJson> ToRecords(IReadOnlyList<ExceedanceProbability> exceedances) =>
        [.. exceedances.Select(e => new ExceedanceJson(e.Metric, e.Threshold, e.Probability.Probability, e.Probability.Ci95Low, e.Probability.Ci95High))];

    /// <summary>
    /// The records of the whole file. <c>key_dates</c>, <c>by_group</c>, <c>by_region</c> and <c>series_by_group</c>
    /// were added after the other fields, which keep their order and bytes; each is written only when it has entries.
    /// </summary>
    private static SummaryFileJson ToRecords(SummaryDocument summary)
    {
        var result = summary.Result;
        return new SummaryFileJson(
            new SummaryScenarioJson(result.ScenarioName, summary.ScenarioSha256),
            result.Seed,
            result.Replications,
            result.Version,
            ToRecords(result.Metrics),
            ToRecords(result.Exceedances),
            ToRecords(result.Series),
            summary.KeyDates.Count > 0 ? [.. summary.KeyDates] : null,
            result.ByGroup.Count > 0 ? ToRecords(result.ByGroup) : null,
            result.ByRegion.Count > 0 ? ToRecords(result.ByRegion) : null,
            result.GroupSeries.Count > 0 ? ToRecords(result.GroupSeries) : null);
    }

    /// <summary>The records of <c>by_group</c> or <c>by_region</c>: per group or region, its metrics as in <c>metrics</c>.</summary>
    private static OrderedDictionary<string, OrderedDictionary<string, SummaryMetricJson>> ToRecords(IReadOnlyList<MetricBreakdown> breakdowns)
    {
        var records = new OrderedDictionary<string, OrderedDictionary<string, SummaryMetricJson>>(StringComparer.Ordinal);
        foreach (var breakdown in breakdowns)
        {
            records.Add(breakdown.Name, ToRecords(breakdown.Metrics));
        }

        return records;
    }
}

using System.Globalization;
using System.Text.Json;
using ScenarioSim.Engine;
using ScenarioSim.IO;
using ScenarioSim.Model;
using ScenarioSim.Results;

namespace ScenarioSim.Output;

/// <summary>
/// Writes and reads <c>summary.json</c>, the machine-readable summary of a run (SPEC section 9). The
/// output is deterministic to the byte: no timestamps, shortest round-trip numbers, NaN and infinities
/// as <c>null</c>, two-space indentation, <c>\n</c> line endings and a final new line.
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

        DeterministicJson.Write(stream, json => WriteDocument(json, summary.Result, summary.ScenarioSha256, summary.KeyDates));
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
        using var buffer = new MemoryStream();
        Write(buffer, result, scenarioSha256);
        writer.Write(OutputEncoding.Utf8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    /// <summary>Returns the summary of <paramref name="result"/> as a JSON string.</summary>
    /// <param name="result">The run's result.</param>
    /// <param name="scenarioSha256">The scenario's fingerprint, recorded as <c>scenario.sha256</c>.</param>
    /// <returns>The JSON text, ending with a new line.</returns>
    internal static string ToJson(SimulationResult result, string scenarioSha256)
    {
        using var writer = new StringWriter();
        Write(writer, result, scenarioSha256);
        return writer.ToString();
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
        using var document = ParseDocument(() => JsonDocument.Parse(stream));
        return SummaryJsonReader.Read(document.RootElement);
    }

    /// <summary>Reads a <c>summary.json</c> from its text. See <see cref="Read(Stream)"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The scenario fingerprint and the result.</returns>
    /// <exception cref="FormatException">The JSON is not a summary: a field is missing or has the wrong type.</exception>
    public static SummaryDocument Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = ParseDocument(() => JsonDocument.Parse(json));
        return SummaryJsonReader.Read(document.RootElement);
    }

    private static JsonDocument ParseDocument(Func<JsonDocument> parse)
    {
        try
        {
            return parse();
        }
        catch (JsonException e)
        {
            throw new FormatException($"summary.json is not valid JSON: {e.Message}", e);
        }
    }

    private static void WriteDocument(Utf8JsonWriter json, SimulationResult result, string scenarioSha256, IReadOnlyList<KeyDate> keyDates)
    {
        json.WriteStartObject();

        json.WriteStartObject(SummaryJsonFields.Scenario);
        json.WriteString(SummaryJsonFields.Name, result.ScenarioName);
        json.WriteString(SummaryJsonFields.Sha256, scenarioSha256);
        json.WriteEndObject();

        json.WriteNumber(SummaryJsonFields.Seed, result.Seed);
        json.WriteNumber(SummaryJsonFields.Replications, result.Replications);
        json.WriteString(SummaryJsonFields.Version, result.Version);

        WriteMetrics(json, result.Metrics);
        WriteExceedances(json, result.Exceedances);

        WriteSeries(json, SummaryJsonFields.Series, result.Series);

        // Additive and optional: written only when the scenario has key dates, so older files and
        // scenarios without a schedule keep their exact bytes.
        if (keyDates.Count > 0)
        {
            json.WriteStartArray(SummaryJsonFields.KeyDates);
            foreach (var keyDate in keyDates)
            {
                json.WriteStartObject();
                json.WriteString(SummaryJsonFields.Date, keyDate.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                json.WriteString(SummaryJsonFields.Label, keyDate.Label);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        // Added after the fields above, which keep their order and bytes; like key_dates, each is
        // written only when it has entries (by_group and series_by_group need groups).
        if (result.ByGroup.Count > 0)
        {
            WriteBreakdowns(json, SummaryJsonFields.ByGroup, result.ByGroup);
        }

        if (result.ByRegion.Count > 0)
        {
            WriteBreakdowns(json, SummaryJsonFields.ByRegion, result.ByRegion);
        }

        if (result.GroupSeries.Count > 0)
        {
            WriteSeries(json, SummaryJsonFields.SeriesByGroup, result.GroupSeries);
        }

        json.WriteEndObject();
    }

    /// <summary>Writes a series object: by series, then region (or group), an array of months.</summary>
    internal static void WriteSeries(Utf8JsonWriter json, string name, IReadOnlyList<SeriesPoint> points)
    {
        json.WriteStartObject(name);
        foreach (var series in points.GroupBy(p => p.Series, StringComparer.Ordinal))
        {
            json.WriteStartObject(series.Key);
            foreach (var region in series.GroupBy(p => p.Region, StringComparer.Ordinal))
            {
                json.WriteStartArray(region.Key);
                foreach (var point in region)
                {
                    json.WriteStartObject();
                    json.WriteString(SummaryJsonFields.Month, point.Month);
                    WriteStatistics(json, point.Statistics);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    /// <summary>Writes <c>by_group</c> or <c>by_region</c>: per group or region, its metrics as in <c>metrics</c>.</summary>
    private static void WriteBreakdowns(Utf8JsonWriter json, string name, IReadOnlyList<MetricBreakdown> breakdowns)
    {
        json.WriteStartObject(name);
        foreach (var breakdown in breakdowns)
        {
            WriteMetrics(json, breakdown.Name, breakdown.Metrics);
        }

        json.WriteEndObject();
    }

    /// <summary>Writes the <c>metrics</c> object: each metric's summary, probability and histogram bins.</summary>
    internal static void WriteMetrics(Utf8JsonWriter json, IReadOnlyList<MetricSummary> metrics) =>
        WriteMetrics(json, SummaryJsonFields.Metrics, metrics);

    private static void WriteMetrics(Utf8JsonWriter json, string name, IReadOnlyList<MetricSummary> metrics)
    {
        json.WriteStartObject(name);
        foreach (var metric in metrics)
        {
            json.WriteStartObject(metric.Name);
            WriteStatistics(json, metric.Statistics);
            if (MetricNames.MayBeMissing(metric.Name) || metric.MissingCount != 0)
            {
                json.WriteNumber(SummaryJsonFields.NMissing, metric.MissingCount);
            }

            if (metric.Probability is { } p)
            {
                SummaryJsonValues.Proportion(json, p);
            }

            if (metric.Histogram.Count > 0)
            {
                // [lower, upper, count] per bin: compact, and the edges read back exactly.
                json.WriteStartArray(SummaryJsonFields.Histogram);
                foreach (var bin in metric.Histogram)
                {
                    json.WriteStartArray();
                    json.WriteNumberValue(bin.Lower);
                    json.WriteNumberValue(bin.Upper);
                    json.WriteNumberValue(bin.Count);
                    json.WriteEndArray();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    /// <summary>Writes the <c>exceedance</c> array: each threshold's probability.</summary>
    internal static void WriteExceedances(Utf8JsonWriter json, IReadOnlyList<ExceedanceProbability> exceedances)
    {
        json.WriteStartArray(SummaryJsonFields.Exceedance);
        foreach (var exceedance in exceedances)
        {
            json.WriteStartObject();
            json.WriteString(SummaryJsonFields.Metric, exceedance.Metric);
            DeterministicJson.Number(json, SummaryJsonFields.Threshold, exceedance.Threshold);
            SummaryJsonValues.Proportion(json, exceedance.Probability);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteStatistics(Utf8JsonWriter json, SummaryStatistics s)
    {
        json.WriteNumber(SummaryJsonFields.N, s.Count);
        SummaryJsonValues.Moments(json, s);
    }
}

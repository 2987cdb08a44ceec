using System.Text.Json;
using ScenarioSim.Results;

namespace ScenarioSim.Reporting;

/// <summary>
/// Tolerant JSON access for the report's readers: unknown fields are ignored, a missing or mistyped
/// number is NaN and a missing string is <see langword="null"/>, so that files from newer or older
/// versions of <c>compare</c> and <c>sensitivity</c> still produce a report.
/// </summary>
internal static class ReportJson
{
    public static JsonDocument Parse(string json, string file)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new FormatException($"{file} is not valid JSON: {e.Message}", e);
        }
    }

    public static bool TryObject(JsonElement e, string name, out JsonElement value)
    {
        value = default;
        return e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out value) && value.ValueKind == JsonValueKind.Object;
    }

    public static double Number(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            ? value.GetDouble()
            : double.NaN;

    public static string? String(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>A name given as a string, or as an object's <c>name</c> (as in summary.json's <c>scenario</c>).</summary>
    public static string? Name(JsonElement e, string name)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Object => String(value, "name"),
            _ => null,
        };
    }

    /// <summary>The entries of a field that is either an array of objects or an object of objects keyed by name.</summary>
    public static IEnumerable<(string? Key, JsonElement Value)> Entries(JsonElement e, string name)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out var value))
        {
            return [];
        }

        return value.ValueKind switch
        {
            JsonValueKind.Array => value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.Object).Select(v => ((string?)null, v)).ToList(),
            JsonValueKind.Object => value.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Object).Select(p => ((string?)p.Name, p.Value)).ToList(),
            _ => [],
        };
    }

    /// <summary>Summary statistics with the field names of summary.json; missing ones are NaN (count 0).</summary>
    public static SummaryStatistics Statistics(JsonElement e)
    {
        double n = Number(e, "n");
        return new SummaryStatistics(
            double.IsFinite(n) ? (long)n : 0,
            Number(e, "mean"), Number(e, "sd"), Number(e, "se"),
            Number(e, "p05"), Number(e, "p25"), Number(e, "p50"), Number(e, "p75"), Number(e, "p95"),
            Number(e, "min"), Number(e, "max"));
    }

    /// <summary>Metric summaries from an object keyed by metric name, with the probability when present.</summary>
    public static List<MetricSummary> Metrics(JsonElement metrics)
    {
        var list = new List<MetricSummary>();
        if (metrics.ValueKind != JsonValueKind.Object)
        {
            return list;
        }

        foreach (var metric in metrics.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Object))
        {
            var statistics = Statistics(metric.Value);
            double probability = Number(metric.Value, "probability");
            list.Add(new MetricSummary(metric.Name, statistics)
            {
                Probability = double.IsFinite(probability)
                    ? new Proportion((long)Math.Round(probability * statistics.Count), statistics.Count, probability, Number(metric.Value, "ci95_low"), Number(metric.Value, "ci95_high"))
                    : null,
            });
        }

        return list;
    }

    /// <summary>Series points from summary.json's <c>series</c> shape: series → region → [ {month, statistics} ].</summary>
    public static List<SeriesPoint> Series(JsonElement series)
    {
        var points = new List<SeriesPoint>();
        if (series.ValueKind != JsonValueKind.Object)
        {
            return points;
        }

        foreach (var s in series.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Object))
        {
            foreach (var region in s.Value.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Array))
            {
                foreach (var point in region.Value.EnumerateArray())
                {
                    if (String(point, "month") is { } month)
                    {
                        points.Add(new SeriesPoint(s.Name, region.Name, month, Statistics(point)));
                    }
                }
            }
        }

        return points;
    }
}

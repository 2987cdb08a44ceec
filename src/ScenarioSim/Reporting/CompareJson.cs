using System.Text.Json;
using ScenarioSim.Output;

namespace ScenarioSim.Reporting;

/// <summary>
/// Reads compare.json for the report, tolerantly: <c>differences</c> is an array of
/// <c>{ "scenario", "metrics": { name: { "mean", "ci95_low", "ci95_high", "variance_reduction" } } }</c>;
/// per-scenario summaries are taken from <c>scenarios</c> or <c>summaries</c> (an array, or an object
/// keyed by name) whose entries hold <c>metrics</c> and optionally <c>series</c> in summary.json's
/// shape, directly or under <c>summary</c>. The baseline is <c>reference</c> (what <c>compare</c> writes),
/// else <c>baseline</c>. Field names are <see cref="CompareJsonFields"/>, shared with the writer. Unknown
/// fields are ignored and missing numbers are NaN.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class CompareJson
{
    /// <summary>Parses the text of a compare.json.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The differences and summaries found.</returns>
    /// <exception cref="FormatException">The text is not JSON, or holds neither differences nor scenario summaries.</exception>
    public static CompareDocument Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = ReportJson.Parse(json, "compare.json");
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("compare.json must hold a JSON object.");
        }

        var differences = ReportJson.Entries(root, CompareJsonFields.Differences)
            .Select(entry => new ScenarioDifference(
                ReportJson.Name(entry.Value, CompareJsonFields.Scenario) ?? ReportJson.String(entry.Value, CompareJsonFields.Name) ?? entry.Key ?? "?",
                ReadDifferences(entry.Value))
            {
                Series = ReadSeriesDifferences(entry.Value),
            })
            .ToList();
        var scenarios = ReportJson.Entries(root, CompareJsonFields.Scenarios)
            .Concat(ReportJson.Entries(root, "summaries"))
            .Select(entry => ReadScenario(entry.Key, entry.Value))
            .ToList();
        if (differences.Count == 0 && scenarios.Count == 0)
        {
            throw new FormatException("compare.json has neither 'differences' nor per-scenario summaries.");
        }

        return new CompareDocument
        {
            Baseline = ReportJson.Name(root, CompareJsonFields.Reference) ?? ReportJson.Name(root, CompareJsonFields.LegacyBaseline),
            Differences = differences,
            Scenarios = scenarios,
        };
    }

    /// <summary>Reads a compare.json file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The differences and summaries found.</returns>
    /// <exception cref="FormatException">See <see cref="Parse"/>.</exception>
    public static CompareDocument ReadFile(string path) => Parse(File.ReadAllText(path));

    private static List<MetricDifference> ReadDifferences(JsonElement entry) =>
        ReportJson.Entries(entry, CompareJsonFields.Metrics)
            .Select(m => ReadDifference(m.Key ?? ReportJson.String(m.Value, "metric") ?? "?", m.Value))
            .ToList();

    private static MetricDifference ReadDifference(string name, JsonElement value) =>
        new(
            name,
            ReportJson.Number(value, CompareJsonFields.Mean),
            ReportJson.Number(value, CompareJsonFields.Ci95Low),
            ReportJson.Number(value, CompareJsonFields.Ci95High),
            ReportJson.Number(value, CompareJsonFields.VarianceReduction))
        {
            ReferenceMean = ReportJson.Number(value, CompareJsonFields.ReferenceMean),
            PercentChange = ReportJson.Number(value, CompareJsonFields.PercentChange),
            PercentChangeCi95Low = ReportJson.Number(value, CompareJsonFields.PercentChangeCi95Low),
            PercentChangeCi95High = ReportJson.Number(value, CompareJsonFields.PercentChangeCi95High),
        };

    /// <summary>series → region → [ { month, difference } ]; only the all-region totals are kept.</summary>
    private static List<SeriesMonthDifference> ReadSeriesDifferences(JsonElement entry)
    {
        var months = new List<SeriesMonthDifference>();
        if (!ReportJson.TryObject(entry, CompareJsonFields.Series, out var series))
        {
            return months;
        }

        foreach (var s in series.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Object))
        {
            if (!s.Value.TryGetProperty(Results.SeriesNames.AllRegions, out var points) || points.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            foreach (var point in points.EnumerateArray())
            {
                if (ReportJson.String(point, CompareJsonFields.Month) is { } month)
                {
                    months.Add(new SeriesMonthDifference(s.Name, month, ReadDifference(s.Name, point)));
                }
            }
        }

        return months;
    }

    private static ComparedScenario ReadScenario(string? key, JsonElement entry)
    {
        var body = ReportJson.TryObject(entry, "summary", out var summary) ? summary : entry;
        string name = ReportJson.Name(entry, CompareJsonFields.Name) ?? ReportJson.Name(entry, CompareJsonFields.Scenario) ?? ReportJson.Name(body, "scenario") ?? key ?? "?";
        var metrics = ReportJson.TryObject(body, CompareJsonFields.Metrics, out var m) ? ReportJson.Metrics(m) : [];
        var series = ReportJson.TryObject(body, CompareJsonFields.Series, out var s) ? ReportJson.Series(s) : [];
        return new ComparedScenario(name, metrics, series);
    }
}

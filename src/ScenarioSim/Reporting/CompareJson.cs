using System.Text.Json;

namespace ScenarioSim.Reporting;

/// <summary>
/// Reads compare.json for the report, tolerantly: <c>differences</c> is an array of
/// <c>{ "scenario", "metrics": { name: { "mean", "ci95_low", "ci95_high", "variance_reduction" } } }</c>;
/// per-scenario summaries are taken from <c>scenarios</c> or <c>summaries</c> (an array, or an object
/// keyed by name) whose entries hold <c>metrics</c> and optionally <c>series</c> in summary.json's
/// shape, directly or under <c>summary</c>. Unknown fields are ignored and missing numbers are NaN.
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

        var differences = ReportJson.Entries(root, "differences")
            .Select(entry => new ScenarioDifference(
                ReportJson.Name(entry.Value, "scenario") ?? ReportJson.String(entry.Value, "name") ?? entry.Key ?? "?",
                ReadDifferences(entry.Value)))
            .ToList();
        var scenarios = ReportJson.Entries(root, "scenarios")
            .Concat(ReportJson.Entries(root, "summaries"))
            .Select(entry => ReadScenario(entry.Key, entry.Value))
            .ToList();
        if (differences.Count == 0 && scenarios.Count == 0)
        {
            throw new FormatException("compare.json has neither 'differences' nor per-scenario summaries.");
        }

        return new CompareDocument
        {
            Baseline = ReportJson.Name(root, "baseline"),
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
        ReportJson.Entries(entry, "metrics")
            .Select(m => new MetricDifference(
                m.Key ?? ReportJson.String(m.Value, "metric") ?? "?",
                ReportJson.Number(m.Value, "mean"),
                ReportJson.Number(m.Value, "ci95_low"),
                ReportJson.Number(m.Value, "ci95_high"),
                ReportJson.Number(m.Value, "variance_reduction")))
            .ToList();

    private static ComparedScenario ReadScenario(string? key, JsonElement entry)
    {
        var body = ReportJson.TryObject(entry, "summary", out var summary) ? summary : entry;
        string name = ReportJson.Name(entry, "name") ?? ReportJson.Name(entry, "scenario") ?? ReportJson.Name(body, "scenario") ?? key ?? "?";
        var metrics = ReportJson.TryObject(body, "metrics", out var m) ? ReportJson.Metrics(m) : [];
        var series = ReportJson.TryObject(body, "series", out var s) ? ReportJson.Series(s) : [];
        return new ComparedScenario(name, metrics, series);
    }
}

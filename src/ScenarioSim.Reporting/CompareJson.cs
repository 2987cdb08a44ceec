using System.Text.Json;
using ScenarioSim.Analysis;
using ScenarioSim.Output;

namespace ScenarioSim.Reporting;

/// <summary>
/// Reads compare.json for the report, tolerantly: <c>differences</c> is an array of
/// <c>{ "scenario", "metrics": { name: { "mean", "ci95_low", "ci95_high", "variance_reduction", "n_pairs" … } } }</c>;
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
            .Select(entry => new ScenarioDifferences(
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

    private static List<PairedDifference> ReadDifferences(JsonElement entry) =>
        ReportJson.Entries(entry, CompareJsonFields.Metrics)
            .Select(m => ReadDifference(m.Key ?? ReportJson.String(m.Value, "metric") ?? "?", m.Value))
            .ToList();

    /// <summary>A paired difference as the writer lays it out; a missing count is 0, a missing number NaN.</summary>
    private static PairedDifference ReadDifference(string name, JsonElement value) =>
        new(
            name,
            Pairs: Count(value, CompareJsonFields.NPairs),
            Unpaired: Count(value, CompareJsonFields.NUnpaired),
            Mean: ReportJson.Number(value, CompareJsonFields.Mean),
            Sd: ReportJson.Number(value, CompareJsonFields.Sd),
            Se: ReportJson.Number(value, CompareJsonFields.Se),
            Ci95Low: ReportJson.Number(value, CompareJsonFields.Ci95Low),
            Ci95High: ReportJson.Number(value, CompareJsonFields.Ci95High),
            VarianceIndependent: ReportJson.Number(value, CompareJsonFields.VarianceIndependent),
            VarianceDifference: ReportJson.Number(value, CompareJsonFields.VarianceDifference),
            VarianceReduction: ReportJson.Number(value, CompareJsonFields.VarianceReduction))
        {
            ReferenceMean = ReportJson.Number(value, CompareJsonFields.ReferenceMean),
            PercentChange = ReportJson.Number(value, CompareJsonFields.PercentChange),
            PercentChangeCi95Low = ReportJson.Number(value, CompareJsonFields.PercentChangeCi95Low),
            PercentChangeCi95High = ReportJson.Number(value, CompareJsonFields.PercentChangeCi95High),
        };

    private static long Count(JsonElement value, string name) =>
        ReportJson.Number(value, name) is var n && double.IsFinite(n) ? (long)n : 0;

    /// <summary>series → region → [ { month, difference } ]; only the all-region totals are kept.</summary>
    private static List<MonthlyDifference> ReadSeriesDifferences(JsonElement entry)
    {
        var months = new List<MonthlyDifference>();
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
                    months.Add(new MonthlyDifference(s.Name, month, ReadDifference(s.Name, point)));
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
        string sha256 = ReportJson.String(entry, CompareJsonFields.Sha256) ?? string.Empty;
        return new ComparedScenario(name, sha256, metrics) { Series = series };
    }
}

using System.Text.Json;
using ScenarioSim.Analysis;

namespace ScenarioSim.Reporting;

/// <summary>
/// Reads sensitivity.json for the report, tolerantly:
/// <c>{ "metric", "indices": { path: { "S1", "S1_ci95_low", "S1_ci95_high", "ST", "ST_ci95_low", "ST_ci95_high", "S1_se", "ST_se" } } }</c>
/// (<c>indices</c> may also be an array of objects naming their <c>parameter</c>); with <c>"method": "morris"</c>
/// each index holds <c>mu_star</c>, <c>mu_star_ci95_low</c>, <c>mu_star_ci95_high</c>, <c>mu</c> and <c>sigma</c>. Unknown fields are
/// ignored and missing numbers are NaN.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class SensitivityJson
{
    /// <summary>Parses the text of a sensitivity.json.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The metric and indices.</returns>
    /// <exception cref="FormatException">The text is not JSON or has no <c>indices</c>.</exception>
    public static SensitivityDocument Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = ReportJson.Parse(json, "sensitivity.json");
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("indices", out _))
        {
            throw new FormatException("sensitivity.json has no 'indices'.");
        }

        var indices = ReportJson.Entries(root, "indices")
            .Select(entry => new SobolIndex(
                entry.Key ?? ReportJson.String(entry.Value, "parameter") ?? ReportJson.String(entry.Value, "name") ?? "?",
                S1: ReportJson.Number(entry.Value, "S1"),
                S1Ci95Low: ReportJson.Number(entry.Value, "S1_ci95_low"),
                S1Ci95High: ReportJson.Number(entry.Value, "S1_ci95_high"),
                S1Se: ReportJson.Number(entry.Value, "S1_se"),
                ST: ReportJson.Number(entry.Value, "ST"),
                STCi95Low: ReportJson.Number(entry.Value, "ST_ci95_low"),
                STCi95High: ReportJson.Number(entry.Value, "ST_ci95_high"),
                STSe: ReportJson.Number(entry.Value, "ST_se")))
            .ToList();
        string method = ReportJson.String(root, "method") ?? SobolSensitivity.MethodName;
        var morris = method == MorrisScreening.MethodName
            ? ReportJson.Entries(root, "indices")
                .Select(entry => new MorrisEffect(
                    entry.Key ?? ReportJson.String(entry.Value, "parameter") ?? "?",
                    ReportJson.Number(entry.Value, "mu_star"),
                    ReportJson.Number(entry.Value, "mu_star_ci95_low"),
                    ReportJson.Number(entry.Value, "mu_star_ci95_high"),
                    ReportJson.Number(entry.Value, "mu"),
                    ReportJson.Number(entry.Value, "sigma")))
                .ToList()
            : [];
        return new SensitivityDocument(ReportJson.Name(root, "metric") ?? "?", indices)
        {
            Scenario = ReportJson.Name(root, "scenario"),
            Method = method,
            Morris = morris,
        };
    }

    /// <summary>Reads a sensitivity.json file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The metric and indices.</returns>
    /// <exception cref="FormatException">See <see cref="Parse"/>.</exception>
    public static SensitivityDocument ReadFile(string path) => Parse(File.ReadAllText(path));
}

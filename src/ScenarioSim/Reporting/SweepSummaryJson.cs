using System.Text.Json;
using ScenarioSim.Reporting.Charts;

namespace ScenarioSim.Reporting;

/// <summary>Reads a sweep's sweep.json for the report: the design and each metric's metamodel (metrics with a note, no fit, are skipped).</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class SweepSummaryJson
{
    /// <summary>Parses the text of a sweep.json.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The design and metamodels.</returns>
    /// <exception cref="FormatException">The text is not JSON or has no <c>metrics</c>.</exception>
    public static SweepDocument Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = ReportJson.Parse(json, "sweep.json");
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("metrics", out _))
        {
            throw new FormatException("sweep.json has no 'metrics'.");
        }

        var models = ReportJson.Entries(root, "metrics")
            .Where(m => m.Value.TryGetProperty("coefficients", out _))
            .Select(m => (
                m.Key ?? "?",
                ReportJson.Number(m.Value, "r_squared"),
                (IReadOnlyList<IntervalRow>)[.. ReportJson.Entries(m.Value, "coefficients")
                    .Select(c => new IntervalRow(c.Key ?? "?", ReportJson.Number(c.Value, "estimate"), ReportJson.Number(c.Value, "ci95_low"), ReportJson.Number(c.Value, "ci95_high")))
                    .OrderByDescending(r => Math.Abs(r.Estimate))]))
            .ToList();
        double maxCorrelation = ReportJson.TryObject(root, "design_correlation", out var correlation) ? ReportJson.Number(correlation, "max_abs") : double.NaN;
        return new SweepDocument(
            ReportJson.String(root, "design") ?? "?",
            root.TryGetProperty("points", out var points) && points.TryGetInt32(out int n) ? n : 0,
            maxCorrelation,
            models);
    }

    /// <summary>Reads a sweep.json file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The design and metamodels.</returns>
    /// <exception cref="FormatException">See <see cref="Parse"/>.</exception>
    public static SweepDocument ReadFile(string path) => Parse(File.ReadAllText(path));
}

using System.Globalization;
using ScenarioSim.Reporting.Charts;

namespace ScenarioSim.Reporting;

/// <summary>
/// The report of a sweep, from its sweep.json: per metric, a chart of the first-order metamodel's
/// coefficients on coded factors with 95% intervals, largest effect first, and R².
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class SweepReport
{
    /// <summary>Adds the sweep's header and a section per metric to <paramref name="document"/>.</summary>
    /// <param name="document">The page.</param>
    /// <param name="sweep">A sweep's summary.</param>
    public static void AppendTo(HtmlDocument document, SweepDocument sweep)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(sweep);
        document.AddHeader(
            "Sweep metamodel",
            [
                ("Design", sweep.Design),
                ("Points", ReportNumber.Count(sweep.Points)),
                ("Max |correlation| between factors", ReportNumber.Precise(sweep.MaxAbsCorrelation)),
                ("Report generated", document.GeneratedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ]);
        document.AddSection("What matters most: first-order metamodels");
        document.AddParagraph(
            "Each chart is a least-squares fit of the metric's mean at each point on the factors coded from -1 (low end of the range) to 1 (high end): a coefficient is half the change in the mean across that factor's range, so the factors compare directly, largest effect on top. Whiskers are 95% Student-t intervals; one that crosses zero means the sweep cannot tell the effect from none. R² says how much of the variation between points a straight-line, no-interaction model explains: a low R² means curvature or interactions matter, and the ranking is only a first look.",
            isNote: true);
        foreach (var (metric, rSquared, coefficients) in sweep.Metamodels)
        {
            var chart = new IntervalChart
            {
                Id = document.UniqueId($"metamodel-{metric}"),
                Title = $"{metric}: effect of each factor (R² {ReportNumber.Precise(rSquared)})",
                Description = $"First-order metamodel coefficients of the mean of {metric} on coded factors, with 95% intervals.",
                XAxisLabel = $"change in the mean of {metric} per half range",
                Rows = coefficients,
                ReferenceValue = 0,
                ReferenceLabel = "no effect",
                EstimateLabel = "coefficient",
            };
            document.AddFigure(chart.Render(), $"First-order metamodel of {metric}: coefficients with 95% intervals, largest effect first.");
        }
    }
}

using ScenarioSim.Reporting.Charts;
using ScenarioSim.Results;

namespace ScenarioSim.Reporting;

/// <summary>
/// The run report's sections on when the first death comes and on the scenario's groups: the curve
/// of P(at least one death by date), theatre-wide and per group, and a panel per group (its metrics
/// and its monthly militia attacks). Kept apart from <see cref="RunReport"/>'s other sections.
/// </summary>
internal static class GroupSections
{
    private const double HalfWidth = 450;

    /// <summary>Adds the sections the result has data for; a result without them (older files) adds nothing.</summary>
    public static void AddTo(HtmlDocument document, SimulationResult result, IReadOnlyList<DateMarker> markers)
    {
        AddFirstDeathCurve(document, result, markers);
        AddGroupPanels(document, result, markers);
    }

    private static void AddFirstDeathCurve(HtmlDocument document, SimulationResult result, IReadOnlyList<DateMarker> markers)
    {
        var curves = new List<FanSeries>();
        if (ProbabilityLine(result.Series, SeriesNames.AllRegions, "all regions") is { } theatre)
        {
            curves.Add(theatre);
        }

        curves.AddRange(result.ByGroup
            .Select(g => ProbabilityLine(result.GroupSeries, g.Name, g.Name))
            .OfType<FanSeries>());
        if (curves.Count == 0)
        {
            return;
        }

        document.AddSection("When the first death comes");
        var firstDeath = result.Metrics.FirstOrDefault(m => m.Name == MetricNames.DaysToFirstFatality);
        if (firstDeath is not null)
        {
            document.AddParagraph(
                $"Each line is the share of replications with at least one death from militia attacks by the end of each month, P(days_to_first_fatality ≤ that day). It ends at P(at least one death); the {ReportNumber.Count(firstDeath.MissingCount)} of {ReportNumber.Count(result.Replications)} replications without a death never reach it.",
                isNote: true);
        }

        var chart = new FanChart
        {
            Id = document.UniqueId("first-death"),
            Title = "P(at least one death by date)",
            YAxisLabel = "Share of replications (0–1)",
            Series = curves,
            Markers = markers,
            YDomain = (0, 1),
            LinesOnly = true,
        };
        document.AddFigure(
            chart.Render(),
            $"Cumulative probability of a first death by month's end, from {ReportNumber.Count(result.Replications)} replications{(curves.Count > 1 ? ", all regions and per group" : string.Empty)}.");
    }

    private static void AddGroupPanels(HtmlDocument document, SimulationResult result, IReadOnlyList<DateMarker> markers)
    {
        if (result.ByGroup.Count == 0)
        {
            return;
        }

        document.AddSection("By group");
        document.AddParagraph(
            "The scenario's groups of regions, each counted over its own regions only: mean, then the 5th to 95th percentile over replications; any_fatality is the probability with its 95% Wilson interval. A region may be in several groups.",
            isNote: true);
        document.AddTable(
            ["group", .. MetricNames.Breakdown],
            result.ByGroup.Select(g => (IReadOnlyList<string>)[g.Name, .. g.Metrics.Select(Cell)]),
            new HashSet<int>(Enumerable.Range(1, MetricNames.Breakdown.Count)));

        var fans = result.ByGroup
            .Select(g => SeriesFans.For(result.GroupSeries, SeriesNames.MilitiaAttacks, g.Name, g.Name))
            .OfType<FanSeries>()
            .ToList();
        if (fans.Count == 0)
        {
            return;
        }

        // One vertical scale for every group, so that panel heights compare directly.
        var domain = FanChart.PanelDomain(fans);
        document.AddSubheading("Militia attacks by group");
        document.AddFigureGrid(fans.Select(fan => (
            new FanChart
            {
                Id = document.UniqueId($"fan-group-{fan.Label}"),
                Title = $"Militia attacks in {fan.Label}",
                YAxisLabel = "Attacks per month",
                Series = [fan],
                Markers = markers,
                YDomain = domain,
                Width = HalfWidth,
                Height = 260,
            }.Render(),
            $"Militia attacks in group {fan.Label}: median, mean, 25–75% and 5–95%, on one scale for every group.")));
    }

    /// <summary>A probability series as a line: every quantile band collapsed onto the monthly share.</summary>
    private static FanSeries? ProbabilityLine(IEnumerable<SeriesPoint> points, string region, string label) =>
        SeriesFans.For(points, SeriesNames.AnyFatalityToDate, region, label) is { } fan
            ? fan with { Points = fan.Points.Select(p => new FanPoint(p.Month, p.Mean, p.Mean, p.Mean, p.Mean, p.Mean)).ToList() }
            : null;

    private static string Cell(MetricSummary metric) =>
        metric.Probability is { } p
            ? $"{ReportNumber.Percent(p.Probability)} [{ReportNumber.Percent(p.Ci95Low)}, {ReportNumber.Percent(p.Ci95High)}]"
            : $"{ReportNumber.Format(metric.Statistics.Mean)} ({ReportNumber.Format(metric.Statistics.P05)}–{ReportNumber.Format(metric.Statistics.P95)})";

    /// <summary>What the replications without a value of a "days to" metric lacked, for captions.</summary>
    public static string Missing(string metric) => metric switch
    {
        MetricNames.DaysToFirstFatality => "had no death",
        MetricNames.DaysToDrawdownComplete => "were not drawn down by the end",
        _ => "had no resurgence",
    };
}

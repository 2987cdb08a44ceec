using ScenarioSim.Analysis;
using ScenarioSim.Reporting.Charts;
using ScenarioSim.Results;

namespace ScenarioSim.Reporting;

/// <summary>
/// The report of a comparison, from its compare.json: per metric, each scenario's paired difference
/// from the baseline with its 95% interval; the per-scenario metric summaries when the file has them;
/// and overlaid fan charts of the key series when the file carries the scenarios' series.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class CompareReport
{
    /// <summary>The report of <paramref name="compare"/> as a complete HTML page.</summary>
    /// <param name="compare">A comparison.</param>
    /// <param name="generatedOn">The date the report is made.</param>
    /// <returns>The HTML text.</returns>
    public static string ToHtml(CompareDocument compare, DateOnly generatedOn)
    {
        ArgumentNullException.ThrowIfNull(compare);
        var document = new HtmlDocument("ScenarioSim comparison", generatedOn);
        AppendTo(document, compare);
        return document.ToHtml();
    }

    /// <summary>Adds the comparison's header and sections to <paramref name="document"/>.</summary>
    /// <param name="document">The page.</param>
    /// <param name="compare">A comparison.</param>
    public static void AppendTo(HtmlDocument document, CompareDocument compare)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(compare);
        string baseline = compare.Baseline ?? "the baseline";
        // The baseline first, then the scenarios in the file's order.
        var names = (compare.Baseline is null ? [] : new[] { compare.Baseline })
            .Concat(compare.Scenarios.Select(s => s.Label))
            .Concat(compare.Differences.Select(d => d.Scenario))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        document.AddHeader(
            "Scenario comparison",
            [
                ("Baseline", compare.Baseline ?? "not named in compare.json"),
                ("Scenarios", string.Join(", ", names)),
                ("Report generated", document.GeneratedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            ]);

        AddDifferences(document, compare, baseline);
        AddScenarioSummaries(document, compare);
        AddSeriesOverlays(document, compare);
        AddDifferencesOverTime(document, compare, baseline);
    }

    private static void AddDifferences(HtmlDocument document, CompareDocument compare, string baseline)
    {
        var metrics = compare.Differences.SelectMany(d => d.Metrics).Select(m => m.Metric).Distinct(StringComparer.Ordinal).ToList();
        if (metrics.Count == 0)
        {
            return;
        }

        document.AddSection("Paired differences from the baseline");
        document.AddParagraph(
            $"Each row is a scenario's mean paired difference from {baseline} (scenario minus baseline, the same replications with common random numbers) with its 95% confidence interval. An interval that does not cross the dashed zero line is a difference larger than the Monte Carlo noise.",
            isNote: true);
        foreach (string metric in metrics)
        {
            var rows = compare.Differences
                .Select(d => (d.Scenario, Difference: d.Metrics.FirstOrDefault(m => m.Metric == metric)))
                .Where(r => r.Difference is not null)
                .Select(r => new IntervalRow(DifferenceLabel(r.Scenario, baseline, r.Difference!), r.Difference!.Mean, r.Difference.Ci95Low, r.Difference.Ci95High))
                .ToList();
            var chart = new IntervalChart
            {
                Id = document.UniqueId($"difference-{metric}"),
                Title = $"Difference in {metric}",
                Description = $"Dot-and-interval chart of the paired difference in {metric} between each scenario and {baseline}, with 95% confidence intervals and a reference line at zero.",
                XAxisLabel = $"Difference in {ReportVocabulary.MetricUnit(metric).ToLowerInvariant()} (scenario − baseline)",
                Rows = rows,
                ReferenceValue = 0,
                Format = ReportNumber.Precise,
                EstimateLabel = "mean difference",
                IntervalLabel = "95% CI",
                Colour = ChartPalette.Green,
            };
            document.AddFigure(chart.Render(), $"Paired difference in {metric}, scenario minus {baseline}.");
        }

        document.AddTable(
            ["scenario", "metric", "baseline mean", "mean difference", "95% CI", "change [95% CI]", "variance reduction"],
            compare.Differences.SelectMany(d => d.Metrics.Select(m => (IReadOnlyList<string>)
            [
                d.Scenario, m.Metric, ReportNumber.Precise(m.ReferenceMean), ReportNumber.Precise(m.Mean),
                $"[{ReportNumber.Precise(m.Ci95Low)}, {ReportNumber.Precise(m.Ci95High)}]",
                ReportNumber.ChangeWithInterval(m.PercentChange, m.PercentChangeCi95Low, m.PercentChangeCi95High),
                ReportNumber.Precise(m.VarianceReduction),
            ])),
            new HashSet<int> { 2, 3, 4, 5, 6 });
        document.AddParagraph(
            "The change is the scenario's mean relative to the baseline's over the same replications, with a 95% interval for that ratio (delta method); it is undefined (–) where the baseline's mean is 0. A change whose interval includes 0% is within the Monte Carlo noise, however large it looks. Variance reduction is as compare.json reports it: how much pairing replications on common random numbers narrowed the difference's interval compared with independent runs.",
            isNote: true);
    }

    private static string DifferenceLabel(string scenario, string baseline, PairedDifference difference) =>
        double.IsFinite(difference.PercentChange)
            ? $"{scenario} − {baseline} ({ReportNumber.Change(difference.PercentChange)})"
            : $"{scenario} − {baseline}";

    private static void AddDifferencesOverTime(HtmlDocument document, CompareDocument compare, string baseline)
    {
        var withSeries = compare.Differences.Where(d => d.Series.Count > 0).ToList();
        if (withSeries.Count == 0)
        {
            return;
        }

        document.AddSection("Differences over time");
        document.AddParagraph(
            $"Each line is a scenario's mean paired difference from {baseline} month by month (scenario minus baseline, all regions, the same replications with common random numbers); the shading is its 95% confidence interval. Where the shading leaves the dotted zero line, that month's difference is larger than the Monte Carlo noise. Months are tested one by one, so with many months a few will leave zero by chance.",
            isNote: true);
        foreach (var (series, title, axis) in ReportVocabulary.FanSeries)
        {
            var fans = withSeries
                .Select(d => (d.Scenario, Points: d.Series
                    .Where(p => p.Series == series && CalendarMonth.TryParse(p.Month, out _))
                    .Select(p => new FanPoint(CalendarMonth.Parse(p.Month), double.NaN, p.Difference.Ci95Low, p.Difference.Mean, p.Difference.Ci95High, double.NaN))
                    .ToList()))
                .Where(f => f.Points.Count > 0)
                .Select(f => new FanSeries($"{f.Scenario} − {baseline}", f.Points))
                .ToList();
            if (fans.Count == 0)
            {
                continue;
            }

            var chart = new FanChart
            {
                Id = document.UniqueId($"difference-over-time-{series}"),
                Title = $"Difference in {title.ToLowerInvariant()}",
                YAxisLabel = $"Difference in {axis.Split(" (")[0].ToLowerInvariant()}",
                Series = fans,
                CentreAndBandOnly = true,
                CentreLabel = "mean difference",
                BandLabel = "95% CI",
                ReferenceLines = [new ReferenceLine(0, "no difference")],
            };
            document.AddFigure(chart.Render(), DifferenceOverTimeCaption(withSeries, series, title, baseline));
        }
    }

    /// <summary>The caption names, per scenario, the month with the largest change and its percentage.</summary>
    private static string DifferenceOverTimeCaption(IReadOnlyList<ScenarioDifferences> differences, string series, string title, string baseline)
    {
        var parts = new List<string> { $"{title}: paired difference from {baseline} by month with its 95% CI." };
        foreach (var d in differences)
        {
            var largest = d.Series.Where(p => p.Series == series && double.IsFinite(p.Difference.Mean)).MaxBy(p => Math.Abs(p.Difference.Mean));
            if (largest is not null)
            {
                var m = largest.Difference;
                parts.Add($"{d.Scenario}: largest in {largest.Month}, {ReportNumber.Precise(m.Mean)} [{ReportNumber.Precise(m.Ci95Low)}, {ReportNumber.Precise(m.Ci95High)}], change {ReportNumber.ChangeWithInterval(m.PercentChange, m.PercentChangeCi95Low, m.PercentChangeCi95High)}.");
            }
        }

        return string.Join(" ", parts);
    }

    private static void AddScenarioSummaries(HtmlDocument document, CompareDocument compare)
    {
        var scenarios = compare.Scenarios.Where(s => s.Metrics.Count > 0).ToList();
        if (scenarios.Count == 0)
        {
            return;
        }

        document.AddSection("Metrics by scenario");
        document.AddParagraph(
            "For counts and levels: the dot is the mean and the line spans the 5th to 95th percentile of replications (the spread of outcomes, not a confidence interval). For 0/1 metrics: the probability with its 95% Wilson interval.",
            isNote: true);
        var metrics = scenarios.SelectMany(s => s.Metrics).Select(m => m.Name).Distinct(StringComparer.Ordinal).ToList();
        var figures = new List<(string Svg, string Caption)>();
        foreach (string metric in metrics)
        {
            var entries = scenarios
                .Select(s => (Name: s.Label, Metric: s.Metrics.FirstOrDefault(m => m.Name == metric)))
                .Where(e => e.Metric is not null)
                .ToList();
            bool binary = entries.All(e => e.Metric!.Probability is not null);
            var rows = entries.Select(e => binary
                    ? new IntervalRow(e.Name, e.Metric!.Probability!.Probability, e.Metric.Probability.Ci95Low, e.Metric.Probability.Ci95High)
                    : new IntervalRow(e.Name, e.Metric!.Statistics.Mean, e.Metric.Statistics.P05, e.Metric.Statistics.P95))
                .ToList();
            var chart = new IntervalChart
            {
                Id = document.UniqueId($"scenario-{metric}"),
                Title = metric,
                Description = binary
                    ? $"Probability of {metric} by scenario with 95% Wilson intervals."
                    : $"Mean of {metric} by scenario with the 5th to 95th percentile of replications.",
                XAxisLabel = binary ? "Probability (% of replications)" : ReportVocabulary.MetricUnit(metric),
                Rows = rows,
                XDomain = binary ? (0, 1) : null,
                Format = binary ? ReportNumber.PercentTick : ReportNumber.Format,
                ValueFormat = binary ? ReportNumber.Percent : ReportNumber.Format,
                EstimateLabel = binary ? "probability" : "mean",
                IntervalLabel = binary ? "95% Wilson interval" : "5–95% of replications",
            };
            figures.Add((chart.Render(), binary ? $"{metric}: probability by scenario." : $"{metric}: mean and 5–95% range by scenario."));
        }

        foreach (var figure in figures)
        {
            document.AddFigure(figure.Svg, figure.Caption);
        }
    }

    private static void AddSeriesOverlays(HtmlDocument document, CompareDocument compare)
    {
        var withSeries = compare.Scenarios.Where(s => s.Series.Count > 0).ToList();
        if (withSeries.Count == 0)
        {
            if (compare.Scenarios.Count > 0 || compare.Differences.Count > 0)
            {
                document.AddParagraph("compare.json carries no monthly series, so the scenarios' fan charts cannot be overlaid here; run 'scenariosim report' on each scenario's run directory for its fan charts.", isNote: true);
            }

            return;
        }

        document.AddSection("Series by scenario");
        document.AddParagraph("Overlaid medians with each scenario's 25–75% band; the 5–95% bands are left out so that the overlay stays readable.", isNote: true);
        foreach (var (series, title, axis) in ReportVocabulary.FanSeries)
        {
            var fans = withSeries
                .Select(s => SeriesFans.For(s.Series, series, SeriesNames.AllRegions, s.Label))
                .OfType<FanSeries>()
                .ToList();
            if (fans.Count == 0)
            {
                continue;
            }

            var chart = new FanChart
            {
                Id = document.UniqueId($"overlay-{series}"),
                Title = title,
                YAxisLabel = axis,
                Series = fans,
            };
            document.AddFigure(chart.Render(), $"{title} by month, one colour per scenario.");
        }
    }
}

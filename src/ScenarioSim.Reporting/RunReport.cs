using System.Globalization;
using ScenarioSim.Analysis;
using ScenarioSim.Engine;
using ScenarioSim.Model;
using ScenarioSim.Output;
using ScenarioSim.Reporting.Charts;
using ScenarioSim.Results;

namespace ScenarioSim.Reporting;

/// <summary>
/// The report of one run, from its <c>summary.json</c>: a header (scenario, hash, seed, replications,
/// version), the key dates, fan charts of troops (total and by region), militia attacks, deaths and
/// ISIS fighters, the probabilities with their Wilson intervals, quantile summaries of the scalar
/// metrics, what drives their spread (when the scenario has uncertain parameters and their
/// attribution is given) and a table of every metric. See docs/report.md for how to read each chart.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class RunReport
{
    private const double HalfWidth = 450;

    /// <summary>
    /// The report of <paramref name="summary"/> as a complete HTML page; see
    /// <see cref="AppendTo(HtmlDocument, SummaryDocument, IReadOnlyList{MetricAttribution}?, Model.Scenario?)"/> for what it holds.
    /// </summary>
    /// <param name="summary">A run's summary.</param>
    /// <param name="generatedOn">The date the report is made.</param>
    /// <param name="attribution">The run's uncertainty attribution (<see cref="UncertaintyAttribution.Compute(ReplicationMetrics, IEnumerable{string})"/>); <see langword="null"/> or empty for none.</param>
    /// <param name="scenario">The scenario that was run, or <see langword="null"/> when it is not at hand.</param>
    /// <returns>The HTML text.</returns>
    public static string ToHtml(SummaryDocument summary, DateOnly generatedOn, IReadOnlyList<MetricAttribution>? attribution = null, Model.Scenario? scenario = null) =>
        ToDocument(summary, generatedOn, attribution, scenario).ToHtml();

    /// <summary>The report of <paramref name="summary"/> as a page, ready to write; see <see cref="ToHtml"/>.</summary>
    /// <param name="summary">A run's summary.</param>
    /// <param name="generatedOn">The date the report is made.</param>
    /// <param name="attribution">The run's uncertainty attribution; <see langword="null"/> or empty for none.</param>
    /// <param name="scenario">The scenario that was run, or <see langword="null"/> when it is not at hand.</param>
    /// <returns>The page.</returns>
    public static HtmlDocument ToDocument(SummaryDocument summary, DateOnly generatedOn, IReadOnlyList<MetricAttribution>? attribution = null, Model.Scenario? scenario = null)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var document = new HtmlDocument($"ScenarioSim report: {summary.Result.ScenarioName}", generatedOn);
        AppendTo(document, summary, attribution, scenario);
        return document;
    }

    /// <summary>
    /// Adds the run's header and sections to <paramref name="document"/>: a section on what drives the
    /// spread when <paramref name="attribution"/> has any rows, and the scenario's description and
    /// assumptions (and its resurgence threshold on the ISIS chart) when <paramref name="scenario"/> is given.
    /// </summary>
    /// <param name="document">The page.</param>
    /// <param name="summary">A run's summary.</param>
    /// <param name="attribution">The run's uncertainty attribution; <see langword="null"/> or empty for none.</param>
    /// <param name="scenario">The scenario that was run, or <see langword="null"/> when it is not at hand.</param>
    public static void AppendTo(HtmlDocument document, SummaryDocument summary, IReadOnlyList<MetricAttribution>? attribution = null, Model.Scenario? scenario = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(summary);
        attribution ??= [];
        var result = summary.Result;
        var months = result.Series.Select(p => p.Month).Where(m => CalendarMonth.TryParse(m, out _)).Order(StringComparer.Ordinal).ToList();

        document.AddHeader(
            $"Scenario: {result.ScenarioName}",
            [
                ("Scenario SHA-256", summary.ScenarioSha256),
                ("Seed", result.Seed.ToString(CultureInfo.InvariantCulture)),
                ("Replications", ReportNumber.Count(result.Replications)),
                ("ScenarioSim version", result.Version),
                ("Months", months.Count == 0 ? "none" : $"{months[0]} to {months[^1]}"),
                ("Report generated", document.GeneratedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ]);

        if (scenario is not null)
        {
            ScenarioAssumptions.AddTo(document, scenario, result.Seed, result.Replications);
        }

        var markers = SeriesFans.Markers(summary.KeyDates);
        if (summary.KeyDates.Count > 0)
        {
            document.AddSection("Key dates");
            document.AddParagraph(
                "The scenario's nominal schedule breakpoints and event dates, numbered as the tags on the time charts. A replication's slip or pause moves its own schedule later, so troops in individual runs can change after these dates.",
                isNote: true);
            document.AddKeyDates(summary.KeyDates);
        }

        AddFanCharts(document, result, markers, scenario?.Isis?.ResurgenceThreshold);
        GroupSections.AddTo(document, result, markers);
        AddProbabilities(document, result);
        AddQuantileSummaries(document, result);
        AddAttribution(document, attribution, result.Replications, SeriesFans.Regions(result.Series, SeriesNames.Troops));
        AddMetricTable(document, result);
    }

    private static void AddFanCharts(HtmlDocument document, SimulationResult result, IReadOnlyList<DateMarker> markers, int? resurgenceThreshold)
    {
        bool first = true;
        foreach (var (series, title, axis) in ReportVocabulary.FanSeries)
        {
            var total = SeriesFans.For(result.Series, series, SeriesNames.AllRegions, "all regions");
            if (total is null)
            {
                continue;
            }

            document.AddSection(title);
            if (first)
            {
                document.AddParagraph(
                    "How to read a fan chart: the line is the median month by month (half the replications lie above it); the dark band holds the middle 50% of replications (25th to 75th percentile) and the light band 90% (5th to 95th); the dashed orange line is the mean, which shows rare events (such as deaths) that leave every quantile at zero. A wide fan means the outcome is uncertain, not that it varies that much within one run. Bands are taken month by month, so no single replication follows the median line.",
                    isNote: true);
                first = false;
            }

            var chart = new FanChart
            {
                Id = document.UniqueId($"fan-{series}-all"),
                Title = title,
                YAxisLabel = axis,
                Series = [total],
                Markers = markers,
                ReferenceLines = series == SeriesNames.IsisFighters && resurgenceThreshold is { } threshold
                    ? [new ReferenceLine(threshold, $"resurgence threshold, {ReportNumber.Format(threshold)}")]
                    : [],
            };
            document.AddFigure(chart.Render(), $"{title} by month: median, mean, 25–75% and 5–95% of {ReportNumber.Count(result.Replications)} replications.");

            var regions = SeriesFans.Regions(result.Series, series);
            if (series == SeriesNames.Troops && regions.Count > 0)
            {
                AddRegionalMultiples(document, result, series, regions, axis, markers);
            }
        }
    }

    private static void AddRegionalMultiples(
        HtmlDocument document, SimulationResult result, string series, IReadOnlyList<string> regions, string axis, IReadOnlyList<DateMarker> markers)
    {
        var all = regions
            .Select(region => SeriesFans.For(result.Series, series, region, region))
            .OfType<FanSeries>()
            .ToList();

        // A region with no troops in any replication or month would be an empty panel: name it instead.
        var fans = all.Where(f => f.Points.Any(p => p.P95 != 0 || p.Mean != 0)).ToList();
        var never = all.Except(fans).Select(f => f.Label).ToList();
        // One vertical scale for every region, so that panel heights compare directly.
        var domain = FanChart.PanelDomain(fans);

        document.AddSubheading("Troops by region");
        document.AddParagraph(
            never.Count == 0
                ? "Small multiples on one shared vertical scale, so that regions compare directly."
                : $"Small multiples on one shared vertical scale, so that regions compare directly. No foreign troops in {string.Join(", ", never)} in any replication, so no panel is drawn for {(never.Count == 1 ? "it" : "them")}.",
            isNote: true);
        document.AddFigureGrid(fans.Select(fan => (
            new FanChart
            {
                Id = document.UniqueId($"fan-{series}-region-{fan.Label}"),
                Title = $"Troops in {fan.Label}",
                YAxisLabel = axis.Replace(" (monthly mean of daily numbers)", " (monthly mean)", StringComparison.Ordinal),
                Series = [fan],
                Markers = markers,
                YDomain = domain,
                Width = HalfWidth,
                Height = 260,
            }.Render(),
            $"Troops in {fan.Label}: median, mean, 25–75% and 5–95%.")));
    }

    private static void AddProbabilities(HtmlDocument document, SimulationResult result)
    {
        var rows = result.Metrics
            .Where(m => m.Probability is not null)
            .Select(m => new IntervalRow(ReportVocabulary.ProbabilityLabel(m.Name), m.Probability!.Probability, m.Probability.Ci95Low, m.Probability.Ci95High))
            .Concat(result.Exceedances.Select(e => new IntervalRow(
                $"P({e.Metric} ≥ {ReportNumber.Format(e.Threshold)})", e.Probability.Probability, e.Probability.Ci95Low, e.Probability.Ci95High)))
            .ToList();
        if (rows.Count == 0)
        {
            return;
        }

        document.AddSection("Probabilities");
        var chart = new IntervalChart
        {
            Id = document.UniqueId("probabilities"),
            Title = "Probabilities with 95% Wilson intervals",
            Description = "Dot-and-interval chart of event and exceedance probabilities estimated from the replications, with 95% Wilson score intervals.",
            XAxisLabel = "Probability (% of replications)",
            Rows = rows,
            XDomain = (0, 1),
            Format = ReportNumber.PercentTick,
            ValueFormat = ReportNumber.Percent,
            EstimateLabel = "share of replications",
            IntervalLabel = "95% Wilson interval",
        };
        document.AddFigure(
            chart.Render(),
            "Each dot is the share of replications in which the event happened; the line is its 95% Wilson interval, the Monte Carlo uncertainty from the finite number of replications (not uncertainty in the model's assumptions).");
    }

    private static void AddQuantileSummaries(HtmlDocument document, SimulationResult result)
    {
        var metrics = result.Metrics.Where(m => m.Probability is null).ToList();
        if (metrics.Count == 0)
        {
            return;
        }

        document.AddSection("Distributions of the key metrics");

        // A metric no replication has a value for (days_to_resurgence without any resurgence) has no
        // histogram by nature; only the others tell whether the file predates histograms.
        var empty = metrics.Where(m => m.Statistics.Count == 0).ToList();
        metrics = metrics.Except(empty).ToList();
        bool histograms = metrics.All(m => m.Histogram.Count > 0);
        document.AddParagraph(
            histograms
                ? "Each bar is the share of replications whose value fell in its range; the dark line is the median. The bins come from the run's exact counts."
                : "This summary.json keeps each metric's quantiles but no histogram (it predates them), so these are quantile summaries rather than histograms: the box spans the 25th to 75th percentile, the whiskers the 5th to 95th, the dark line is the median, the diamond the mean and the open circles the smallest and largest values.",
            isNote: true);
        document.AddFigureGrid(metrics.Select(metric => (
            metric.Histogram.Count > 0
                ? new HistogramChart
                {
                    Id = document.UniqueId($"histogram-{metric.Name}"),
                    Title = metric.Name,
                    AxisLabel = ReportVocabulary.MetricUnit(metric.Name),
                    Bins = metric.Histogram,
                    Median = metric.Statistics.P50,
                    ReferenceLines = result.Exceedances
                        .Where(e => e.Metric == metric.Name)
                        .Select(e => new ReferenceLine(e.Threshold, $"≥ {ReportNumber.Format(e.Threshold)}: {ReportNumber.Percent(e.Probability.Probability)}"))
                        .ToList(),
                    Width = HalfWidth,
                }.Render()
                : new QuantileSummaryChart
                {
                    Id = document.UniqueId($"quantiles-{metric.Name}"),
                    Title = metric.Name,
                    AxisLabel = ReportVocabulary.MetricUnit(metric.Name),
                    Statistics = metric.Statistics,
                    Width = HalfWidth,
                }.Render(),
            Caption(metric, result.Replications))));
        foreach (var metric in empty)
        {
            document.AddParagraph(
                metric.Name == MetricNames.DaysToResurgence
                    ? $"{metric.Name}: none of the {ReportNumber.Count(result.Replications)} replications had a resurgence, so there is no distribution to draw."
                    : $"{metric.Name}: no replication has a value, so there is no distribution to draw.",
                isNote: true);
        }
    }

    private static string Caption(MetricSummary metric, int replications)
    {
        string text = $"{metric.Name}: {ReportVocabulary.MetricUnit(metric.Name).ToLowerInvariant()}.";
        if (metric.Name == MetricNames.DaysToResurgence || metric.MissingCount > 0)
        {
            text += $" {ReportNumber.Count(metric.MissingCount)} of {ReportNumber.Count(replications)} replications {GroupSections.Missing(metric.Name)} and are not in the summary.";
        }

        return text;
    }

    private static void AddAttribution(HtmlDocument document, IReadOnlyList<MetricAttribution> attribution, int replications, IReadOnlyList<string> regionIds)
    {
        var metrics = attribution.Where(m => m.Parameters.Count > 0).ToList();
        if (metrics.Count == 0)
        {
            return;
        }

        document.AddSection("What drives the spread");
        document.AddParagraph(
            "Each bar is an uncertain parameter's squared Spearman rank correlation ρ² with the metric across replications: roughly the share of the metric's whole spread (in ranks) that the parameter explains on its own, on a 0–100% axis. A short bar is a parameter that hardly matters, however it ranks among the others; what the bars leave to 100% is chance within the runs (who attacks when, who is hit) and what the parameters do together. ρ is the signed rank correlation, positive when higher draws go with higher values of the metric. It is a screening measure that assumes monotone effects and ignores interactions; for Sobol' indices use scenariosim sensitivity.",
            isNote: true);
        foreach (var metric in metrics)
        {
            var chart = new ContributionChart
            {
                Id = document.UniqueId($"contribution-{metric.Metric}"),
                Title = $"What drives the spread of {metric.Metric}",
                Metric = metric.Metric,
                Rows = metric.Parameters.Select(p => new ContributionRow(ScenarioParameters.Label(p.Path, regionIds), p.RankCorrelation * p.RankCorrelation, p.RankCorrelation)).ToList(),
            };
            document.AddFigure(chart.Render(), AttributionCaption(metric, replications));
        }
    }

    private static string AttributionCaption(MetricAttribution metric, int replications)
    {
        string over = $"over {ReportNumber.Count(replications)} replications";
        if (metric.Parameters.All(p => p.RankCorrelation == 0))
        {
            return $"{metric.Metric}: no uncertain parameter's draws are rank-correlated with it {over} (it may not have varied), so every share is 0.";
        }

        double explained = metric.Parameters.Select(p => p.RankCorrelation * p.RankCorrelation).Where(double.IsFinite).Sum();
        string caption = $"{metric.Metric}: each uncertain parameter's ρ², the share of the spread it explains alone, largest first, with its rank correlation ρ {over}. Σρ² = {ReportNumber.Precise(explained)}: roughly the part of the spread that the parameters explain at all.";

        // Shares of variance add up only for uncorrelated parameters. ScenarioSim draws them independently,
        // but parameters that move together (a shared draw, or one set from another) each take the common
        // part, and the sum counts it more than once.
        return explained > 1
            ? caption + " It exceeds 1, which independent parameters cannot do: some parameters' draws move together, each bar counts their common part, and the bars overlap rather than add up."
            : caption;
    }

    private static void AddMetricTable(HtmlDocument document, SimulationResult result)
    {
        document.AddSection("All metrics");
        string[] headings = ["metric", "mean", "sd", "se", "p05", "p25", "p50", "p75", "p95", "min", "max", "probability [95% CI]", "missing"];
        document.AddTable(
            headings,
            result.Metrics.Select(m =>
            {
                var s = m.Statistics;
                return (IReadOnlyList<string>)
                [
                    m.Name,
                    ReportNumber.Format(s.Mean), ReportNumber.Format(s.Sd), ReportNumber.Precise(s.Se),
                    ReportNumber.Format(s.P05), ReportNumber.Format(s.P25), ReportNumber.Format(s.P50), ReportNumber.Format(s.P75), ReportNumber.Format(s.P95),
                    ReportNumber.Format(s.Min), ReportNumber.Format(s.Max),
                    m.Probability is { } p ? $"{ReportNumber.Percent(p.Probability)} [{ReportNumber.Percent(p.Ci95Low)}, {ReportNumber.Percent(p.Ci95High)}]" : ReportNumber.None,
                    m.MissingCount > 0 || m.Name == MetricNames.DaysToResurgence ? ReportNumber.Count(m.MissingCount) : string.Empty,
                ];
            }),
            Enumerable.Range(1, 12).ToHashSet());
        document.AddParagraph("sd: standard deviation over replications; se: Monte Carlo standard error of the mean (sd/√n); pXX: percentiles.", isNote: true);
    }
}

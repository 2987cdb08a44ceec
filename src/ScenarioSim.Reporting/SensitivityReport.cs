using ScenarioSim.Reporting.Charts;

namespace ScenarioSim.Reporting;

/// <summary>
/// The report of a sensitivity analysis, from its sensitivity.json: a tornado chart of each
/// parameter's first-order (S1) and total (ST) Sobol index with 95% intervals, and a table.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class SensitivityReport
{
    /// <summary>The report of <paramref name="sensitivity"/> as a complete HTML page.</summary>
    /// <param name="sensitivity">A sensitivity analysis.</param>
    /// <param name="generatedOn">The date the report is made.</param>
    /// <returns>The HTML text.</returns>
    public static string ToHtml(SensitivityDocument sensitivity, DateOnly generatedOn)
    {
        ArgumentNullException.ThrowIfNull(sensitivity);
        var document = new HtmlDocument($"ScenarioSim sensitivity: {sensitivity.Metric}", generatedOn);
        AppendTo(document, sensitivity);
        return document.ToHtml();
    }

    /// <summary>Adds the analysis's header and sections to <paramref name="document"/>.</summary>
    /// <param name="document">The page.</param>
    /// <param name="sensitivity">A sensitivity analysis.</param>
    public static void AppendTo(HtmlDocument document, SensitivityDocument sensitivity)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(sensitivity);
        document.AddHeader(
            $"Sensitivity of {sensitivity.Metric}",
            [
                ("Scenario", sensitivity.Scenario ?? "not named in sensitivity.json"),
                ("Metric", sensitivity.Metric),
                ("Parameters", ReportNumber.Count(Math.Max(sensitivity.Indices.Count, sensitivity.Morris.Count))),
                ("Report generated", document.GeneratedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            ]);

        if (sensitivity.Method == Analysis.MorrisScreening.MethodName)
        {
            AddMorris(document, sensitivity);
            return;
        }

        document.AddSection($"Sobol indices of {sensitivity.Metric}");
        document.AddParagraph(
            "S1 (blue) is the share of the metric's variance due to the parameter alone; ST (orange) adds its interactions with the others. Parameters are sorted by ST. A parameter whose ST interval reaches zero barely matters; a large gap between ST and S1 means it acts mostly through interactions. Whiskers are 95% intervals; estimates slightly below 0 or above 1 are sampling noise.",
            isNote: true);
        var chart = new TornadoChart
        {
            Id = document.UniqueId($"tornado-{sensitivity.Metric}"),
            Title = $"Sensitivity of {sensitivity.Metric}",
            Metric = sensitivity.Metric,
            Rows = sensitivity.Indices.Select(i => new TornadoRow(i.Parameter, i.S1, i.S1Ci95Low, i.S1Ci95High, i.ST, i.STCi95Low, i.STCi95High)).ToList(),
        };
        document.AddFigure(chart.Render(), $"First-order and total Sobol indices of {sensitivity.Metric} by parameter, with 95% intervals.");
        document.AddTable(
            ["parameter", "S1", "S1 95% interval", "ST", "ST 95% interval"],
            chart.OrderedRows.Select(r => (IReadOnlyList<string>)
            [
                r.Parameter,
                ReportNumber.Precise(r.S1), $"[{ReportNumber.Precise(r.S1Low)}, {ReportNumber.Precise(r.S1High)}]",
                ReportNumber.Precise(r.ST), $"[{ReportNumber.Precise(r.STLow)}, {ReportNumber.Precise(r.STHigh)}]",
            ]),
            new HashSet<int> { 1, 2, 3, 4 });
    }

    private static void AddMorris(HtmlDocument document, SensitivityDocument sensitivity)
    {
        document.AddSection($"Morris screening of {sensitivity.Metric}");
        document.AddParagraph(
            $"μ* (the dot) is the mean absolute elementary effect: how much {sensitivity.Metric} moves, in its own units, when the parameter goes across its whole range one step at a time; the line is its 95% bootstrap interval. Parameters are sorted by μ*. σ, in the table, is the spread of those effects: a σ comparable to μ* or larger means the effect is non-linear or depends on other parameters. μ is the signed mean; |μ| much below μ* means effects of both signs. Morris screens, it does not apportion variance: for variance shares run the Sobol' method.",
            isNote: true);
        var rows = sensitivity.Morris.OrderByDescending(m => double.IsFinite(m.MuStar) ? m.MuStar : double.NegativeInfinity).ToList();
        var chart = new IntervalChart
        {
            Id = document.UniqueId($"morris-{sensitivity.Metric}"),
            Title = $"Morris μ* of {sensitivity.Metric}",
            Description = $"Dot-and-interval chart of each parameter's Morris μ* for {sensitivity.Metric} with 95% bootstrap intervals, largest first.",
            XAxisLabel = $"μ*: mean absolute effect on {sensitivity.Metric} across the parameter's range",
            Rows = rows.Select(m => new IntervalRow(m.Parameter, m.MuStar, m.MuStarCi95Low, m.MuStarCi95High)).ToList(),
            Format = ReportNumber.Precise,
            EstimateLabel = "μ*",
            IntervalLabel = "95% bootstrap interval",
        };
        document.AddFigure(chart.Render(), $"Morris μ* of {sensitivity.Metric} by parameter, with 95% bootstrap intervals.");
        document.AddTable(
            ["parameter", "μ*", "μ* 95% interval", "μ", "σ", "σ / μ*"],
            rows.Select(m => (IReadOnlyList<string>)
            [
                m.Parameter,
                ReportNumber.Precise(m.MuStar), $"[{ReportNumber.Precise(m.MuStarCi95Low)}, {ReportNumber.Precise(m.MuStarCi95High)}]",
                ReportNumber.Precise(m.Mu), ReportNumber.Precise(m.Sigma),
                m.MuStar > 0 ? ReportNumber.Precise(m.Sigma / m.MuStar) : ReportNumber.None,
            ]),
            new HashSet<int> { 1, 2, 3, 4, 5 });
    }
}

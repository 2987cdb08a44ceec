using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ScenarioSim.Analysis;
using ScenarioSim.Model;
using ScenarioSim.Reporting;
using ScenarioSim.Reporting.Charts;
using ScenarioSim.Results;

namespace ScenarioSim.Tests.Reporting;

[TestFixture]
public sealed class RunReportTests
{
    private static readonly DateOnly GeneratedOn = new(2026, 1, 15);

    private static string Html => RunReport.ToHtml(SampleReports.Summary(), GeneratedOn);

    private static string HtmlWithAttribution => RunReport.ToHtml(SampleReports.Summary(), GeneratedOn, SampleReports.Attribution());

    [TestCase(false)]
    [TestCase(true)]
    public void ToHtml_EverySvg_IsWellFormedXmlWithTitleAndDesc(bool withAttribution)
    {
        var charts = ReportMarkup.Charts(withAttribution ? HtmlWithAttribution : Html);

        Assert.That(charts, Has.Count.GreaterThanOrEqualTo(withAttribution ? 10 : 8));
        foreach (var svg in charts)
        {
            string id = (string)svg.Attribute("id")!;
            Assert.That(svg.Attribute("role")?.Value, Is.EqualTo("img"), id);
            Assert.That(svg.Element("title")?.Value, Is.Not.Empty, id);
            Assert.That(svg.Element("desc")?.Value, Is.Not.Empty, id);
            Assert.That((string?)svg.Attribute("aria-labelledby"), Is.EqualTo($"{id}-title {id}-desc"));
            Assert.That(svg.Descendants().Where(e => (string?)e.Attribute("class") == "legend"), Is.Not.Empty, $"{id} has a legend");
            Assert.That(svg.Descendants("text").Where(e => ((string?)e.Attribute("class"))?.Contains("axis-title", StringComparison.Ordinal) == true), Is.Not.Empty, $"{id} has a labelled axis");
        }

        Assert.That(charts.Select(c => (string)c.Attribute("id")!), Is.Unique);
    }

    [Test]
    public void ToHtml_FanChartPaths_InvertToTheSeriesQuantiles()
    {
        var result = SampleReports.Result();
        var svg = ReportMarkup.Chart(Html, "fan-militia-attacks-all");
        var plot = svg.Descendants("g").Single(g => (string?)g.Attribute("class") == "plot");
        var yDomain = ReportMarkup.Pair(plot, "data-y-domain");
        var yRange = ReportMarkup.Pair(plot, "data-y-range");
        var xRange = ReportMarkup.Pair(plot, "data-x-range");
        string[] xDomain = ((string)plot.Attribute("data-x-domain")!).Split(' ');
        var y = new LinearScale(yDomain.A, yDomain.B, yRange.A, yRange.B);
        var x = new LinearScale(
            DateOnly.ParseExact(xDomain[0], "yyyy-MM-dd", CultureInfo.InvariantCulture).DayNumber,
            DateOnly.ParseExact(xDomain[1], "yyyy-MM-dd", CultureInfo.InvariantCulture).DayNumber,
            xRange.A,
            xRange.B);
        // Coordinates carry two decimals, so a value is good to half a hundredth of a pixel.
        double tolerance = 0.006 * Math.Abs((yDomain.B - yDomain.A) / (yRange.B - yRange.A));

        var expected = result.Series
            .Where(p => p.Series == SeriesNames.MilitiaAttacks && p.Region == SeriesNames.AllRegions)
            .ToDictionary(p => p.Month, p => p.Statistics);
        string Month(double position) => CalendarMonth.Of(DateOnly.FromDayNumber((int)Math.Floor(x.Invert(position)))).ToString();

        var median = ReportMarkup.Points(PathData(plot, "median"));
        Assert.That(median, Has.Count.EqualTo(12));
        foreach (var (px, py) in median)
        {
            Assert.That(y.Invert(py), Is.EqualTo(expected[Month(px)].P50).Within(tolerance), Month(px));
        }

        // The outer band runs along the 95th percentile, then back along the 5th.
        var band = ReportMarkup.Points(PathData(plot, "band band-05-95"));
        Assert.That(band, Has.Count.EqualTo(24));
        foreach (var (px, py) in band.Take(12))
        {
            Assert.That(y.Invert(py), Is.EqualTo(expected[Month(px)].P95).Within(tolerance), "p95 " + Month(px));
        }

        foreach (var (px, py) in band.Skip(12))
        {
            Assert.That(y.Invert(py), Is.EqualTo(expected[Month(px)].P05).Within(tolerance), "p05 " + Month(px));
        }
    }

    [Test]
    public void ToHtml_KeyDates_RulesAtTheirDates()
    {
        var svg = ReportMarkup.Chart(Html, "fan-troops-all");

        var rules = svg.Descendants("g").Where(g => (string?)g.Attribute("class") == "key-date").ToList();

        Assert.That(rules.Select(r => (string?)r.Attribute("data-date")), Is.EqualTo(new[] { "2025-03-31", "2025-06-30" }));
        Assert.That(rules[1].Element("title")!.Value, Is.EqualTo("2025-06-30: us anbar reaches 0; event <collapse> & more"));
    }

    [Test]
    public void ToHtml_TroopsByRegion_SmallMultiplesOnOneScale()
    {
        var charts = ReportMarkup.Charts(Html).Where(c => ((string)c.Attribute("id")!).StartsWith("fan-troops-region-", StringComparison.Ordinal)).ToList();

        Assert.That(charts.Select(c => (string)c.Attribute("id")!), Is.EqualTo(new[] { "fan-troops-region-anbar", "fan-troops-region-erbil" }));
        var domains = charts.Select(c => (string?)c.Descendants("g").Single(g => (string?)g.Attribute("class") == "plot").Attribute("data-y-domain")).Distinct();
        Assert.That(domains.Count(), Is.EqualTo(1));

        // The shared scale holds every region's 5–95% band, not only the overlay's 25–75%.
        var plot = charts[0].Descendants("g").Single(g => (string?)g.Attribute("class") == "plot");
        double highest = SampleReports.Summary().Result.Series
            .Where(p => p.Series == SeriesNames.Troops && p.Region is "anbar" or "erbil")
            .Max(p => p.Statistics.P95);
        Assert.That(ReportMarkup.Pair(plot, "data-y-domain").B, Is.GreaterThanOrEqualTo(highest));
    }

    [Test]
    public void ToHtml_Header_NameHashSeedReplicationsVersionDate()
    {
        string html = Html;

        Assert.That(html, Does.Contain("<h1>Scenario: drawdown &lt;b&gt;&quot;fast&quot;&lt;/b&gt; &amp; &#39;soon&#39;</h1>"));
        Assert.That(html, Does.Contain(SampleReports.Sha).And.Contain("<dd>42</dd>").And.Contain("<dd>500</dd>").And.Contain("<dd>0.1.0</dd>").And.Contain("2026-01-15"));
        Assert.That(html, Does.Not.Contain("<b>"), "the scenario name is escaped everywhere");
    }

    [Test]
    public void ToHtml_NoExternalReferences()
    {
        string html = Html;

        Assert.That(html, Does.Not.Contain("http://").And.Not.Contain("https://").And.Not.Contain("//cdn"));
        Assert.That(Regex.Matches(html, "(?:src|href)\\s*=\\s*\"([^\"]*)\"").Select(m => m.Groups[1].Value), Has.All.StartWith("#"));
        Assert.That(html, Does.Contain("Content-Security-Policy").And.Contain("default-src 'none'"));
        Assert.That(html, Does.Not.Contain("@import").And.Not.Contain("url("));
    }

    [Test]
    public void ToHtml_Probabilities_DotAndWilsonInterval()
    {
        var svg = ReportMarkup.Chart(Html, "probabilities");

        var rows = svg.Descendants("g").Where(g => (string?)g.Attribute("class") == "row").ToList();

        Assert.That(rows.Select(r => r.Element("title")!.Value), Is.EqualTo(new[]
        {
            "P(at least one death): 40% [35.8%, 44.3%]",
            "P(militia_fatalities_total ≥ 1): 40% [35.8%, 44.3%]",
        }));
        Assert.That(rows.SelectMany(r => r.Elements("circle")).ToList(), Has.Count.EqualTo(2));
    }

    [Test]
    public void ToHtml_QuantileSummaries_LabelledAsSuchAndEmptyMetricNoted()
    {
        string html = Html;

        Assert.That(html, Does.Contain("quantile summaries rather than histograms"));
        Assert.That(ReportMarkup.Charts(html).Select(c => (string)c.Attribute("id")!), Has.None.EqualTo("quantiles-days-to-resurgence"), "nothing to draw");
        Assert.That(html, Does.Contain("days_to_resurgence: none of the 500 replications had a resurgence, so there is no distribution to draw."));
    }

    [Test]
    public void ToHtml_Attribution_WhatDrivesTheSpreadSectionWithOneChartPerMetric()
    {
        string html = HtmlWithAttribution;

        Assert.That(html, Does.Contain("<h2 id=\"section-what-drives-the-spread\">What drives the spread</h2>"));
        Assert.That(html, Does.Contain("squared Spearman rank correlation").And.Contain("scenariosim sensitivity"));
        Assert.That(html.IndexOf("<h2 id=\"section-what-drives", StringComparison.Ordinal), Is.GreaterThan(html.IndexOf("<h2 id=\"section-distributions", StringComparison.Ordinal)).And.LessThan(html.IndexOf("<h2 id=\"section-all-metrics", StringComparison.Ordinal)));
        var ids = ReportMarkup.Charts(html).Select(c => (string)c.Attribute("id")!).Where(id => id.StartsWith("contribution-", StringComparison.Ordinal));
        Assert.That(ids, Is.EqualTo(new[] { "contribution-militia-attacks-total", "contribution-isis-fighters-end" }));
    }

    [Test]
    public void ToHtml_Attribution_ParametersByContributionWithBarsAtTheirShares()
    {
        var svg = ReportMarkup.Chart(HtmlWithAttribution, "contribution-militia-attacks-total");
        var plot = svg.Descendants("g").Single(g => (string?)g.Attribute("class") == "plot");
        var domain = ReportMarkup.Pair(plot, "data-x-domain");
        var range = ReportMarkup.Pair(plot, "data-x-range");
        var x = new LinearScale(domain.A, domain.B, range.A, range.B);
        var rows = plot.Elements("g").Where(g => (string?)g.Attribute("class") == "row").ToList();

        Assert.That(domain, Is.EqualTo((0d, 1d)), "a share of the whole variance, 0–100%");
        Assert.That(svg.Descendants("text").Single(t => (string?)t.Attribute("class") == "axis-title").Value, Is.EqualTo("Share of the variance of militia_attacks_total explained alone (ρ², 0–100%)"));
        Assert.That(svg.Descendants("g").Single(g => (string?)g.Attribute("class") == "axis axis-x").Elements("text").Select(t => t.Value).First(), Is.EqualTo("0%"));
        Assert.That(rows.Select(r => (string?)r.Attribute("data-parameter")), Is.EqualTo(new[]
        {
            "regions.anbar.militia.base_rate", "militia.casualties.p_fatal <&>", "isis.recruitment_rate",
        }));

        // ρ², not ρ² / Σρ²: 0.6², 0.3², 0.1², so that a weak parameter has a short bar whatever the others do.
        double[] shares = [0.36, 0.09, 0.01];
        for (int i = 0; i < rows.Count; i++)
        {
            var bar = rows[i].Element("rect")!;
            double left = double.Parse((string)bar.Attribute("x")!, CultureInfo.InvariantCulture);
            double width = double.Parse((string)bar.Attribute("width")!, CultureInfo.InvariantCulture);
            Assert.That(x.Invert(left), Is.EqualTo(0).Within(1e-4), "bars start at zero");
            Assert.That(x.Invert(left + width), Is.EqualTo(shares[i]).Within(1e-4), (string?)rows[i].Attribute("data-parameter"));
        }

        Assert.That(rows.Select(r => (string?)r.Element("rect")!.Attribute("class")), Is.EqualTo(new[] { "bar bar-positive", "bar bar-negative", "bar bar-positive" }));
        Assert.That(rows.Select(r => r.Elements("text").Last().Value), Is.EqualTo(new[] { "36% (ρ = +0.60)", "9% (ρ = -0.30)", "1% (ρ = +0.10)" }));
        Assert.That(rows[1].Element("title")!.Value, Is.EqualTo("militia.casualties.p_fatal <&>: 9% of the variance, rank correlation -0.30"));
        Assert.That(svg.Element("desc")!.Value, Does.Contain("regions.anbar.militia.base_rate 36% (rank correlation +0.60); militia.casualties.p_fatal <&> 9% (rank correlation -0.30)"));
        Assert.That(HtmlWithAttribution, Does.Contain("with its rank correlation ρ over 500 replications. Σρ² = 0.46:"), "0.6² + 0.3² + 0.1²");
    }

    [Test]
    public void ToHtml_Attribution_TiesAtZeroKeepNameOrder()
    {
        var svg = ReportMarkup.Chart(HtmlWithAttribution, "contribution-isis-fighters-end");

        var rows = svg.Descendants("g").Where(g => (string?)g.Attribute("class") == "row").Select(r => (string?)r.Attribute("data-parameter"));

        Assert.That(rows, Is.EqualTo(new[] { "isis.recruitment_rate", "militia.casualties.p_fatal <&>", "regions.anbar.militia.base_rate" }));
    }

    [TestCase("regions[0].militia.base_rate", "regions.anbar.militia.base_rate")]
    [TestCase("regions[1].isis.share", "regions.erbil.isis.share")]
    [TestCase("regions[2].militia.base_rate", "regions[2].militia.base_rate")]
    [TestCase("isis.recruitment_rate", "isis.recruitment_rate")]
    public void ParameterLabel_RegionIndex_ReplacedByItsId(string path, string expected) =>
        Assert.That(ScenarioParameters.Label(path, ["anbar", "erbil"]), Is.EqualTo(expected));

    [Test]
    public void ToHtml_HistogramsButNoResurgence_HistogramCaptionNotThePredatesNote()
    {
        var result = SampleReports.Result();
        var withHistograms = result with
        {
            Metrics = result.Metrics.Select(m => m.Probability is null && m.Statistics.Count > 0 ? m with { Histogram = [new HistogramBin(0, 10, m.Statistics.Count)] } : m).ToList(),
        };

        string html = RunReport.ToHtml(new ScenarioSim.Output.SummaryDocument(SampleReports.Summary().ScenarioSha256, withHistograms), GeneratedOn);

        Assert.That(html, Does.Contain("Each bar is the share of replications whose value fell in its range"));
        Assert.That(html, Does.Not.Contain("predates them"));
    }

    [Test]
    public void ToHtml_RegionWithoutTroops_NoPanelAndSaidSo()
    {
        var result = SampleReports.Result();
        var withEmptyRegion = result with
        {
            Series = result.Series.Concat(SampleReports.Months.Select(m => new SeriesPoint(SeriesNames.Troops, "kirkuk_diyala", m, SampleReports.Spread(0, 0)))).ToList(),
        };

        string html = RunReport.ToHtml(new ScenarioSim.Output.SummaryDocument(SampleReports.Summary().ScenarioSha256, withEmptyRegion), GeneratedOn);

        Assert.That(ReportMarkup.Charts(html).Select(c => (string)c.Attribute("id")!), Has.None.Contains("kirkuk"));
        Assert.That(html, Does.Contain("No foreign troops in kirkuk_diyala in any replication, so no panel is drawn for it."));
    }

    [Test]
    public void ToDocument_WithScenario_OpensWithAssumptionsAndDrawsTheResurgenceThreshold()
    {
        var scenario = Analysis.ShippedScenarios.Load("baseline");

        string html = RunReport.ToDocument(SampleReports.Summary(), GeneratedOn, [], scenario).ToHtml();

        int assumptions = html.IndexOf("<h2 id=\"section-scenario-and-assumptions\">", StringComparison.Ordinal);
        Assert.That(assumptions, Is.GreaterThan(0).And.LessThan(html.IndexOf("<h2 id=\"section-foreign-troops", StringComparison.Ordinal)));
        Assert.That(html, Does.Contain(System.Net.WebUtility.HtmlEncode(scenario.Description!.Trim())));
        Assert.That(html, Does.Contain("Force schedules").And.Contain("Escalation states").And.Contain("Policies"));
        foreach (var force in scenario.Forces)
        {
            Assert.That(html, Does.Contain($"{force.Schedule[0].Date:yyyy-MM-dd}: {force.Schedule[0].Troops:#,0}"), force.Region);
        }

        var line = ReportMarkup.Chart(html, "fan-isis-fighters-all").Descendants("g").Single(g => (string?)g.Attribute("class") == "reference-line");
        Assert.That((string?)line.Attribute("data-value"), Is.EqualTo(scenario.Isis!.ResurgenceThreshold.ToString(CultureInfo.InvariantCulture)));
        var plot = ReportMarkup.Chart(html, "fan-isis-fighters-all").Descendants("g").Single(g => (string?)g.Attribute("class") == "plot");
        Assert.That(ReportMarkup.Pair(plot, "data-y-domain").B, Is.GreaterThanOrEqualTo(scenario.Isis.ResurgenceThreshold), "the threshold is inside the axis");
    }

    [Test]
    public void ToHtml_ReportThresholds_DrawnOnTheirMetricsHistograms()
    {
        // The shipped baseline's report.thresholds, on a real run's summary read back from summary.json.
        var scenario = Analysis.ShippedScenarios.Load("baseline");
        var result = new ScenarioSim.Engine.ScenarioRunner().Run(scenario, new ScenarioSim.Engine.RunOptions { Replications = 200, Seed = 2 });
        var summary = ScenarioSim.Output.SummaryJson.Parse(ScenarioSim.Output.SummaryJson.ToJson(result, scenario));
        string html = RunReport.ToHtml(summary, GeneratedOn);
        Assert.That(summary.Result.Exceedances, Is.Not.Empty);

        foreach (var group in summary.Result.Exceedances.GroupBy(e => e.Metric))
        {
            var chart = ReportMarkup.Chart(html, $"histogram-{group.Key.Replace('_', '-')}");
            var values = chart.Descendants("g")
                .Where(g => (string?)g.Attribute("class") == "reference-line")
                .Select(g => double.Parse((string)g.Attribute("data-value")!, CultureInfo.InvariantCulture));
            Assert.That(values, Is.EqualTo(group.Select(e => e.Threshold)), group.Key);
        }
    }

    [Test]
    public void ToHtml_WithoutScenario_NoAssumptionsSection() =>
        Assert.That(Html, Does.Not.Contain("section-scenario-and-assumptions"));

    [TestCase(0.583, "58.3%")]
    [TestCase(0.0, "0%")]
    [TestCase(0.000038414, "0.0038%")]
    [TestCase(0.0004, "0.040%")]
    public void Percent_SmallButNotZero_KeepsTwoSignificantDigits(double value, string expected) =>
        Assert.That(ReportNumber.Percent(value), Is.EqualTo(expected));

    [Test]
    public void ToHtml_NoAttribution_NoSectionAndTheSameBytes()
    {
        var summary = SampleReports.Summary();
        string without = RunReport.ToHtml(summary, GeneratedOn);

        Assert.That(without, Does.Not.Contain("What drives the spread").And.Not.Contain("contribution-"));
        Assert.That(RunReport.ToHtml(summary, GeneratedOn, []), Is.EqualTo(without));
        Assert.That(RunReport.ToHtml(summary, GeneratedOn, [new MetricAttribution(MetricNames.MilitiaAttacksTotal, [])]), Is.EqualTo(without), "a metric without parameters adds nothing");
        Assert.That(RunReport.ToDocument(summary, GeneratedOn, []).ChartCount, Is.EqualTo(RunReport.ToDocument(summary, GeneratedOn).ChartCount));
    }

    [Test]
    public void ToHtml_SameInput_SameBytes() =>
        Assert.That(RunReport.ToHtml(SampleReports.Summary(), GeneratedOn), Is.EqualTo(Html));

    [Test]
    public void ToHtml_StatusMarkerForTheBrowserCheck() =>
        Assert.That(Html, Does.Contain($"<p id=\"{HtmlDocument.StatusElementId}\" data-state=\"static\" hidden></p>"));

    private static string PathData(XElement plot, string cls) =>
        (string)plot.Descendants("path").First(p => (string?)p.Attribute("class") == cls).Attribute("d")!;
}

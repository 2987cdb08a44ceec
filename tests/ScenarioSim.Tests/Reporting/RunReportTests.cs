using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ScenarioSim.Analysis;
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
        var empty = ReportMarkup.Chart(html, "quantiles-days-to-resurgence");
        Assert.That(empty.Descendants("text").Select(t => t.Value), Has.Some.StartsWith("no values"));
        Assert.That(html, Does.Contain("500 of 500 replications had no resurgence"));
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

        Assert.That(domain, Is.EqualTo((0d, 1d)), "a share of variance, 0–100%");
        Assert.That(svg.Descendants("text").Single(t => (string?)t.Attribute("class") == "axis-title").Value, Is.EqualTo("Contribution to the variance of militia_attacks_total (share, 0–100%)"));
        Assert.That(svg.Descendants("g").Single(g => (string?)g.Attribute("class") == "axis axis-x").Elements("text").Select(t => t.Value).First(), Is.EqualTo("0%"));
        Assert.That(rows.Select(r => (string?)r.Attribute("data-parameter")), Is.EqualTo(new[]
        {
            "regions[0].militia.base_rate", "militia.casualties.p_fatal <&>", "isis.recruitment_rate",
        }));
        double[] shares = [0.72, 0.26, 0.02];
        for (int i = 0; i < rows.Count; i++)
        {
            var bar = rows[i].Element("rect")!;
            double left = double.Parse((string)bar.Attribute("x")!, CultureInfo.InvariantCulture);
            double width = double.Parse((string)bar.Attribute("width")!, CultureInfo.InvariantCulture);
            Assert.That(x.Invert(left), Is.EqualTo(0).Within(1e-4), "bars start at zero");
            Assert.That(x.Invert(left + width), Is.EqualTo(shares[i]).Within(1e-4), (string?)rows[i].Attribute("data-parameter"));
        }

        Assert.That(rows.Select(r => (string?)r.Element("rect")!.Attribute("class")), Is.EqualTo(new[] { "bar bar-positive", "bar bar-negative", "bar bar-positive" }));
        Assert.That(rows.Select(r => r.Elements("text").Last().Value), Is.EqualTo(new[] { "72% (ρ = +0.60)", "26% (ρ = -0.30)", "2% (ρ = +0.10)" }));
        Assert.That(rows[1].Element("title")!.Value, Is.EqualTo("militia.casualties.p_fatal <&>: 26% of the variance, rank correlation -0.30"));
        Assert.That(svg.Element("desc")!.Value, Does.Contain("regions[0].militia.base_rate 72% (rank correlation +0.60); militia.casualties.p_fatal <&> 26% (rank correlation -0.30)"));
        Assert.That(HtmlWithAttribution, Does.Contain("with its rank correlation ρ over 500 replications. Σρ² = 0.46:"), "0.6² + 0.3² + 0.1²");
    }

    [Test]
    public void ToHtml_Attribution_TiesAtZeroKeepNameOrder()
    {
        var svg = ReportMarkup.Chart(HtmlWithAttribution, "contribution-isis-fighters-end");

        var rows = svg.Descendants("g").Where(g => (string?)g.Attribute("class") == "row").Select(r => (string?)r.Attribute("data-parameter"));

        Assert.That(rows, Is.EqualTo(new[] { "isis.recruitment_rate", "militia.casualties.p_fatal <&>", "regions[0].militia.base_rate" }));
    }

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

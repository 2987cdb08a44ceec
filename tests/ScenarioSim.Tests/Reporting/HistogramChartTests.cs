using System.Globalization;
using System.Xml.Linq;
using ScenarioSim.Reporting.Charts;
using ScenarioSim.Results;

namespace ScenarioSim.Tests.Reporting;

[TestFixture]
public sealed class HistogramChartTests
{
    private static readonly HistogramBin[] Bins =
    [
        new(0, 10, 5), new(10, 20, 40), new(20, 30, 35), new(30, 40, 15), new(40, 50, 5),
    ];

    [Test]
    public void Render_ThresholdBeyondTheBins_WidensTheAxisAndDrawsTheLine()
    {
        var svg = XElement.Parse(new HistogramChart
        {
            Id = "h", Title = "militia_attacks_total", AxisLabel = "attacks", Bins = Bins, Median = 21,
            ReferenceLines = [new ReferenceLine(75, "≥ 75: 0%")],
        }.Render());
        var plot = svg.Descendants("g").Single(g => (string?)g.Attribute("class") == "plot");
        var line = plot.Descendants("g").Single(g => (string?)g.Attribute("class") == "reference-line");

        Assert.That(ReportMarkup.Pair(plot, "data-x-domain").B, Is.GreaterThanOrEqualTo(75));
        Assert.That((string?)line.Attribute("data-value"), Is.EqualTo("75"));
        Assert.That(svg.ToString(), Does.Contain("≥ 75: 0% at 75"), "the description names the line");
    }

    [Test]
    public void Render_BarsMapBackToTheBinsShares()
    {
        var svg = XElement.Parse(new HistogramChart { Id = "h", Title = "militia_attacks_total", AxisLabel = "attacks", Bins = Bins, Median = 21 }.Render());
        var plot = svg.Descendants("g").Single(g => (string?)g.Attribute("class") == "plot");
        var xDomain = ReportMarkup.Pair(plot, "data-x-domain");
        var xRange = ReportMarkup.Pair(plot, "data-x-range");
        var yDomain = ReportMarkup.Pair(plot, "data-y-domain");
        var yRange = ReportMarkup.Pair(plot, "data-y-range");
        var x = new LinearScale(xDomain.A, xDomain.B, xRange.A, xRange.B);
        var y = new LinearScale(yDomain.A, yDomain.B, yRange.A, yRange.B);
        var bars = plot.Elements("rect").ToList();

        Assert.That(bars, Has.Count.EqualTo(Bins.Length));
        for (int i = 0; i < Bins.Length; i++)
        {
            double left = double.Parse((string)bars[i].Attribute("x")!, CultureInfo.InvariantCulture);
            double top = double.Parse((string)bars[i].Attribute("y")!, CultureInfo.InvariantCulture);

            // Coordinates carry two decimals: half a hundredth of a pixel in value units.
            Assert.That(x.Invert(left), Is.EqualTo(Bins[i].Lower).Within(0.006 * Math.Abs((xDomain.B - xDomain.A) / (xRange.B - xRange.A))));
            Assert.That(y.Invert(top), Is.EqualTo(Bins[i].Count / 100.0).Within(0.006 * Math.Abs((yDomain.B - yDomain.A) / (yRange.B - yRange.A))));
            Assert.That((string?)bars[i].Attribute("data-count"), Is.EqualTo(Bins[i].Count.ToString(CultureInfo.InvariantCulture)));
        }

        Assert.That(svg.Element("desc")!.Value, Is.EqualTo("Histogram of militia_attacks_total over 100 replications (attacks), 5 bins from 0 to 50; median 21."));
    }

    [Test]
    public void ToHtml_ResultWithHistograms_DrawsHistogramsNotQuantileSummaries()
    {
        var summary = SampleReports.Summary();
        var withHistograms = summary with
        {
            Result = summary.Result with
            {
                Metrics = summary.Result.Metrics.Select(m => m.Probability is null ? m with { Histogram = Bins } : m).ToList(),
            },
        };

        string html = ScenarioSim.Reporting.RunReport.ToHtml(withHistograms, new DateOnly(2026, 1, 15));

        Assert.That(ReportMarkup.Charts(html).Count(c => ((string)c.Attribute("id")!).StartsWith("histogram-", StringComparison.Ordinal)), Is.GreaterThan(0));
        Assert.That(html, Does.Not.Contain("quantile summaries rather than histograms"));
    }
}

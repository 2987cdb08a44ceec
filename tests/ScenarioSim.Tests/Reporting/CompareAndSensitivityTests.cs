using ScenarioSim.Analysis;
using ScenarioSim.Reporting;

namespace ScenarioSim.Tests.Reporting;

[TestFixture]
public sealed class CompareAndSensitivityTests
{
    private static readonly DateOnly GeneratedOn = new(2026, 1, 15);

    /// <summary>compare.json as <c>compare</c> writes it (abridged: its required fields), plus fields a reader must ignore.</summary>
    private const string CompareWithoutSeries = """
        {
          "seed": 7,
          "replications": 2000,
          "version": "0.1.0",
          "reference": "baseline",
          "difference": "scenario - reference",
          "interval": "student-t",
          "future_field": { "anything": [1, 2, 3] },
          "scenarios": [
            { "name": "baseline", "sha256": "a", "metrics": { "militia_attacks_total": { "n": 2000, "n_missing": 0, "mean": 220.1, "p05": 30, "p50": 157.5, "p95": 638 }, "any_fatality": { "n": 2000, "n_missing": 0, "mean": 0.58, "probability": 0.58, "ci95_low": 0.56, "ci95_high": 0.6 } } },
            { "name": "full-exit-2025", "sha256": "b", "metrics": { "militia_attacks_total": { "n": 2000, "n_missing": 0, "mean": 184.6, "p05": 20, "p50": 120, "p95": 560 }, "any_fatality": { "n": 2000, "n_missing": 0, "mean": 0.52, "probability": 0.52, "ci95_low": 0.5, "ci95_high": 0.54 } } },
            { "name": "delayed-drawdown", "sha256": "c", "metrics": {} }
          ],
          "differences": [
            {
              "scenario": "full-exit-2025",
              "paired": true,
              "metrics": {
                "militia_attacks_total": { "mean": -35.5, "ci95_low": -41.2, "ci95_high": -29.8, "variance_reduction": 0.83, "extra": "ignored" },
                "any_fatality": { "mean": -0.06, "ci95_low": -0.08, "ci95_high": -0.04 }
              }
            },
            {
              "scenario": "delayed-drawdown",
              "metrics": {
                "militia_attacks_total": { "mean": 12.0, "ci95_low": -1.5, "ci95_high": 25.5, "variance_reduction": null }
              }
            }
          ]
        }
        """;

    private const string CompareWithSeries = """
        {
          "seed": 7, "replications": 2, "version": "0.1.0", "reference": "a", "difference": "", "interval": "",
          "scenarios": [
            { "name": "a", "sha256": "x", "metrics": {}, "series": { "troops": { "all": [
              { "month": "2025-01", "n": 2, "p05": 900, "p25": 950, "p50": 1000, "p75": 1050, "p95": 1100 },
              { "month": "2025-02", "n": 2, "p05": 800, "p25": 850, "p50": 900, "p75": 950, "p95": 1000 } ] } } },
            { "name": "b", "sha256": "y", "metrics": {}, "series": { "troops": { "all": [
              { "month": "2025-01", "n": 2, "p05": 700, "p25": 750, "p50": 800, "p75": 850, "p95": 900 },
              { "month": "2025-02", "n": 2, "p05": 600, "p25": 650, "p50": 700, "p75": 750, "p95": 800 } ] } } }
          ],
          "differences": [ { "scenario": "b", "metrics": { "militia_attacks_total": { "mean": 1, "ci95_low": 0.5, "ci95_high": 1.5 } } } ]
        }
        """;

    /// <summary>sensitivity.json as <c>sensitivity</c> writes it, plus fields a reader must ignore.</summary>
    private const string Sensitivity = """
        {
          "scenario": { "name": "baseline", "sha256": "abc" },
          "metric": "militia_fatalities_total",
          "method": "sobol",
          "replications": 100,
          "seed": 7,
          "version": "0.1.0",
          "sampling": "sobol-sequence",
          "samples": 64,
          "evaluations": 256,
          "bootstrap": 100,
          "output_mean": null,
          "indices": {
            "militia.casualties.p_fatal": { "S1": 0.52, "S1_ci95_low": 0.45, "S1_ci95_high": 0.59, "ST": 0.61, "ST_ci95_low": 0.55, "ST_ci95_high": 0.68, "note": "ignored" },
            "regions.anbar.militia.base_rate": { "S1": 0.08, "S1_ci95_low": 0.02, "S1_ci95_high": 0.14, "ST": 0.12, "ST_ci95_low": 0.07, "ST_ci95_high": 0.18 },
            "isis.recruitment_rate": { "S1": -0.01, "S1_ci95_low": -0.03, "S1_ci95_high": 0.01, "ST": 0.002, "ST_ci95_high": null }
          }
        }
        """;

    [Test]
    public void CompareJson_DocumentedFields_ReadAndUnknownIgnored()
    {
        var compare = CompareJson.Parse(CompareWithoutSeries);

        Assert.That(compare.Baseline, Is.EqualTo("baseline"));
        Assert.That(compare.Differences.Select(d => d.Scenario), Is.EqualTo(new[] { "full-exit-2025", "delayed-drawdown" }));
        Assert.That(
            compare.Differences[0].Metrics[0],
            Is.EqualTo(new PairedDifference("militia_attacks_total", 0, 0, -35.5, double.NaN, double.NaN, -41.2, -29.8, double.NaN, double.NaN, 0.83)),
            "counts the file lacks are 0, numbers NaN");
        Assert.That(compare.Differences[0].Metrics[1].VarianceReduction, Is.NaN, "missing is NaN");
        Assert.That(compare.Differences[1].Metrics[0].VarianceReduction, Is.NaN, "null is NaN");
        Assert.That(compare.Scenarios.Select(s => s.Label), Is.EqualTo(new[] { "baseline", "full-exit-2025", "delayed-drawdown" }));
        Assert.That(compare.Scenarios[1].Metrics[0].Statistics.P95, Is.EqualTo(560));
        Assert.That(compare.Scenarios[1].Metrics[0].Statistics.P25, Is.NaN);
        Assert.That(compare.Scenarios[1].Metrics[1].Probability!.Probability, Is.EqualTo(0.52));
        Assert.That(compare.Scenarios[0].Series, Is.Empty);
    }

    [Test]
    public void CompareReport_WithoutSeries_DifferencesAndSummariesNoOverlay()
    {
        string html = CompareReport.ToHtml(CompareJson.Parse(CompareWithoutSeries), GeneratedOn);

        var charts = ReportMarkup.Charts(html);
        var ids = charts.Select(c => (string)c.Attribute("id")!).ToList();
        Assert.That(ids, Is.EqualTo(new[] { "difference-militia-attacks-total", "difference-any-fatality", "scenario-militia-attacks-total", "scenario-any-fatality" }));
        var difference = charts[0];
        Assert.That(difference.Descendants("line").Where(l => (string?)l.Attribute("class") == "reference").ToList(), Has.Count.EqualTo(1), "a zero line");
        Assert.That(difference.Descendants("title").Select(t => t.Value), Has.Member("full-exit-2025 − baseline: -35.5 [-41.2, -29.8]"));
        Assert.That(html, Does.Contain("carries no monthly series"));
        Assert.That(html, Does.Not.Contain("http://").And.Not.Contain("https://"));
    }

    [Test]
    public void CompareReport_WithSeries_OverlaysOneMedianPerScenario()
    {
        var compare = CompareJson.Parse(CompareWithSeries);

        string html = CompareReport.ToHtml(compare, GeneratedOn);

        Assert.That(compare.Scenarios.Select(s => s.Label), Is.EqualTo(new[] { "a", "b" }));
        var overlay = ReportMarkup.Chart(html, "overlay-troops");
        var medians = overlay.Descendants("path").Where(p => (string?)p.Attribute("class") == "median").ToList();
        Assert.That(medians, Has.Count.EqualTo(2));
        Assert.That(overlay.Descendants("path").Where(p => (string?)p.Attribute("class") == "band band-05-95"), Is.Empty, "overlays leave out the outer band");
    }

    [TestCase("[]")]
    [TestCase("{ \"hello\": 1 }")]
    [TestCase("not json")]
    [TestCase("""{ "seed": 1, "replications": 2, "version": "v", "reference": "a", "difference": "", "interval": "", "scenarios": [], "differences": [] }""")]
    [TestCase("""{ "seed": 1, "replications": 2, "version": "v", "reference": "b", "difference": "", "interval": "", "scenarios": [ { "name": "a", "sha256": "x", "metrics": {} } ], "differences": [] }""")]
    [TestCase("""{ "seed": 1, "replications": 2, "version": "v", "reference": "a", "difference": "", "interval": "", "scenarios": [ { "name": "a", "sha256": "x", "metrics": { "m": { "n": "many" } } } ], "differences": [] }""")]
    public void CompareJson_NothingToReport_FormatException(string json) =>
        Assert.That(() => CompareJson.Parse(json), Throws.TypeOf<FormatException>());

    [Test]
    public void SensitivityJson_DocumentedFields_ReadAndUnknownIgnored()
    {
        var sensitivity = SensitivityJson.Parse(Sensitivity);

        Assert.That(sensitivity.Metric, Is.EqualTo("militia_fatalities_total"));
        Assert.That(sensitivity.Scenario, Is.EqualTo("baseline"));
        Assert.That(
            sensitivity.Indices[0],
            Is.EqualTo(new SobolIndex("militia.casualties.p_fatal", 0.52, 0.45, 0.59, double.NaN, 0.61, 0.55, 0.68, double.NaN)),
            "standard errors the file lacks are NaN");
        Assert.That(sensitivity.Indices[2].STCi95High, Is.NaN);
    }

    [TestCase("""{ "metric": "m", "indices": [ { "parameter": "p", "S1": 0.1, "ST": 0.2 } ] }""")]
    [TestCase("""{ "scenario": { "name": "s", "sha256": "x" }, "metric": "m", "method": "sobol", "replications": 1, "seed": 1, "version": "v", "samples": 1, "evaluations": 1, "bootstrap": 1, "indices": [] }""")]
    [TestCase("""{ "scenario": { "name": "s", "sha256": "x" }, "metric": "m", "method": "fast", "replications": 1, "seed": 1, "version": "v", "samples": 1, "evaluations": 1, "bootstrap": 1, "indices": {} }""")]
    [TestCase("not json")]
    public void SensitivityJson_NotTheShapeSensitivityWrites_FormatException(string json) =>
        Assert.That(() => SensitivityJson.Parse(json), Throws.TypeOf<FormatException>());

    [Test]
    public void SensitivityReport_Tornado_SortedByTotalIndexWithIntervals()
    {
        string html = SensitivityReport.ToHtml(SensitivityJson.Parse(Sensitivity), GeneratedOn);

        var tornado = ReportMarkup.Chart(html, "tornado-militia-fatalities-total");
        var rows = tornado.Descendants("g").Where(g => (string?)g.Attribute("class") == "row").ToList();

        Assert.That(rows.Select(r => (string?)r.Attribute("data-parameter")), Is.EqualTo(new[]
        {
            "militia.casualties.p_fatal", "regions.anbar.militia.base_rate", "isis.recruitment_rate",
        }));
        Assert.That(rows[0].Descendants("rect").Select(r => (string?)r.Attribute("class")), Is.EqualTo(new[] { "bar bar-s1", "bar bar-st" }));
        Assert.That(rows[0].Descendants("line").Where(l => ((string?)l.Attribute("class"))?.StartsWith("ci", StringComparison.Ordinal) == true).ToList(), Has.Count.EqualTo(2));
        Assert.That(rows[2].Element("title")!.Value, Is.EqualTo("isis.recruitment_rate: S1 -0.010 [-0.030, 0.010]; ST 0.002"));
    }

    [Test]
    public void SensitivityReport_Morris_MuStarChartAndTableNotSobol()
    {
        const string json = """
            { "scenario": { "name": "baseline", "sha256": "abc" }, "metric": "militia_attacks_total", "method": "morris",
              "replications": 10, "seed": 7, "version": "0.1.0", "samples": 3, "trajectories": 3, "levels": 4, "evaluations": 9, "bootstrap": 100,
              "indices": {
                "isis.recruitment_rate": { "mu_star": 0.5, "mu_star_ci95_low": 0.1, "mu_star_ci95_high": 0.9, "mu": 0.2, "sigma": 0.7 },
                "regions.anbar.militia.base_rate": { "mu_star": 120, "mu_star_ci95_low": 100, "mu_star_ci95_high": 140, "mu": 120, "sigma": 30 } } }
            """;

        var sensitivity = SensitivityJson.Parse(json);
        string html = SensitivityReport.ToHtml(sensitivity, GeneratedOn);

        Assert.That(sensitivity.Method, Is.EqualTo("morris"));
        Assert.That(sensitivity.Morris.Select(m => (m.Parameter, m.MuStar, m.Sigma)), Is.EqualTo(new[] { ("isis.recruitment_rate", 0.5, 0.7), ("regions.anbar.militia.base_rate", 120.0, 30.0) }));
        Assert.That(html, Does.Contain("Morris screening of militia_attacks_total").And.Not.Contain("Sobol indices"));
        var rows = ReportMarkup.Chart(html, "morris-militia-attacks-total").Descendants("g").Where(g => (string?)g.Attribute("class") == "row").ToList();
        Assert.That(rows, Has.Count.EqualTo(2));
        Assert.That(rows[0].Element("title")!.Value, Does.StartWith("regions.anbar.militia.base_rate"), "largest μ* first");
        Assert.That(html, Does.Contain("<td>regions.anbar.militia.base_rate</td>"));
    }

    [Test]
    public void SensitivityJson_WrittenBySensitivity_IndicesReadBackEqual()
    {
        ParameterRange[] parameters = [new("isis.recruitment_rate", 0.0009, 0.0011), new("militia.casualties.p_fatal", 0.003, 0.012)];
        var stamp = new ResponseStamp("baseline", new string('a', 64), "militia_attacks_total", 7, 50, "0.1.0");
        SobolIndex[] sobol =
        [
            new("isis.recruitment_rate", 0.125, 0.0625, 0.25, 0.03125, 0.5, 0.375, 0.625, 0.0625),
            new("militia.casualties.p_fatal", -0.01, -0.03, double.NaN, 0.01, 0.002, 0, 0.004, 0.001),
        ];
        MorrisEffect[] morris = [new("isis.recruitment_rate", 0.5, 0.25, 0.75, -0.5, 1.5), new("militia.casualties.p_fatal", 120, 100, 140, 120, 30)];

        var readSobol = SensitivityJson.Parse(Written(s => SensitivityOutput.WriteJson(s, stamp, new SobolResult(parameters, sobol, 64, 256, SensitivitySampling.SobolSequence, 100, 1, 2))));
        var readMorris = SensitivityJson.Parse(Written(s => SensitivityOutput.WriteJson(s, stamp, new MorrisResult(parameters, morris, 10, 4, 30, 100))));

        // The report reads sensitivity.json into the types the verb writes it from.
        Assert.That(readSobol.Indices, Is.EqualTo(sobol));
        Assert.That(readMorris.Morris, Is.EqualTo(morris));
    }

    [Test]
    public void SensitivityJson_ReadBack_WritesTheSameBytes()
    {
        ParameterRange[] parameters = [new("isis.recruitment_rate", 0.0009, 0.0011), new("militia.casualties.p_fatal", 0.003, 0.012)];
        var stamp = new ResponseStamp("baseline", new string('a', 64), "militia_attacks_total", 7, 50, "0.1.0");
        SobolIndex[] sobol =
        [
            new("isis.recruitment_rate", 0.125, 0.0625, 0.25, 0.03125, 0.5, 0.375, 0.625, 0.0625),
            new("militia.casualties.p_fatal", -0.01, -0.03, double.NaN, 0.01, 0.002, 0, 0.004, 0.001),
        ];
        MorrisEffect[] morris = [new("isis.recruitment_rate", 0.5, 0.25, 0.75, -0.5, 1.5), new("militia.casualties.p_fatal", 120, 100, 140, 120, double.PositiveInfinity)];
        var sobolResult = new SobolResult(parameters, sobol, 64, 256, SensitivitySampling.LatinHypercube, 100, double.NaN, 2);
        var morrisResult = new MorrisResult(parameters, morris, 10, 4, 30, 100);

        string writtenSobol = Written(s => SensitivityOutput.WriteJson(s, stamp, sobolResult));
        string writtenMorris = Written(s => SensitivityOutput.WriteJson(s, stamp, morrisResult));
        var readSobol = SensitivityOutput.ReadJson(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(writtenSobol)));
        var readMorris = SensitivityOutput.ReadJson(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(writtenMorris)));

        // One set of records writes and reads sensitivity.json; NaN and infinities are written as null.
        Assert.That(writtenSobol, Does.Contain("\"output_mean\": null,").And.Contain("\"S1_ci95_high\": null,"));
        Assert.That(writtenMorris, Does.Contain("\"sigma\": null,").And.Not.Contain("output_mean").And.Not.Contain("sampling"));
        Assert.That(readSobol.Response, Is.EqualTo(stamp));
        Assert.That(Written(s => SensitivityOutput.WriteJson(s, readSobol.Response, readSobol.Sobol!)), Is.EqualTo(writtenSobol));
        Assert.That(Written(s => SensitivityOutput.WriteJson(s, readMorris.Response, readMorris.Morris!)), Is.EqualTo(writtenMorris));
    }

    private static string Written(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}

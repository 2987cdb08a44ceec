using ScenarioSim.Analysis;
using ScenarioSim.Cli;
using ScenarioSim.Tests.Output;
using ScenarioSim.Tests.Reporting;

namespace ScenarioSim.Tests.Cli;

/// <summary><c>run</c> on a scenario with uncertain parameters: the attribution table, <c>uncertainty.csv</c> and the report's section.</summary>
[TestFixture]
[Category("EndToEnd")]
public sealed class UncertainRunTests
{
    private const string Yaml = """
        name: uncertain
        start: 2025-01-01
        end: 2025-06-30
        regions:
          - id: anbar
            militia: { base_rate: { dist: uniform, min: 0.1, max: 1.0 } }
            isis: { activity_share: 0.5 }
        forces:
          - contingent: us
            region: anbar
            schedule: [{ date: 2025-01-01, troops: 1000 }]
        isis:
          recruitment_rate: { dist: triangular, min: 0.0005, mode: 0.001, max: 0.002 }
        """;

    [Test]
    public async Task Run_UncertainParameters_PrintsAttributionAndWritesUncertaintyCsv()
    {
        using var directory = new TemporaryDirectory();
        string scenario = Path.Combine(directory.Path, "uncertain.yaml");
        File.WriteAllText(scenario, Yaml);
        string outDir = Path.Combine(directory.Path, "out");

        var outcome = await CliOutcome.InvokeAsync("run", scenario, "--replications", "400", "--out", outDir);

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.Ok), outcome.ToString());
        Assert.That(outcome.Out, Does.Contain("Uncertain parameters: share of each metric's spread"));
        string[] lines = File.ReadAllLines(Path.Combine(outDir, "uncertainty.csv"));
        Assert.That(lines[0], Is.EqualTo("metric,parameter,rank_correlation,contribution_to_variance"));
        Assert.That(lines[1], Does.StartWith("militia_attacks_total,regions[0].militia.base_rate,"), "the base rate drives militia attacks, so it ranks first");
        Assert.That(lines, Has.Length.EqualTo(1 + (4 * 2)));
    }

    [Test]
    public async Task RunWithOutAndReport_ThenReportOfTheDirectory_BothShowWhatDrivesTheSpread()
    {
        using var directory = new TemporaryDirectory();
        string scenario = Path.Combine(directory.Path, "uncertain.yaml");
        File.WriteAllText(scenario, Yaml);
        string outDir = directory["out"];

        var ran = await CliOutcome.InvokeAsync("run", scenario, "--replications", "200", "--out", outDir, "--report", directory["run.html"]);
        var reported = await CliOutcome.InvokeAsync("report", outDir, "--out", directory["report.html"]);

        Assert.That(ran.ExitCode, Is.EqualTo(ExitCodes.Ok), ran.ToString());
        Assert.That(reported.ExitCode, Is.EqualTo(ExitCodes.Ok), reported.ToString());
        string fromRun = Section(File.ReadAllText(directory["run.html"]));
        string fromDirectory = Section(File.ReadAllText(directory["report.html"]));
        Assert.That(fromRun, Does.StartWith("<h2 id=\"section-what-drives-the-spread\">What drives the spread</h2>"));
        var ids = ReportMarkup.Charts(fromRun).Select(c => (string)c.Attribute("id")!);
        Assert.That(ids, Is.EqualTo(UncertaintyAttribution.KeyMetrics.Select(m => "contribution-" + m.Replace('_', '-'))));
        var rows = ReportMarkup.Chart(fromRun, "contribution-militia-attacks-total").Descendants("g").Where(g => (string?)g.Attribute("class") == "row");
        Assert.That((string?)rows.First().Attribute("data-parameter"), Does.Match(@"^regions\.[a-z_]+\.militia\.base_rate$"), "the base rate drives militia attacks, labelled by region id");
        Assert.That(fromDirectory, Is.EqualTo(fromRun), "uncertainty.csv carries the attribution exactly");
    }

    [Test]
    public async Task RunWithReportWithoutOut_ShowsWhatDrivesTheSpread()
    {
        using var directory = new TemporaryDirectory();
        string scenario = Path.Combine(directory.Path, "uncertain.yaml");
        File.WriteAllText(scenario, Yaml);

        var ran = await CliOutcome.InvokeAsync("run", scenario, "--replications", "100", "--report", directory["run.html"]);

        Assert.That(ran.ExitCode, Is.EqualTo(ExitCodes.Ok), ran.ToString());
        Assert.That(Section(File.ReadAllText(directory["run.html"])), Does.Contain("contribution-isis-fighters-peak"));
        Assert.That(directory.FileNames(), Is.EqualTo(new[] { "run.html", "uncertain.yaml" }), "no uncertainty.csv without --out");
    }

    /// <summary>The page from the section's heading to the next section's.</summary>
    [Test]
    public async Task RunWithOut_ThenReportOfTheDirectory_AssumptionsFromScenarioJsonAsInRunReport()
    {
        using var directory = new TemporaryDirectory();
        string scenario = Path.Combine(directory.Path, "uncertain.yaml");
        File.WriteAllText(scenario, Yaml);
        string outDir = directory["out"];

        await CliOutcome.InvokeAsync("run", scenario, "--replications", "50", "--out", outDir, "--report", directory["run.html"]);
        var reported = await CliOutcome.InvokeAsync("report", outDir, "--out", directory["report.html"]);

        Assert.That(reported.ExitCode, Is.EqualTo(ExitCodes.Ok), reported.ToString());
        string fromRun = Assumptions(File.ReadAllText(directory["run.html"]));
        Assert.That(fromRun, Does.Contain("uniform(0.1, 1)").And.Contain("triangular(0.0005, mode 0.001, 0.002)"));
        Assert.That(Assumptions(File.ReadAllText(directory["report.html"])), Is.EqualTo(fromRun), "scenario.json carries the scenario exactly");

        // A scenario.json of another scenario does not describe this run: no section rather than a wrong one.
        File.WriteAllText(Path.Combine(outDir, "scenario.json"), File.ReadAllText(Path.Combine(outDir, "scenario.json")).Replace("\"uncertain\"", "\"other\""));
        await CliOutcome.InvokeAsync("report", outDir, "--out", directory["other.html"]);
        Assert.That(File.ReadAllText(directory["other.html"]), Does.Not.Contain("section-scenario-and-assumptions"));
    }

    private static string Assumptions(string html)
    {
        int start = html.IndexOf("<h2 id=\"section-scenario-and-assumptions\">", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), "the page has a 'Scenario and assumptions' section");
        return html[start..html.IndexOf("<h2 ", start + 1, StringComparison.Ordinal)];
    }

    private static string Section(string html)
    {
        int start = html.IndexOf("<h2 id=\"section-what-drives-the-spread\">", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), "the report has the section");
        return html[start..html.IndexOf("<h2 ", start + 1, StringComparison.Ordinal)];
    }
}

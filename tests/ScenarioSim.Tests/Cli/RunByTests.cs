using System.Text.Json;
using ScenarioSim.Cli;
using ScenarioSim.Output;
using ScenarioSim.Results;

namespace ScenarioSim.Tests.Cli;

/// <summary><c>run --by group|region</c>, group validation on the command line, and the group outputs in files.</summary>
public class RunByTests : ConstantScenarioFixture
{
    private string Grouped => ScenarioYaml.Write(DirectoryPath, "grouped.yaml", ScenarioYaml.ConstantExposure + "\n" + """
        groups:
          hot: [anbar]
          everywhere: [anbar, erbil]
        """);

    [Test]
    public async Task Run_ByGroup_PrintsARowPerGroup()
    {
        var outcome = await CliOutcome.InvokeAsync("run", Grouped, "--replications", "40", "--by", "group");

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.Ok), outcome.ToString());
        Assert.That(outcome.Out, Does.Contain("By group").And.Contain("hot").And.Contain("everywhere").And.Contain("troops_end"));
    }

    [Test]
    public async Task Run_ByRegion_PrintsARowPerRegion()
    {
        var outcome = await CliOutcome.InvokeAsync("run", Scenario, "--replications", "40", "--by", "region");

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.Ok), outcome.ToString());
        Assert.That(outcome.Out, Does.Contain("By region").And.Contain("│ anbar").And.Contain("│ erbil"));
    }

    [Test]
    public async Task Run_ByGroupWithoutGroups_InvalidInput()
    {
        var outcome = await CliOutcome.InvokeAsync("run", Scenario, "--replications", "40", "--by", "group");

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(outcome.Error.Trim(), Is.EqualTo(
            "error: --by group needs groups, but scenario 'constant-exposure' defines none (add a groups: block, or use --by region)."));
    }

    [Test]
    public async Task Run_ByUnknown_InvalidInput()
    {
        var outcome = await CliOutcome.InvokeAsync("run", Scenario, "--by", "contingent");

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(outcome.Error, Does.Contain("contingent").And.Contain("group").And.Contain("region"));
    }

    [Test]
    public async Task Validate_UnknownRegionInGroup_LocatedError()
    {
        string path = ScenarioYaml.Write(DirectoryPath, "bad-group.yaml", ScenarioYaml.ConstantExposure + "\n" + """
            groups:
              hot: [anbr]
            """);

        var outcome = await CliOutcome.InvokeAsync("validate", path);

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(outcome.Error, Does.Contain("bad-group.yaml:23:9: error: groups.hot[0] 'anbr' is not a region id (the regions are 'anbar', 'erbil'); did you mean 'anbar'?"));
    }

    [Test]
    public async Task Run_WithGroups_FilesCarryThemAfterTheExistingContent()
    {
        var outcome = await CliOutcome.InvokeAsync("run", Grouped, "--replications", "30", "--out", PathOf("out"));
        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.Ok), outcome.ToString());

        using var summary = JsonDocument.Parse(File.ReadAllBytes(PathOf("out/summary.json")));
        var root = summary.RootElement;
        Assert.That(
            root.EnumerateObject().Select(p => p.Name),
            Is.EqualTo(new[] { "scenario", "seed", "replications", "version", "metrics", "exceedance", "series", "by_group", "by_region", "series_by_group" }));
        Assert.That(root.GetProperty("by_group").EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "hot", "everywhere" }));
        Assert.That(root.GetProperty("by_group").GetProperty("hot").EnumerateObject().Select(p => p.Name), Is.EqualTo(MetricNames.Breakdown));
        Assert.That(root.GetProperty("by_region").GetProperty("anbar").GetProperty("any_fatality").TryGetProperty("ci95_high", out _), Is.True);
        Assert.That(root.GetProperty("series_by_group").GetProperty("militia_attacks").GetProperty("hot").GetArrayLength(), Is.EqualTo(3));

        string[] metrics = File.ReadAllText(PathOf("out/metrics.csv")).TrimEnd('\n').Split('\n');
        Assert.That(metrics, Has.Some.StartWith("by_group.hot.militia_attacks_total,30,0,"));
        Assert.That(metrics, Has.Some.StartWith("by_region.erbil.troops_end,30,0,300,"));
        string[] series = File.ReadAllText(PathOf("out/series.csv")).TrimEnd('\n').Split('\n');
        Assert.That(series, Has.Some.StartWith("troops,group:everywhere,2025-01,30,1300,"));

        var read = SummaryJson.Read(File.OpenRead(PathOf("out/summary.json")));
        Assert.That(read.Result.ByGroup.Select(g => g.Name), Is.EqualTo(new[] { "hot", "everywhere" }));
        Assert.That(read.Result.GroupSeries, Has.Count.EqualTo(4 * 3 * 2), "troops, militia attacks, fatalities, any fatality to date; 3 months; 2 groups");
    }
}

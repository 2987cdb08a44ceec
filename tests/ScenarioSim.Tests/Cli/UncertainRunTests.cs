using ScenarioSim.Cli;
using ScenarioSim.Tests.Output;

namespace ScenarioSim.Tests.Cli;

/// <summary><c>run</c> on a scenario with uncertain parameters: the attribution table and <c>uncertainty.csv</c>.</summary>
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
}

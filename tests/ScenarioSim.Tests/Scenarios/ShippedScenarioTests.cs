using ScenarioSim.Engine;
using ScenarioSim.Results;
using ScenarioSim.Yaml;

namespace ScenarioSim.Tests.Scenarios;

/// <summary>Every scenario shipped in scenarios/ (copied beside the tests) loads, validates and runs.</summary>
public class ShippedScenarioTests
{
    private static readonly string[] Names =
        ["baseline", "full-exit-2025", "delayed-drawdown", "militia-escalation", "syria-spillover"];

    private static string PathOf(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "Shipped", name + ".yaml");

    [TestCaseSource(nameof(Names))]
    public void Load_ShippedScenario_ValidatesAndRuns(string name)
    {
        var loaded = ScenarioLoader.LoadFile(PathOf(name));

        Assert.That(loaded.Diagnostics, Is.Empty);
        var scenario = loaded.GetValueOrThrow();
        Assert.That(scenario.Regions, Has.Count.GreaterThanOrEqualTo(5));
        Assert.That(scenario.Start, Is.EqualTo(new DateOnly(2024, 9, 1)));
        Assert.That(scenario.End, Is.EqualTo(new DateOnly(2027, 12, 31)));

        var result = new ScenarioRunner().Run(scenario, new RunOptions { Replications = 100 });
        Assert.That(result.Metric(MetricNames.MilitiaAttacksTotal).Statistics.Count, Is.EqualTo(100));
    }

    [Test]
    public void FullExit_EndsWithFewerTroopsInIraqThanBaseline()
    {
        var baseline = ScenarioLoader.LoadFile(PathOf("baseline")).GetValueOrThrow();
        var fullExit = ScenarioLoader.LoadFile(PathOf("full-exit-2025")).GetValueOrThrow();
        var options = new RunOptions { Replications = 50 };

        double Erbil(SimulationResult r) => r.Series.Single(p => p is { Series: SeriesNames.Troops, Region: "erbil", Month: "2027-12" }).Statistics.Mean;

        Assert.That(Erbil(new ScenarioRunner().Run(baseline, options)), Is.EqualTo(300).Within(1e-9));
        Assert.That(Erbil(new ScenarioRunner().Run(fullExit, options)), Is.Zero);
    }
}

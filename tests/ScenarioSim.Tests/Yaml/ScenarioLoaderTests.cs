using ScenarioSim.Model;
using ScenarioSim.Yaml;

namespace ScenarioSim.Tests.Yaml;

public class ScenarioLoaderTests
{
    private const string Full = "TestData/Scenarios/valid/full.yaml";

    [Test]
    public void Load_FullScenario_BindsEveryBlock()
    {
        var result = ScenarioFiles.Load(Full);

        Assert.That(ScenarioFiles.Lines(result), Is.Empty);
        Scenario scenario = result.GetValueOrThrow();
        Assert.Multiple(() =>
        {
            Assert.That(scenario.Name, Is.EqualTo("full"));
            Assert.That(scenario.Description, Does.StartWith("Every block of the format").And.Contain("Second line"));
            Assert.That(scenario.Start, Is.EqualTo(new DateOnly(2025, 1, 1)));
            Assert.That(scenario.End, Is.EqualTo(new DateOnly(2027, 12, 31)));
            Assert.That(scenario.Run, Is.EqualTo(new RunSettings { Replications = 2000, Seed = 42 }));
            Assert.That(scenario.Regions.Select(r => r.Id), Is.EqualTo(new[] { "anbar", "baghdad", "kirkuk" }));
            Assert.That(scenario.Regions[1].Militia, Is.EqualTo(new RegionMilitia { BaseRate = 0.4 }));
            Assert.That(scenario.Regions[2].Isis, Is.EqualTo(new RegionIsis { ActivityShare = 0.2, GovernanceGap = 1.5 }));
            Assert.That(scenario.Forces[0].Interpolation, Is.EqualTo(Interpolation.Step));
            Assert.That(scenario.Forces[1].Interpolation, Is.EqualTo(Interpolation.Linear));
            Assert.That(scenario.Forces[0].Schedule[1], Is.EqualTo(new ScheduleBreakpoint(new DateOnly(2025, 9, 30), 0)));
            Assert.That(scenario.Forces[0].SlipDays, Is.EqualTo(Distribution.Triangular(0, 30, 120)));
            Assert.That(scenario.Escalation!.Initial, Is.EqualTo("tension"));
            Assert.That(scenario.Escalation.States.Select(s => s.Name), Is.EqualTo(new[] { "calm", "tension", "conflict" }));
            Assert.That(scenario.Escalation.States[1].Next, Is.EqualTo(new[]
            {
                new EscalationTransition("calm", 0.6), new EscalationTransition("conflict", 0.4),
            }));
            Assert.That(scenario.Militia.Hawkes, Is.EqualTo(new HawkesExcitation(0.1, 4)));
            Assert.That(scenario.Isis, Is.EqualTo(new IsisModel()));
            Assert.That(scenario.Events[0].Effects[2], Is.EqualTo(new EventEffect
            {
                Target = EffectTarget.MilitiaBaseRate, Multiply = 2.0, DurationDays = 90, Region = "baghdad",
            }));
            Assert.That(scenario.Events[0].Effects[3], Is.EqualTo(new EventEffect { Target = EffectTarget.Escalation, SetState = "conflict" }));
            Assert.That(scenario.Events[1].Window, Is.EqualTo(new DateWindow(new DateOnly(2025, 6, 1), new DateOnly(2026, 12, 31))));
            Assert.That(scenario.Events[1].Probability, Is.EqualTo(1.0));
            Assert.That(scenario.Policies.PauseDrawdown, Is.EqualTo(new PauseDrawdownPolicy { WhenMilitiaAttacks30dAbove = 20, PauseDays = 90 }));
            Assert.That(scenario.Report.Thresholds, Is.EqualTo(new[]
            {
                new MetricThreshold("militia_fatalities_total", 1),
                new MetricThreshold("isis_fighters_end", 5000),
                new MetricThreshold("isis_fighters_end", 10000),
            }));
        });
    }

    [Test]
    public void LoadString_MinimalScenario_UsesDefaults()
    {
        const string Yaml = """
            name: minimal
            start: 2025-01-01
            end: 2025-12-31
            regions:
              - id: anbar
            isis: {}
            """;

        var result = ScenarioLoader.LoadString(Yaml, "minimal.yaml");

        Assert.That(result.Diagnostics, Is.Empty);
        Scenario scenario = result.Value!;
        Assert.Multiple(() =>
        {
            Assert.That(scenario.Escalation, Is.Null);
            Assert.That(scenario.Isis, Is.EqualTo(new IsisModel()));
            Assert.That(scenario.Militia, Is.EqualTo(new MilitiaModel()));
            Assert.That(scenario.Forces, Is.Empty);
            Assert.That(scenario.Regions[0].Militia, Is.Null);
        });
    }

    [Test]
    public void LoadString_NoIsisBlock_HasNoIsisPool()
    {
        var result = ScenarioLoader.LoadString("name: x\nstart: 2025-01-01\nend: 2025-01-02\nregions: [{ id: a }]\n");

        Assert.That(result.GetValueOrThrow().Isis, Is.Null);
    }

    [Test]
    public void LoadFile_MissingFile_ReportsDiagnosticWithoutThrowing()
    {
        var result = ScenarioLoader.LoadFile("no/such/scenario.yaml");

        Assert.That(result.Diagnostics.Select(d => d.ToString()), Is.EqualTo(new[]
        {
            "error: cannot read scenario file 'no/such/scenario.yaml': the file does not exist",
        }));
    }

    [Test]
    public void LoadStream_ReadsYaml()
    {
        using var stream = new MemoryStream("name: s\nstart: 2025-01-01\nend: 2025-01-31\nregions: [{ id: a }]\n"u8.ToArray());

        var result = ScenarioLoader.LoadStream(stream, "stream.yaml");

        Assert.That(result.GetValueOrThrow().Name, Is.EqualTo("s"));
    }

    [Test]
    public void LoadString_EmptyText_ReportsEmptyFile()
    {
        var result = ScenarioLoader.LoadString("# only a comment\n", "empty.yaml");

        Assert.That(result.Diagnostics.Select(d => d.ToString()), Is.EqualTo(new[]
        {
            "empty.yaml:1:1: error: the scenario file is empty; a scenario needs at least name, start, end and regions",
        }));
    }

    [Test]
    public void Load_DocumentedExample_IsValid()
    {
        var result = ScenarioFiles.Load("TestData/Scenarios/valid/documented-example.yaml");

        Assert.That(ScenarioFiles.Lines(result), Is.Empty);
        Assert.That(result.Value!.Forces, Has.Count.EqualTo(3));
    }
}

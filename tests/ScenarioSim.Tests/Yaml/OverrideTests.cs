using ScenarioSim.Model;
using ScenarioSim.Yaml;

namespace ScenarioSim.Tests.Yaml;

public class OverrideTests
{
    private const string Full = "TestData/Scenarios/valid/full.yaml";

    private const string Minimal = ScenarioFiles.Minimal;

    [Test]
    public void Load_ValidSets_ChangeTheValues()
    {
        var result = ScenarioFiles.Load(
            Full,
            "isis.recruitment_rate=0.0012",
            "regions.anbar.militia.base_rate=0.3",
            "militia.hawkes.alpha=0.2",
            "escalation.states.conflict.militia_multiplier=5",
            "events.syria-spillover.probability=0.5",
            "forces.us/anbar.schedule[1].troops=0",
            "run.replications=500",
            "regions[1].militia.exposure_ref=2000",
            "escalation.states.calm.next.conflict=0.5",
            "report.thresholds.isis_fighters_end[1]=12000");

        Scenario scenario = result.GetValueOrThrow();
        Assert.Multiple(() =>
        {
            Assert.That(scenario.Isis!.RecruitmentRate, Is.EqualTo(0.0012));
            Assert.That(scenario.Regions[0].Militia!.BaseRate, Is.EqualTo(0.3));
            Assert.That(scenario.Militia.Hawkes!.Alpha, Is.EqualTo(0.2));
            Assert.That(scenario.Escalation!.States[2].MilitiaMultiplier, Is.EqualTo(5));
            Assert.That(scenario.Events[0].Probability, Is.EqualTo(0.5));
            Assert.That(scenario.Forces[0].Schedule[1].Troops, Is.EqualTo(0));
            Assert.That(scenario.Run.Replications, Is.EqualTo(500));
            Assert.That(scenario.Regions[1].Militia!.ExposureRef, Is.EqualTo(2000));
            Assert.That(scenario.Escalation.States[0].Next, Has.Member(new EscalationTransition("conflict", 0.5)));
            Assert.That(scenario.Report.Thresholds[2], Is.EqualTo(new MetricThreshold("isis_fighters_end", 12000)));
        });
    }

    [Test]
    public void Load_SetCreatesMissingOptionalBlock()
    {
        var result = ScenarioLoader.LoadString(Minimal, "minimal.yaml", ["isis.recruitment_rate=0.002"]);

        Assert.That(result.GetValueOrThrow().Isis, Is.EqualTo(new IsisModel { RecruitmentRate = 0.002 }));
    }

    [Test]
    public void Load_SetCreatesBlockThatNeedsMore_ReportsMissingKeyAtSet()
    {
        var result = ScenarioLoader.LoadString(Minimal, "minimal.yaml", ["militia.hawkes.alpha=0.2"]);

        Assert.That(result.Diagnostics.Select(d => d.ToString()), Is.EqualTo(new[]
        {
            "--set militia.hawkes.alpha=0.2:1:9: error: militia.hawkes is missing required key 'decay_days'",
        }));
    }

    [Test]
    public void Load_UnknownPathSegment_SaysWhatExists()
    {
        var result = ScenarioFiles.Load(Full, "regions.anbr.militia.base_rate=0.3");

        Assert.That(ScenarioFiles.Lines(result), Is.EqualTo(new[]
        {
            "--set regions.anbr.militia.base_rate=0.3:1:9: error: --set regions.anbr.militia.base_rate: regions has no region id 'anbr' (it has 'anbar', 'baghdad', 'kirkuk'); did you mean 'anbar'?",
        }));
    }

    private static readonly string[][] MalformedPaths =
    [
        ["regions[x].militia.base_rate=0.3", "--set regions[x].militia.base_rate=0.3:1:8: error: --set regions[x].militia.base_rate: a list index must look like [0], [1], …"],
        ["regions[-1].militia.base_rate=0.3", "--set regions[-1].militia.base_rate=0.3:1:8: error: --set regions[-1].militia.base_rate: a list index must look like [0], [1], …"],
        ["regions[0.militia.base_rate=0.3", "--set regions[0.militia.base_rate=0.3:1:8: error: --set regions[0.militia.base_rate: a list index must look like [0], [1], …"],
        ["isis..recruitment_rate=0.3", "--set isis..recruitment_rate=0.3:1:6: error: --set isis..recruitment_rate: the path has an empty part"],
        ["isis.=0.3", "--set isis.=0.3:1:5: error: --set isis.: the path has an empty part"],
        [".isis=0.3", "--set .isis=0.3:1:1: error: --set .isis: the path has an empty part"],
    ];

    [TestCaseSource(nameof(MalformedPaths))]
    public void Load_MalformedSetPath_ReportsThePartAtItsColumn(string set, string expected) =>
        Assert.That(ScenarioFiles.Lines(ScenarioFiles.Load(Full, set)), Is.EqualTo(new[] { expected }));

    [Test]
    public void Load_UnknownKeyInSet_SuggestsClosestKey()
    {
        var result = ScenarioFiles.Load(Full, "isis.recruitment_rat=0.1");

        Assert.That(ScenarioFiles.Lines(result), Is.EqualTo(new[]
        {
            "--set isis.recruitment_rat=0.1:1:6: error: --set isis.recruitment_rat: unknown key 'recruitment_rat' in isis; did you mean 'recruitment_rate'?",
        }));
    }

    [Test]
    public void Load_NonNumericSetValue_IsRejected()
    {
        var result = ScenarioFiles.Load(Full, "isis.recruitment_rate=high");

        Assert.That(ScenarioFiles.Lines(result), Is.EqualTo(new[]
        {
            "--set isis.recruitment_rate=high:1:23: error: --set isis.recruitment_rate: the value must be a number (invariant culture, e.g. 0.0012), but was 'high'",
        }));
    }

    [Test]
    public void Load_SetOfNonNumericKey_IsRejected()
    {
        var result = ScenarioFiles.Load(Full, "start=2025");

        Assert.That(ScenarioFiles.Lines(result), Is.EqualTo(new[]
        {
            "--set start=2025:1:1: error: --set start: only numbers can be set, but start is a date",
        }));
    }

    [Test]
    public void Load_SetValueOutOfRange_IsLocatedAtSet()
    {
        var result = ScenarioFiles.Load(Full, "militia.casualties.p_fatal=1.5");

        Assert.That(ScenarioFiles.Lines(result), Is.EqualTo(new[]
        {
            "--set militia.casualties.p_fatal=1.5:1:28: error: militia.casualties.p_fatal must be between 0 and 1, but was 1.5",
        }));
    }

    [Test]
    public void Load_SetIndexOutOfRange_IsReported()
    {
        var result = ScenarioFiles.Load(Full, "forces.us/anbar.schedule[5].troops=0");

        Assert.That(ScenarioFiles.Lines(result), Is.EqualTo(new[]
        {
            "--set forces.us/anbar.schedule[5].troops=0:1:25: error: --set forces.us/anbar.schedule[5].troops: forces.us/anbar.schedule has 2 items, so [5] does not exist (indices start at 0)",
        }));
    }

    [Test]
    public void Load_SetWithoutEquals_IsReported()
    {
        var result = ScenarioFiles.Load(Full, "isis.recruitment_rate");

        Assert.That(ScenarioFiles.Lines(result), Is.EqualTo(new[]
        {
            "--set isis.recruitment_rate:1:1: error: --set expects path=value (e.g. isis.recruitment_rate=0.0012), but was 'isis.recruitment_rate'",
        }));
    }
}

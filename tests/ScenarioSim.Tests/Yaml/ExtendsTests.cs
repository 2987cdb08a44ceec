using ScenarioSim.Model;

namespace ScenarioSim.Tests.Yaml;

public class ExtendsTests
{
    private const string Dir = "TestData/Scenarios/extends/";

    [Test]
    public void Load_Child_OverridesParentValues()
    {
        Scenario scenario = ScenarioFiles.Load(Dir + "child.yaml").GetValueOrThrow();

        Assert.Multiple(() =>
        {
            Assert.That(scenario.Name, Is.EqualTo("child"));
            Assert.That(scenario.Description, Is.EqualTo("The parent scenario."));
            Assert.That(scenario.End, Is.EqualTo(new DateOnly(2026, 12, 31)));
            Assert.That(scenario.Isis!.IsfCapacity, Is.EqualTo(new IsfCapacity { Start = 0.6, Max = 0.9 }));
            Assert.That(scenario.Isis.RecruitmentRate, Is.EqualTo(0.001));
        });
    }

    [Test]
    public void Load_Child_MergesRegionsById()
    {
        Scenario scenario = ScenarioFiles.Load(Dir + "child.yaml").GetValueOrThrow();

        Assert.Multiple(() =>
        {
            Assert.That(scenario.Regions.Select(r => r.Id), Is.EqualTo(new[] { "anbar", "baghdad", "erbil" }));
            Assert.That(scenario.Regions[0].Militia, Is.EqualTo(new RegionMilitia { BaseRate = 0.3, ExposureRef = 1000 }));
            Assert.That(scenario.Regions[1].Militia!.BaseRate, Is.EqualTo(0.4));
        });
    }

    [Test]
    public void Load_Child_MergesForcesByContingentAndRegion()
    {
        Scenario scenario = ScenarioFiles.Load(Dir + "child.yaml").GetValueOrThrow();

        Assert.Multiple(() =>
        {
            Assert.That(scenario.Forces.Select(f => $"{f.Contingent}/{f.Region}"), Is.EqualTo(new[] { "us/anbar", "us/baghdad", "us/erbil" }));
            Assert.That(scenario.Forces[0].Interpolation, Is.EqualTo(Interpolation.Step), "kept from the parent entry");
            Assert.That(scenario.Forces[0].Schedule[1].Troops, Is.EqualTo(300), "the child's schedule replaces the parent's");
            Assert.That(scenario.Forces[1].Schedule[0].Troops, Is.EqualTo(1500));
        });
    }

    [Test]
    public void Load_Chain_AppliesEveryLevel()
    {
        Scenario scenario = ScenarioFiles.Load(Dir + "grandchild.yaml").GetValueOrThrow();

        Assert.Multiple(() =>
        {
            Assert.That(scenario.Name, Is.EqualTo("grandchild"));
            Assert.That(scenario.Isis!.RecruitmentRate, Is.EqualTo(0.002));
            Assert.That(scenario.Isis.IsfCapacity.Max, Is.EqualTo(0.9));
            Assert.That(scenario.Regions, Has.Count.EqualTo(3));
        });
    }

    [Test]
    public void Load_ErrorInParent_IsLocatedInParentFile()
    {
        var result = ScenarioFiles.Load(Dir + "child-of-broken.yaml");

        Assert.That(ScenarioFiles.Lines(result), Is.EqualTo(new[]
        {
            "TestData/Scenarios/extends/broken-parent.yaml:6:27: error: regions[0].militia.base_rate must be >= 0, but was -2",
        }));
    }

    [Test]
    public void Load_Cycle_IsReported()
    {
        var result = ScenarioFiles.Load(Dir + "cycle-a.yaml");

        Assert.That(ScenarioFiles.Lines(result), Is.EqualTo(new[]
        {
            "TestData/Scenarios/extends/cycle-b.yaml:1:10: error: extends 'cycle-a.yaml' forms a cycle (TestData/Scenarios/extends/cycle-a.yaml -> TestData/Scenarios/extends/cycle-b.yaml -> TestData/Scenarios/extends/cycle-a.yaml); a scenario cannot extend itself, directly or through its parents",
        }));
    }

    [Test]
    public void Load_MissingParent_IsLocatedAtExtends()
    {
        var result = ScenarioFiles.Load(Dir + "missing-parent.yaml");

        Assert.That(ScenarioFiles.Lines(result), Is.EqualTo(new[]
        {
            "TestData/Scenarios/extends/missing-parent.yaml:2:10: error: cannot read extended scenario file 'TestData/Scenarios/extends/no-such-parent.yaml': the file does not exist",
        }));
    }
}

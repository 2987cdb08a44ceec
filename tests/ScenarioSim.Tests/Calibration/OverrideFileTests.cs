using ScenarioSim.Tests.Output;
using ScenarioSim.Yaml;

namespace ScenarioSim.Tests.Calibration;

/// <summary>Override files: applied like --set, problems located in the file.</summary>
[TestFixture]
public sealed class OverrideFileTests
{
    private TemporaryDirectory _directory = null!;
    private string _scenario = null!;

    [SetUp]
    public void SetUp()
    {
        _directory = new TemporaryDirectory();
        _scenario = _directory["tiny.yaml"];
        File.WriteAllText(_scenario, CalibrationScenarios.Tiny);
    }

    [TearDown]
    public void TearDown() => _directory.Dispose();

    [Test]
    public void LoadScenario_OverrideFile_AppliedThenSetWins()
    {
        string file = _directory["fitted.yaml"];
        File.WriteAllText(file, "# fitted\nregions.a.militia.base_rate: 0.25\nmilitia.hawkes.alpha: 0.1\n");

        var scenario = OverrideFile.LoadScenario(_scenario, file, ["militia.hawkes.alpha=0.05"]).GetValueOrThrow();

        Assert.That(scenario.Regions[0].Militia!.BaseRate, Is.EqualTo(0.25));
        Assert.That(scenario.Militia.Hawkes!.Alpha, Is.EqualTo(0.05));
    }

    [Test]
    public void LoadScenario_BadPathAndBadValue_LocatedInTheOverrideFile()
    {
        string file = _directory["fitted.yaml"];
        File.WriteAllText(file, "# fitted\nregions.a.militia.base_rat: 0.25\nregions.b.militia.base_rate: -1\n");

        var result = OverrideFile.LoadScenario(_scenario, file, []);

        var messages = result.Diagnostics.Select(d => d.ToString()).ToArray();
        Assert.That(messages, Has.Length.EqualTo(2));
        Assert.That(messages[0], Does.StartWith($"{file}:2:19: error: regions.a.militia.base_rat: unknown key 'base_rat'"));
        Assert.That(messages[1], Does.StartWith($"{file}:3:30: error: ").And.Contain("base_rate must be >= 0"));
    }

    [Test]
    public void Parse_NotAMapping_Reported()
    {
        var result = OverrideFile.Parse("- regions.a.militia.base_rate=1\n", "f.yaml");

        Assert.That(result.Diagnostics.Single().ToString(), Does.StartWith("f.yaml:1:1: error: an override file is a mapping of path: value pairs"));
    }

    [Test]
    public void Write_ThenRead_RoundTrips()
    {
        using var writer = new StringWriter();
        OverrideFile.Write(writer, [("regions.a.militia.base_rate", 0.1234567890123), ("militia.hawkes.alpha", 0.01)], ["header"]);

        var settings = OverrideFile.Parse(writer.ToString(), "f.yaml").GetValueOrThrow();

        Assert.That(settings.Select(s => s.AsSet), Is.EqualTo(new[] { "regions.a.militia.base_rate=0.1234567890123", "militia.hawkes.alpha=0.01" }));
    }

    [Test]
    public void LoadScenario_DistributionsAndCorrelations_MakeTheParametersUncertain()
    {
        string file = _directory["uncertain.yaml"];
        File.WriteAllText(file, """
            regions.a.militia.base_rate: {dist: lognormal, mu: -1.5, sigma: 0.2}
            militia.hawkes.alpha: {dist: beta, alpha: 2, beta: 5, min: 0.01, max: 0.3}
            correlations:
            - {between: [regions.a.militia.base_rate, militia.hawkes.alpha], rank: -0.6}
            """);

        var scenario = OverrideFile.LoadScenario(_scenario, file, []).GetValueOrThrow();

        Assert.That(scenario.Uncertainties.Select(u => (u.Path, u.Distribution)), Is.EquivalentTo(new (string, ScenarioSim.Model.Distribution)[]
        {
            ("regions[0].militia.base_rate", new ScenarioSim.Model.LogNormalDistribution(-1.5, 0.2)),
            ("militia.hawkes.alpha", new ScenarioSim.Model.BetaDistribution(2, 5, 0.01, 0.3)),
        }));
        Assert.That(scenario.Correlations.Single().RankCorrelation, Is.EqualTo(-0.6));
    }

    [Test]
    public void LoadScenario_DistributionAtAnUnknownPath_LocatedInTheOverrideFile()
    {
        string file = _directory["uncertain.yaml"];
        File.WriteAllText(file, "# x\nregions.a.militia.base_rat: {dist: lognormal, mu: -1.5, sigma: 0.2}\n");

        var result = OverrideFile.LoadScenario(_scenario, file, []);

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Diagnostics[0].ToString(), Does.StartWith(file + ":2:19: error: regions.a.militia.base_rat: unknown key 'base_rat'"));
    }

    [Test]
    public void Write_CommentWithLineBreaks_StaysCommentsAndAddsNoEntry()
    {
        // A --data path with a newline used to become an active override line in fitted.yaml.
        using var writer = new StringWriter();
        OverrideFile.Write(writer, [("regions.a.militia.base_rate", 0.5)], ["data: x\nregions.a.militia.base_rate: 99\r\u2028isis.recruitment_rate: 1"]);

        var settings = OverrideFile.Parse(writer.ToString(), "f.yaml").GetValueOrThrow();

        Assert.That(writer.ToString(), Is.EqualTo("# data: x\n# regions.a.militia.base_rate: 99\n# \n# isis.recruitment_rate: 1\nregions.a.militia.base_rate: 0.5\n"));
        Assert.That(settings.Select(s => s.AsSet), Is.EqualTo(new[] { "regions.a.militia.base_rate=0.5" }));
    }

    [Test]
    public void Write_KeyYamlWouldMisread_QuotedSoItReadsBack()
    {
        using var writer = new StringWriter();
        OverrideFile.Write(writer, [("a: b # c", 1)], []);

        var settings = OverrideFile.Parse(writer.ToString(), "f.yaml").GetValueOrThrow();

        Assert.That(settings.Single().Path, Is.EqualTo("a: b # c"));
    }
}

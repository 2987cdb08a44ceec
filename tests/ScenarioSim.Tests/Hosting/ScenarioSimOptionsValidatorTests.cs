using Microsoft.Extensions.Options;
using ScenarioSim.Hosting;

namespace ScenarioSim.Tests.Hosting;

public class ScenarioSimOptionsValidatorTests
{
    private static readonly string MissingDirectory =
        Path.Combine(Path.GetTempPath(), "scenariosim-missing-1b0d5c2e", "scenarios");

    private static readonly TestCaseData[] InvalidSettingCases =
    [
        new TestCaseData(new ScenarioSimOptions { DefaultReplications = 0 },
            """ScenarioSim:DefaultReplications must be >= 1, but was 0.""")
            .SetArgDisplayNames("zero replications"),
        new TestCaseData(new ScenarioSimOptions { DefaultReplications = -5 },
            """ScenarioSim:DefaultReplications must be >= 1, but was -5.""")
            .SetArgDisplayNames("negative replications"),
        new TestCaseData(new ScenarioSimOptions { MaxDegreeOfParallelism = 0 },
            """ScenarioSim:MaxDegreeOfParallelism must be >= 1, or unset to use every core, but was 0.""")
            .SetArgDisplayNames("zero threads"),
        new TestCaseData(new ScenarioSimOptions { ScenariosDirectory = " " },
            """ScenarioSim:ScenariosDirectory must name a directory, or be unset to resolve scenario paths against the current directory, but was ' '.""")
            .SetArgDisplayNames("blank scenarios directory"),
        new TestCaseData(new ScenarioSimOptions { ScenariosDirectory = MissingDirectory },
            $"""ScenarioSim:ScenariosDirectory must name an existing directory, but '{MissingDirectory}' does not exist.""")
            .SetArgDisplayNames("missing scenarios directory"),
    ];

    private static readonly ScenarioSimOptions[] ValidSettings =
    [
        new ScenarioSimOptions(),
        new ScenarioSimOptions { DefaultReplications = 1, DefaultSeed = 0, MaxDegreeOfParallelism = 1 },
        new ScenarioSimOptions { DefaultReplications = int.MaxValue, DefaultSeed = ulong.MaxValue, MaxDegreeOfParallelism = int.MaxValue },
        new ScenarioSimOptions { ScenariosDirectory = Path.GetTempPath() },
    ];

    [TestCaseSource(nameof(InvalidSettingCases))]
    public void Validate_InvalidSetting_NamesKeyAndValue(ScenarioSimOptions options, string expected)
    {
        var result = new ScenarioSimOptionsValidator().Validate(Options.DefaultName, options);

        Assert.That(result.Failures, Is.EqualTo(new[] { expected }));
    }

    [TestCaseSource(nameof(InvalidSettingCases))]
    public void ConfiguredRunner_InvalidSetting_ThrowsWithTheSameMessage(ScenarioSimOptions options, string expected)
    {
        var e = Assert.Throws<OptionsValidationException>(() => _ = new ConfiguredScenarioRunner(options));

        Assert.That(e!.Message, Is.EqualTo(expected));
    }

    [TestCaseSource(nameof(InvalidSettingCases))]
    public void ConfiguredLoader_InvalidSetting_ThrowsWithTheSameMessage(ScenarioSimOptions options, string expected)
    {
        var e = Assert.Throws<OptionsValidationException>(() => _ = new ConfiguredScenarioLoader(options));

        Assert.That(e!.Message, Is.EqualTo(expected));
    }

    [TestCaseSource(nameof(ValidSettings))]
    public void Validate_ValidSettings_Succeeds(ScenarioSimOptions options)
    {
        var result = new ScenarioSimOptionsValidator().Validate(Options.DefaultName, options);

        Assert.That(result.Failures, Is.Null.Or.Empty);
        Assert.That(result.Succeeded, Is.True);
    }

    [Test]
    public void Validate_SeveralInvalidSettings_ReportsEveryOneInPropertyOrder()
    {
        var options = new ScenarioSimOptions { DefaultReplications = 0, MaxDegreeOfParallelism = -1, ScenariosDirectory = "" };

        var result = new ScenarioSimOptionsValidator().Validate(Options.DefaultName, options);

        Assert.That(result.Failures, Is.EqualTo(new[]
        {
            """ScenarioSim:DefaultReplications must be >= 1, but was 0.""",
            """ScenarioSim:MaxDegreeOfParallelism must be >= 1, or unset to use every core, but was -1.""",
            """ScenarioSim:ScenariosDirectory must name a directory, or be unset to resolve scenario paths against the current directory, but was ''.""",
        }));
    }

    [Test]
    public void Validate_SectionPath_PrefixesEveryKey()
    {
        var result = new ScenarioSimOptionsValidator("Simulation:Engine").Validate(Options.DefaultName, new ScenarioSimOptions { DefaultReplications = 0 });

        Assert.That(result.Failures, Is.EqualTo(new[] { """Simulation:Engine:DefaultReplications must be >= 1, but was 0.""" }));
    }

    [Test]
    public void Validate_ConfigurationRoot_NamesBareKeys()
    {
        var result = new ScenarioSimOptionsValidator(string.Empty).Validate(Options.DefaultName, new ScenarioSimOptions { DefaultReplications = 0 });

        Assert.That(result.Failures, Is.EqualTo(new[] { """DefaultReplications must be >= 1, but was 0.""" }));
    }

    [Test]
    public void Defaults_MatchTheConsoleRunner()
    {
        var options = new ScenarioSimOptions();

        Assert.Multiple(() =>
        {
            Assert.That(options.DefaultReplications, Is.EqualTo(10_000));
            Assert.That(options.DefaultSeed, Is.EqualTo(1UL));
            Assert.That(options.MaxDegreeOfParallelism, Is.Null);
            Assert.That(options.ScenariosDirectory, Is.Null);
        });
    }
}

using ScenarioSim.Tests.Output;

namespace ScenarioSim.Tests.Cli;

/// <summary>Each test gets a fresh directory holding the constant-exposure scenario (<see cref="ScenarioYaml.ConstantExposure"/>), deleted after it.</summary>
public abstract class ConstantScenarioFixture
{
    private TemporaryDirectory _directory = null!;

    /// <summary>The scenario file.</summary>
    protected string Scenario { get; private set; } = null!;

    /// <summary>The test's directory.</summary>
    protected string DirectoryPath => _directory.Path;

    /// <summary>A path in the test's directory.</summary>
    protected string PathOf(string name) => _directory[name];

    [SetUp]
    public void WriteScenario()
    {
        _directory = new TemporaryDirectory();
        Scenario = ScenarioYaml.Write(_directory.Path, "constant.yaml", ScenarioYaml.ConstantExposure);
    }

    [TearDown]
    public void DeleteDirectory() => _directory.Dispose();
}

using ScenarioSim.Cli;
using ScenarioSim.Tests.Output;

namespace ScenarioSim.Tests.Cli;

/// <summary>Usage errors, help and version: these need neither the engine nor the loader.</summary>
[TestFixture]
public sealed class CliUsageTests
{
    private TemporaryDirectory _directory = null!;
    private string _scenario = null!;

    [SetUp]
    public void SetUp()
    {
        _directory = new TemporaryDirectory();
        _scenario = _directory["scenario.yaml"];
        File.WriteAllText(_scenario, "name: x\n");
    }

    [TearDown]
    public void TearDown() => _directory.Dispose();

    private static readonly object[] InvalidNumbers =
    [
        new object[] { "--replications", "0", "--replications must be >= 1, but was 0." },
        new object[] { "--replications", "-5", "--replications must be >= 1, but was -5." },
        new object[] { "--replications", "ten", "--replications must be an integer >= 1, but was 'ten'." },
        new object[] { "--replications", "1.5", "--replications must be an integer >= 1, but was '1.5'." },
        new object[] { "--threads", "0", "--threads must be >= 1, but was 0." },
        new object[] { "--threads", "x", "--threads must be an integer >= 1, but was 'x'." },
        new object[] { "--seed", "-1", "--seed must be an integer from 0 to 18446744073709551615, but was '-1'." },
        new object[] { "--seed", "1e3", "--seed must be an integer from 0 to 18446744073709551615, but was '1e3'." },
    ];

    [TestCaseSource(nameof(InvalidNumbers))]
    public async Task Run_InvalidNumber_ExitTwoWithMessage(string option, string value, string message)
    {
        var outcome = await CliOutcome.InvokeAsync("run", _scenario, option, value);

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.InvalidInput), outcome.ToString());
        Assert.That(outcome.Error, Does.Contain(message));
        Assert.That(outcome.Out, Is.Empty);
    }

    [Test]
    public async Task Run_UnknownOption_ExitTwoWithSystemCommandLineMessage()
    {
        var outcome = await CliOutcome.InvokeAsync("run", _scenario, "--replicatons", "5");

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.InvalidInput), outcome.ToString());
        Assert.That(outcome.Error, Does.Contain("Unrecognized command or argument '--replicatons'."));
    }

    [Test]
    public async Task Run_MissingFile_ExitTwoNamingTheFile()
    {
        string missing = _directory["nope.yaml"];

        var outcome = await CliOutcome.InvokeAsync("run", missing);

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.InvalidInput), outcome.ToString());
        Assert.That(outcome.Error, Does.Contain($"Scenario file '{missing}' does not exist."));
    }

    [TestCase("validate")]
    [TestCase("trace")]
    public async Task OtherVerbs_MissingFile_ExitTwo(string verb)
    {
        var outcome = await CliOutcome.InvokeAsync(verb, _directory["nope.yaml"], "--replication", "0");

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.InvalidInput), outcome.ToString());
        Assert.That(outcome.Error, Does.Contain("does not exist"));
    }

    [Test]
    public async Task Run_NoScenarioArgument_ExitTwo()
    {
        var outcome = await CliOutcome.InvokeAsync("run");

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.InvalidInput), outcome.ToString());
        Assert.That(outcome.Error, Does.Contain("SCENARIO"));
    }

    [Test]
    public async Task NoVerb_ExitTwo()
    {
        var outcome = await CliOutcome.InvokeAsync();

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.InvalidInput), outcome.ToString());
        Assert.That(outcome.Error, Does.Contain("Required command was not provided."));
    }

    [Test]
    public async Task UnknownVerb_ExitTwo()
    {
        var outcome = await CliOutcome.InvokeAsync("simulate", _scenario);

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.InvalidInput), outcome.ToString());
        Assert.That(outcome.Error, Does.Contain("'simulate'"));
    }

    [Test]
    public async Task Trace_WithoutReplication_ExitTwo()
    {
        var outcome = await CliOutcome.InvokeAsync("trace", _scenario);

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.InvalidInput), outcome.ToString());
        Assert.That(outcome.Error, Does.Contain("Option '--replication' is required."));
    }

    [Test]
    public async Task Trace_NegativeReplication_ExitTwo()
    {
        var outcome = await CliOutcome.InvokeAsync("trace", _scenario, "--replication", "-1");

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.InvalidInput), outcome.ToString());
        Assert.That(outcome.Error, Does.Contain("--replication must be >= 0, but was -1."));
    }

    [TestCase("run", "{0}", "--set", "a.b=1", "--set", "c=2")]
    [TestCase("run", "--set", "a.b=1", "{0}", "--set", "c=2")]
    [TestCase("validate", "--set", "a.b=1", "--set", "c=2", "{0}")]
    public void Parse_SetRepeated_EveryOverrideInOrderAndTheScenarioKept(params string[] template)
    {
        string[] args = template.Select(a => string.Format(System.Globalization.CultureInfo.InvariantCulture, a, _scenario)).ToArray();

        var parseResult = CliApplication.CreateRootCommand(new CliEnvironment(TextWriter.Null, TextWriter.Null)).Parse(args);

        Assert.That(parseResult.Errors, Is.Empty);
        Assert.That(parseResult.GetValue<string[]>("--set"), Is.EqualTo(new[] { "a.b=1", "c=2" }));
        Assert.That(parseResult.GetValue<string>("SCENARIO"), Is.EqualTo(_scenario));
    }

    [Test]
    public async Task Help_ExitZeroListingTheVerbs()
    {
        var outcome = await CliOutcome.InvokeAsync("--help");

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.Ok), outcome.ToString());
        Assert.That(outcome.Out, Does.Contain("run").And.Contain("validate").And.Contain("trace"));
    }

    [Test]
    public async Task RunHelp_ExitZeroListingTheOptions()
    {
        var outcome = await CliOutcome.InvokeAsync("run", "--help");

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.Ok), outcome.ToString());
        Assert.That(
            outcome.Out,
            Does.Contain("--replications").And.Contain("--seed").And.Contain("--threads").And.Contain("--out").And.Contain("--set"));
    }

    [Test]
    public async Task Version_ExitZeroPrintingTheLibraryVersion()
    {
        var outcome = await CliOutcome.InvokeAsync("--version");

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.Ok), outcome.ToString());
        Assert.That(outcome.Out, Does.StartWith("scenariosim 0.1.0"));
    }
}

using ScenarioSim.Cli;
using ScenarioSim.Tests.Output;

namespace ScenarioSim.Tests.Cli;

[TestFixture]
public sealed class RunSummaryTableTests
{
    [Test]
    public void Write_FullResult_ShowsHeaderMetricsProbabilitiesMissingAndExceedance()
    {
        using var stdout = new StringWriter();

        RunSummaryTable.Write(new CliEnvironment(stdout, TextWriter.Null), SampleResults.Full());

        string text = stdout.ToString();
        TestContext.Out.WriteLine(text);
        Assert.That(text, Does.StartWith("Scenario: baseline, \"phased\"    seed: 42    replications: 100"));
        Assert.That(text, Does.Contain("militia_attacks_total").And.Contain("12.5").And.Contain("16.5"));
        Assert.That(text, Does.Contain("0.2500 [0.1756, 0.3427]"));
        Assert.That(text, Does.Contain("no resurgence in 100 of 100"));
        Assert.That(text, Does.Contain("P(militia_fatalities_total >= 1)"));
        Assert.That(text, Does.Not.Contain("\u001b["), "no ANSI escapes when stdout is not a terminal");
    }
}

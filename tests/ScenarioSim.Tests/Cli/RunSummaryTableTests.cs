using ScenarioSim.Cli;
using ScenarioSim.Statistics;
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

    [Test]
    public void Write_KeySeries_SparklineOfMonthlyMeansUnderTheTables()
    {
        using var stdout = new StringWriter();

        RunSummaryTable.Write(new CliEnvironment(stdout, TextWriter.Null), ScenarioSim.Tests.Reporting.SampleReports.Result());

        string[] lines = stdout.ToString().Split('\n');
        int heading = Array.FindIndex(lines, l => l.StartsWith("Monthly means, all regions, 2025-01 to 2025-12:", StringComparison.Ordinal));
        Assert.That(heading, Is.GreaterThan(0), stdout.ToString());
        Assert.That(lines[heading + 1], Does.StartWith("  troops           ").And.Contain("2,005 → 907.8"));
        Assert.That(lines[heading + 1], Does.Contain("█").And.Contain("▁"));
        Assert.That(lines[heading + 2], Does.StartWith("  militia_attacks  ▁"));
        Assert.That(lines[heading + 3], Does.StartWith("  isis_fighters    ▁").And.Contain("█"));
    }

    [Test]
    public void Write_NoSeries_NoSparklines()
    {
        using var stdout = new StringWriter();

        RunSummaryTable.Write(new CliEnvironment(stdout, TextWriter.Null), SampleResults.Minimal() with { Series = [] });

        Assert.That(stdout.ToString(), Does.Not.Contain("Monthly means"));
    }

    [TestCase(0.583, "0.5830")]
    [TestCase(0.0, "0.0000")]
    [TestCase(0.0019, "0.0019")]
    [TestCase(0.0000384, "0.000038")]
    public void Probability_BelowFourDecimals_TwoSignificantDigits(double value, string expected) =>
        Assert.That(RunSummaryTable.Probability(value), Is.EqualTo(expected));

    [Test]
    public void Probability_NoEventIn100000_UpperWilsonBoundShown()
    {
        // Wilson's upper bound for 0 of n is z² / (n + z²), about 3.84e-5 at n = 100,000.
        var p = WilsonInterval.Estimate(0, 100_000);

        Assert.That(RunSummaryTable.Probability(p.Ci95High), Is.EqualTo("0.000038"));
    }
}

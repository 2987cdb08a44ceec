using ScenarioSim.Engine;
using ScenarioSim.Output;
using ScenarioSim.Reporting;
using ScenarioSim.Tests.Engine;

namespace ScenarioSim.Tests.Reporting;

/// <summary>The run report's first-death curve and group panels, from a real run's summary.</summary>
public sealed class GroupSectionsTests
{
    private static readonly DateOnly GeneratedOn = new(2026, 1, 15);

    private static string Report(ScenarioSim.Model.Scenario scenario)
    {
        var result = new ScenarioRunner().Run(scenario, new RunOptions { Replications = 200, Seed = 2 });
        var summary = SummaryJson.Parse(SummaryJson.ToJson(result, scenario));
        return RunReport.ToHtml(summary, GeneratedOn);
    }

    [Test]
    public void ToHtml_Groups_FirstDeathCurveAndAPanelPerGroup()
    {
        string html = Report(GroupMetricsTests.Grouped(120));
        var charts = ReportMarkup.Charts(html).Select(c => (string)c.Attribute("id")!).ToList();

        Assert.That(html, Does.Contain("When the first death comes").And.Contain("By group"));
        Assert.That(charts, Does.Contain("first-death"));
        Assert.That(charts.Count(id => id.StartsWith("fan-group-", StringComparison.Ordinal)), Is.EqualTo(3));
        Assert.That(html, Does.Contain("<td>iraq</td>").And.Contain("<td>syria</td>").And.Contain("<td>west</td>"));
    }

    [Test]
    public void ToHtml_NoGroups_FirstDeathCurveOnly()
    {
        string html = Report(TestScenarios.Mixed(60));

        Assert.That(html, Does.Contain("When the first death comes").And.Not.Contain(">By group<"));
    }
}

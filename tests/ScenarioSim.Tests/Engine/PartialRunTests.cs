using ScenarioSim.Diagnostics;
using ScenarioSim.Engine;
using ScenarioSim.Results;

namespace ScenarioSim.Tests.Engine;

public class PartialRunTests
{
    private readonly ScenarioRunner _runner = new();

    [Test]
    public void RunPartial_RangesMerged_EqualWholeRun()
    {
        var scenario = TestScenarios.Mixed(200);
        var options = new RunOptions { Seed = 4, MaxDegreeOfParallelism = 2 };
        var whole = _runner.Run(scenario, options with { Replications = 500 });

        var parts = new[] { new ReplicationRange(300, 200), new ReplicationRange(0, 123), new ReplicationRange(123, 177) }
            .Select(r => _runner.RunPartial(scenario, r, options))
            .ToList();
        var merged = PartialResult.Merge(parts);

        Assert.That(merged.Ranges, Is.EqualTo(new[] { new ReplicationRange(0, 500) }));
        Assert.That(ResultComparison.Canonical(merged.ToResult()), Is.EqualTo(ResultComparison.Canonical(whole)));
    }

    [Test]
    public void Merge_OverlappingRanges_Refused()
    {
        var scenario = TestScenarios.Mixed(50);
        var a = _runner.RunPartial(scenario, new ReplicationRange(0, 100));
        var b = _runner.RunPartial(scenario, new ReplicationRange(50, 100));

        var error = Assert.Throws<InvalidInputException>(() => PartialResult.Merge([a, b]));

        Assert.That(error!.Diagnostics.Single().Message, Is.EqualTo("replication ranges [0, 100) and [50, 150) overlap"));
    }

    [Test]
    public void Merge_DifferentSeeds_Refused()
    {
        var scenario = TestScenarios.Mixed(50);
        var a = _runner.RunPartial(scenario, new ReplicationRange(0, 10), new RunOptions { Seed = 1 });
        var b = _runner.RunPartial(scenario, new ReplicationRange(10, 10), new RunOptions { Seed = 2 });

        var error = Assert.Throws<InvalidInputException>(() => PartialResult.Merge([a, b]));

        Assert.That(error!.Diagnostics.Single().Message, Is.EqualTo("partials use different seeds (1 and 2)"));
    }

    [Test]
    public void RunReplicationMetrics_SummariesMatchTheRun()
    {
        var scenario = TestScenarios.Mixed(300);
        var options = new RunOptions { Replications = 400, Seed = 8 };
        var metrics = _runner.RunReplicationMetrics(scenario, options);
        var result = _runner.Run(scenario, options);

        Assert.That(metrics.Count, Is.EqualTo(400));
        foreach (string name in MetricNames.All)
        {
            var values = metrics[name].Where(v => !double.IsNaN(v)).ToArray();
            var stats = result.Metric(name).Statistics;
            Assert.That(values, Has.Length.EqualTo(stats.Count), name);
            if (values.Length > 0)
            {
                Assert.That(values.Max(), Is.EqualTo(stats.Max), name);
                Assert.That(values.Average(), Is.EqualTo(stats.Mean).Within(1e-9).Percent, name);
            }
        }
    }
}

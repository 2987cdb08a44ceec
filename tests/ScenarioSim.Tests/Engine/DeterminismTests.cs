using ScenarioSim.Engine;
using ScenarioSim.Results;

namespace ScenarioSim.Tests.Engine;

public class DeterminismTests
{
    private readonly ScenarioRunner _runner = new();

    [Test]
    public void Run_SameSeedDifferentThreads_IdenticalResults()
    {
        var scenario = TestScenarios.Mixed();
        string[] results = new[] { 1, 2, 8 }
            .Select(threads => ResultComparison.Canonical(_runner.Run(scenario, new RunOptions { Replications = 700, Seed = 5, MaxDegreeOfParallelism = threads })))
            .ToArray();

        Assert.That(results[1], Is.EqualTo(results[0]));
        Assert.That(results[2], Is.EqualTo(results[0]));
    }

    [Test]
    public void Run_DifferentSeeds_Differ()
    {
        var scenario = TestScenarios.Mixed();

        var a = _runner.Run(scenario, new RunOptions { Replications = 300, Seed = 1 });
        var b = _runner.Run(scenario, new RunOptions { Replications = 300, Seed = 2 });

        Assert.That(
            b.Metric(MetricNames.MilitiaAttacksTotal).Statistics.Mean,
            Is.Not.EqualTo(a.Metric(MetricNames.MilitiaAttacksTotal).Statistics.Mean));
        Assert.That(ResultComparison.Canonical(b), Is.Not.EqualTo(ResultComparison.Canonical(a)));
    }

    [Test]
    public void Trace_ReplicationK_MatchesItsContributionToARun()
    {
        // A run of K+1 replications minus a run of K replications is replication K's contribution.
        var scenario = TestScenarios.Mixed();
        const int k = 37;
        var trace = _runner.Trace(scenario, k, seed: 9);
        var withK = _runner.Run(scenario, new RunOptions { Replications = k + 1, Seed = 9 });
        var withoutK = _runner.Run(scenario, new RunOptions { Replications = k, Seed = 9 });

        double Sum(SimulationResult r, string metric) => r.Metric(metric).Statistics.Mean * r.Metric(metric).Statistics.Count;

        long attacks = trace.Days.Sum(d => d.MilitiaAttacks.Sum());
        long deaths = trace.Days.Sum(d => d.MilitiaFatalities.Sum());
        long isis = trace.Days.Sum(d => d.IsisAttacks.Sum());
        Assert.That(Sum(withK, MetricNames.MilitiaAttacksTotal) - Sum(withoutK, MetricNames.MilitiaAttacksTotal), Is.EqualTo((double)attacks).Within(1e-6));
        Assert.That(Sum(withK, MetricNames.MilitiaFatalitiesTotal) - Sum(withoutK, MetricNames.MilitiaFatalitiesTotal), Is.EqualTo((double)deaths).Within(1e-6));
        Assert.That(Sum(withK, MetricNames.IsisAttacksTotal) - Sum(withoutK, MetricNames.IsisAttacksTotal), Is.EqualTo((double)isis).Within(1e-6));
        Assert.That(Sum(withK, MetricNames.TroopsEnd) - Sum(withoutK, MetricNames.TroopsEnd), Is.EqualTo(trace.Days[^1].Troops.Sum()).Within(1e-6));
    }

    [Test]
    public void Run_Cancelled_ThrowsOperationCanceled()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.That(
            () => _runner.Run(TestScenarios.Mixed(), new RunOptions { Replications = 10_000, MaxDegreeOfParallelism = 2 }, cancellationToken: cts.Token),
            Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public void Run_Progress_ReachesTotal()
    {
        var seen = new List<RunProgress>();
        var progress = new SynchronousProgress(seen);

        _runner.Run(TestScenarios.Mixed(100), new RunOptions { Replications = 500, MaxDegreeOfParallelism = 1 }, progress);

        Assert.That(seen, Is.Not.Empty);
        Assert.That(seen[^1], Is.EqualTo(new RunProgress(500, 500)));
    }

    private sealed class SynchronousProgress(List<RunProgress> seen) : IProgress<RunProgress>
    {
        public void Report(RunProgress value)
        {
            lock (seen)
            {
                seen.Add(value);
            }
        }
    }
}

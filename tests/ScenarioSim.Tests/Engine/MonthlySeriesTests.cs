using ScenarioSim.Analysis;
using ScenarioSim.Engine;
using ScenarioSim.Results;
using ScenarioSim.Tests.Analysis;

namespace ScenarioSim.Tests.Engine;

/// <summary>
/// An accumulator without the monthly series by region (what an analysis's design points run with)
/// reports everything else exactly as the full one does.
/// </summary>
public sealed class MonthlySeriesTests
{
    [TestCase("baseline", 101, 2)]
    [TestCase("militia-escalation", 64, 1)]
    [TestCase("syria-spillover", 37, 2)]
    public void WithoutMonthlySeries_SameMetricsExceedancesBreakdownsAndTheatreSeries(string name, int replications, int threads)
    {
        var (compiled, settings) = ScenarioRunner.Prepare(ShippedScenarios.Load(name), new RunOptions { Replications = replications, Seed = 3, MaxDegreeOfParallelism = threads });
        var range = new ReplicationRange(0, replications);
        var full = ScenarioRunner.RunAccumulated(compiled, settings, range, null, CancellationToken.None).ToResult(settings.Seed);
        var lean = ScenarioRunner.RunAccumulated(compiled, settings, range, null, CancellationToken.None, monthlySeries: false).ToResult(settings.Seed);

        // The breakdown's theatre series come after the monthly series by region; they are all the lean result has.
        var theatre = full.Series.Skip(full.Series.Count - lean.Series.Count).ToList();
        Assert.That(lean.Series, Has.Count.LessThan(full.Series.Count / 4));
        Assert.That(full.Series.Take(full.Series.Count - lean.Series.Count).Select(s => s.Region), Has.Some.EqualTo(compiled.RegionIds[0]));
        Assert.That(
            ResultComparison.Canonical(lean),
            Is.EqualTo(ResultComparison.Canonical(full with { Series = theatre })));
    }

    [Test]
    public void WithoutMonthlySeries_NoPartialLayoutAndNoMixing()
    {
        var (compiled, _) = ScenarioRunner.Prepare(ShippedScenarios.Load("baseline"), new RunOptions { Replications = 8 });
        var lean = new ResultAccumulator(compiled, monthlySeries: false);

        Assert.That(() => lean.Histograms().ToList(), Throws.InvalidOperationException);
        Assert.That(() => lean.Combine(new ResultAccumulator(compiled)), Throws.InvalidOperationException);
        Assert.That(lean.Clone().MonthlySeries, Is.False);
    }

    [Test]
    public void SweepPoints_SameMetricsWithoutMonthlySeries()
    {
        var template = ScenarioTemplate.FromFile(ShippedScenarios.PathOf("baseline"));
        ParameterRange[] parameters = [new("regions.syria.militia.base_rate", 0.01, 0.05)];
        double[][] points = [[0.01], [0.05]];
        var options = new RunOptions { Replications = 48, Seed = 9, MaxDegreeOfParallelism = 2 };
        var full = ParameterSweep.RunShard(template, parameters, points, ParameterSweep.GridDesign, new ShardSpec(1, 1), options).ToResult();
        var lean = ParameterSweep.RunShard(
            template, parameters, points, ParameterSweep.GridDesign, new ShardSpec(1, 1), options, monthlySeries: false).ToResult();

        for (int i = 0; i < points.Length; i++)
        {
            Assert.That(ResultComparison.Canonical(lean.Points[i].Result with { Series = [] }), Is.EqualTo(ResultComparison.Canonical(full.Points[i].Result with { Series = [] })));
        }
    }
}

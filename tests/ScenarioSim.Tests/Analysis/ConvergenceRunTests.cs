using ScenarioSim.Analysis;
using ScenarioSim.Engine;
using ScenarioSim.Output;
using ScenarioSim.Results;
using ScenarioSim.Tests.Engine;

namespace ScenarioSim.Tests.Analysis;

public sealed class ConvergenceRunTests
{
    private static readonly RunOptions Options = new() { Seed = 21, MaxDegreeOfParallelism = 2 };

    [Test]
    public void Run_UntilTarget_BitIdenticalToOneRunOfTheFinalCount()
    {
        // Poisson(45) attack totals (sd ≈ 6.7): se < 1 needs about 45 replications, three or four batches of 16.
        var scenario = TestScenarios.ConstantMilitia(baseRate: 0.5, days: 90);
        var target = new ConvergenceTarget(MetricNames.MilitiaAttacksTotal, 1.0);

        var run = ConvergenceRun.Run(scenario, target, new ConvergenceOptions { BatchSize = 16, MaxReplications = 5000 }, Options);

        int final = run.Trace[^1].Replications;
        var single = new ScenarioRunner().Run(scenario, Options with { Replications = final });
        Assert.That(run.Converged, Is.True);
        Assert.That(run.Trace, Has.Count.InRange(2, 8));
        Assert.That(run.Trace.Select(s => s.Replications), Is.EqualTo(Enumerable.Range(1, run.Trace.Count).Select(b => b * 16)));
        Assert.That(run.AchievedSe, Is.LessThan(1.0));
        Assert.That(run.Trace[^2].Se, Is.GreaterThanOrEqualTo(1.0), "it stopped at the first batch below the target");
        Assert.That(SummaryJson.ToJson(run.Result, "x"), Is.EqualTo(SummaryJson.ToJson(single, "x")));
    }

    /// <summary>The standard error falls like 1/√n: each trace point's se·√n stays near the metric's sd (within 25% from 64 replications on).</summary>
    [Test]
    public void Run_Trace_StandardErrorShrinksAsOneOverRootN()
    {
        var run = ConvergenceRun.Run(
            TestScenarios.Mixed(days: 120), new ConvergenceTarget(MetricNames.MilitiaAttacksTotal, 1e-9), new ConvergenceOptions { BatchSize = 64, MaxReplications = 320 }, Options);

        Assert.That(run.Converged, Is.False);
        Assert.That(run.Trace, Has.Count.EqualTo(5));
        double sd = run.Result.Metric(MetricNames.MilitiaAttacksTotal).Statistics.Sd;
        Assert.That(run.Trace.Select(s => s.Se * Math.Sqrt(s.Replications)), Is.All.EqualTo(sd).Within(25).Percent);
    }

    [Test]
    public void Run_CapNotAMultipleOfTheBatch_LastBatchCut()
    {
        var run = ConvergenceRun.Run(
            TestScenarios.Mixed(days: 60), new ConvergenceTarget(MetricNames.MilitiaAttacksTotal, 1e-9), new ConvergenceOptions { BatchSize = 40, MaxReplications = 100 }, Options);

        Assert.That(run.Trace.Select(s => s.Replications), Is.EqualTo(new[] { 40, 80, 100 }));
        Assert.That(run.Result.Replications, Is.EqualTo(100));
        Assert.That(run.Partial.Ranges, Is.EqualTo(new[] { new ReplicationRange(0, 100) }));
    }

    private static readonly object[] InvalidTargets =
    [
        new object[] { "militia_attacks_total", "--target-se expects metric=value (e.g. militia_attacks_total=2), but was 'militia_attacks_total'" },
        new object[] { "attacks=2", "--target-se: unknown metric 'attacks'; known metrics: militia_attacks_total, militia_fatalities_total, any_fatality, peak_monthly_militia_attacks, isis_attacks_total, isis_fighters_end, isis_fighters_peak, resurgence, days_to_resurgence, troops_end, days_to_first_fatality, days_to_drawdown_complete, days_paused" },
        new object[] { "resurgence=0", "--target-se resurgence: the standard error must be a finite number > 0, but was '0'" },
        new object[] { "resurgence=x", "--target-se resurgence: the standard error must be a finite number > 0, but was 'x'" },
    ];

    [TestCaseSource(nameof(InvalidTargets))]
    public void TryParse_InvalidTarget_ClearMessage(string text, string message)
    {
        Assert.That(ConvergenceTarget.TryParse(text, out _, out string? error), Is.False);
        Assert.That(error, Is.EqualTo(message));
    }
}

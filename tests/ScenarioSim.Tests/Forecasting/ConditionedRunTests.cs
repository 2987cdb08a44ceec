using ScenarioSim.Calibration;
using ScenarioSim.Engine;
using ScenarioSim.Forecasting;
using ScenarioSim.Output;
using ScenarioSim.Results;
using ScenarioSim.Tests.Calibration;

namespace ScenarioSim.Tests.Forecasting;

/// <summary>Conditioned runs: where each replication starts, events across the origin, determinism.</summary>
[TestFixture]
public sealed class ConditionedRunTests
{
    private const string Truce = """
        name: truce
        start: 2024-01-01
        end: 2024-02-29
        regions:
          - id: a
            militia: { base_rate: 2.0 }
        forces:
          - contingent: us
            region: a
            schedule:
              - { date: 2024-01-01, troops: 1000 }
        events:
          - name: truce
            date: 2024-01-01
            effects:
              - { target: militia.base_rate, multiply: 0.0, duration_days: 40 }
        """;

    private static readonly long[][] TinyCounts = [[1, 0, 4, 2], [2, 1, 3, 0]];

    [Test]
    public void Run_FirstDayState_IsDrawnFromTheFilterMovedOneDay()
    {
        // Origin on day 3 of Tiny: the one forecast day's state is P(S_3 | data) moved by the chain.
        // Its escalation_<state> share for January is then that probability; 4 binomial standard errors.
        var scenario = CalibrationScenarios.Load(CalibrationScenarios.Tiny);
        var data = CalibrationScenarios.Daily(scenario, TinyCounts);
        const int n = 4000;

        var forecast = ConditionedRun.Run(scenario, data, options: new RunOptions { Replications = n, Seed = 11 });

        var filtered = BruteForce.Filtered(scenario, BruteForce.DailyJoint(scenario, TinyCounts));
        // calm (2 days) -> tension; tension (3 days) -> calm or conflict equally; conflict (4 days) -> tension.
        double[,] move = { { 0.5, 0.5, 0 }, { 1.0 / 6, 2.0 / 3, 1.0 / 6 }, { 0, 0.25, 0.75 } };
        for (int to = 0; to < 3; to++)
        {
            double expected = Enumerable.Range(0, 3).Sum(from => filtered[from] * move[from, to]);
            string state = scenario.Escalation!.States[to].Name;
            double share = forecast.Result.Series.Single(p => p.Series == SeriesNames.EscalationPrefix + state && p.Region == SeriesNames.AllRegions).Statistics.Mean;
            Assert.That(share, Is.EqualTo(expected).Within(4 * Math.Sqrt(expected * (1 - expected) / n) + 1e-12), state);
        }

        Assert.That(forecast.Scenario.Start, Is.EqualTo(new DateOnly(2025, 1, 5)));
    }

    [Test]
    public void Run_EventActiveAcrossTheOrigin_KeepsItsRemainingDays()
    {
        // The truce (rate x0) runs 2024-01-01 to 2024-02-09; from an origin on 2024-01-05 the forecast
        // has attacks only on the 20 days 2024-02-10..2024-02-29: Poisson(40). Without the carry-over it
        // would be Poisson(110). 4 standard errors of the mean.
        var scenario = CalibrationScenarios.Load(Truce);
        var data = CalibrationScenarios.Daily(scenario, [[0, 0, 0, 0, 0]]);
        const int n = 2000;

        var forecast = ConditionedRun.Run(scenario, data, options: new RunOptions { Replications = n, Seed = 5 });

        var total = forecast.Result.Metric(MetricNames.MilitiaAttacksTotal).Statistics;
        Assert.That(total.Mean, Is.EqualTo(40).Within(4 * Math.Sqrt(40.0 / n)));
        var january = forecast.Result.Series.Single(p => p.Series == SeriesNames.MilitiaAttacks && p.Region == SeriesNames.AllRegions && p.Month == "2024-01");
        Assert.That(january.Statistics.Max, Is.Zero);
    }

    [Test]
    public void Run_SameSeedDifferentThreads_IdenticalResults()
    {
        var scenario = CalibrationScenarios.Load(CalibrationScenarios.Tiny);
        var data = CalibrationScenarios.Daily(scenario, TinyCounts);

        string Json(int threads)
        {
            var forecast = ConditionedRun.Run(scenario, data, scenario.Start.AddDays(2), new RunOptions { Replications = 300, Seed = 3, MaxDegreeOfParallelism = threads });
            return SummaryJson.ToJson(forecast.Result, forecast.Scenario);
        }

        Assert.That(Json(2), Is.EqualTo(Json(1)));
    }
}

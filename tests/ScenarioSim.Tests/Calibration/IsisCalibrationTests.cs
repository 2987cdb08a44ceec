using ScenarioSim.Calibration;
using ScenarioSim.Engine;

namespace ScenarioSim.Tests.Calibration;

/// <summary>Simulated-moments fitting of ISIS parameters with common random numbers.</summary>
[TestFixture]
public sealed class IsisCalibrationTests
{
    private const string Scenario = """
        name: isis-only
        start: 2025-01-01
        end: 2025-04-30
        regions:
          - id: syria
            isis: { activity_share: 1.0 }
        isis:
          initial_fighters: 3000
          attacks_per_1000_fighters_per_day: 0.25
        """;

    [Test]
    public void Fit_MonthlyAttacksFromKnownRate_IntervalContainsTruth()
    {
        // Truth: 0.25 attacks per 1,000 fighters per day, about 0.75 a day (23 a month). The data are one
        // replication under another seed than the fit's, so the fit's own draws are not the data's.
        var truth = CalibrationScenarios.Load(Scenario);
        var data = MonthlyIsisAttacks(truth, new ScenarioRunner().Trace(truth, 1, 99));
        var start = truth with { Isis = truth.Isis! with { AttacksPer1000FightersPerDay = 0.4 } };
        var parameters = FitParameter.ParseAll(["isis.attacks_per_1000_fighters_per_day"], start).GetValueOrThrow();

        var fit = IsisCalibration.Fit(start, data, parameters, replications: 40, seed: 1);

        var estimate = fit.Parameters.Single();
        Assert.That(estimate.Ci95Low, Is.LessThanOrEqualTo(0.25), estimate.ToString());
        Assert.That(estimate.Ci95High, Is.GreaterThanOrEqualTo(0.25), estimate.ToString());
        // About 92 attacks in four months pin the rate to about 1/sqrt(92) = 10% (one sd); allow three.
        Assert.That(estimate.Estimate, Is.EqualTo(0.25).Within(0.25 * 0.3));
        Assert.That(estimate.Se / estimate.Estimate, Is.EqualTo(0.104).Within(0.03), "the sandwich standard error matches Poisson counting error");
        Assert.That(estimate.Se, Is.GreaterThan(0));
    }

    [Test]
    public void Fit_SameSeed_SameEstimate()
    {
        var truth = CalibrationScenarios.Load(Scenario);
        var data = MonthlyIsisAttacks(truth, new ScenarioRunner().Trace(truth, 3, 5));
        var parameters = FitParameter.ParseAll(["isis.attacks_per_1000_fighters_per_day"], truth).GetValueOrThrow();

        var first = IsisCalibration.Fit(truth, data, parameters, replications: 20, seed: 11);
        var second = IsisCalibration.Fit(truth, data, parameters, replications: 20, seed: 11);

        Assert.That(second.Parameters[0].Estimate, Is.EqualTo(first.Parameters[0].Estimate));
    }

    private static ObservationSet MonthlyIsisAttacks(ScenarioSim.Model.Scenario scenario, ReplicationTrace trace)
    {
        var rows = trace.Days.GroupBy(d => d.Date.Month).Select((month, i) => new Observation
        {
            Line = i + 2,
            Series = ObservedSeries.IsisAttacks,
            RegionLabel = "syria",
            Regions = [0],
            First = month.First().Date,
            Last = month.Last().Date,
            Count = month.Sum(d => d.IsisAttacks[0]),
        }).ToArray();
        return new ObservationSet("isis.csv", rows);
    }
}

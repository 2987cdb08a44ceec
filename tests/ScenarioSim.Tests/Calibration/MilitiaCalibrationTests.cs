using ScenarioSim.Diagnostics;
using ScenarioSim.Calibration;
using ScenarioSim.Model;

namespace ScenarioSim.Tests.Calibration;

/// <summary>Model choice, intervals on a bound, refused ranges and numerical failures of the militia fit.</summary>
[TestFixture]
public sealed class MilitiaCalibrationTests
{
    [Test]
    public void Fit_NegativeBinomialOnPoissonData_RateIsTheSampleMeanAndLikelihoodNegative()
    {
        var truth = CalibrationScenarios.Load(CalibrationScenarios.SingleRegion(300, 2.0, null));
        var data = ParameterRecoveryTests.Simulate(truth, replication: 3, seed: 11);
        var parameters = FitParameter.ParseAll(["regions.a.militia.base_rate"], truth).GetValueOrThrow();
        double mean = data.Rows.Average(r => (double)r.Count);

        var fit = MilitiaCalibration.Fit(truth, data, parameters, ObservationModel.NegativeBinomial, intervals: false);

        // The negative binomial's mean is the rate, whatever κ: its MLE is the sample mean (the score in μ is
        // Σ(y − μ)/(μ(1 + μ/κ)) = 0). A likelihood of counts is a probability, so its log is below 0.
        Assert.That(fit.Parameters[0].Estimate, Is.EqualTo(mean).Within(1e-3 * mean));
        Assert.That(fit.LogLikelihood, Is.LessThan(0));
    }

    [Test]
    public void Fit_AutoOnHawkesScenario_ComparesAllFourModelsAndReportsTheLowestAic()
    {
        var truth = CalibrationScenarios.Load(CalibrationScenarios.SingleRegion(200, 1.5, "{ alpha: 0.1, decay_days: 2 }"));
        var data = ParameterRecoveryTests.Simulate(truth, replication: 0, seed: 3);
        var parameters = FitParameter.ParseAll(["regions.a.militia.base_rate", "militia.hawkes.alpha"], truth).GetValueOrThrow();

        var fit = MilitiaCalibration.Fit(truth, data, parameters, observation: null, intervals: false);

        Assert.That(fit.Models.Select(m => (m.Excitation, m.Observation)), Is.EquivalentTo(new[]
        {
            ("hawkes", ObservationModel.Poisson), ("hawkes", ObservationModel.NegativeBinomial),
            ("none", ObservationModel.Poisson), ("none", ObservationModel.NegativeBinomial),
        }));
        var chosen = fit.Models.Single(m => m.Chosen);
        Assert.That(chosen.Aic, Is.EqualTo(fit.Models.Min(m => m.Aic)));
        Assert.That((fit.Excitation, fit.Observation), Is.EqualTo((chosen.Excitation, chosen.Observation)));
        Assert.That(fit.Aic, Is.EqualTo(chosen.Aic).Within(1e-9));
    }

    [Test]
    public void Fit_NoExcitationChosen_ReportsAlphaZeroAsExcluded()
    {
        // Poisson data without excitation, fitted with a Hawkes block: when AIC prefers no excitation the
        // report says so and the fitted scenario has alpha 0.
        var poisson = CalibrationScenarios.Load(CalibrationScenarios.SingleRegion(200, 1.5, null));
        var data = ParameterRecoveryTests.Simulate(poisson, replication: 0, seed: 8);
        var start = CalibrationScenarios.Load(CalibrationScenarios.SingleRegion(200, 1.5, "{ alpha: 0.1, decay_days: 2 }"));
        var parameters = FitParameter.ParseAll(["regions.a.militia.base_rate", "militia.hawkes.alpha"], start).GetValueOrThrow();

        var fit = MilitiaCalibration.Fit(start, data, parameters, observation: ObservationModel.Poisson, intervals: false);
        var auto = MilitiaCalibration.Fit(start, data, parameters, observation: null, intervals: false);

        Assert.That(fit.Excitation, Is.EqualTo("hawkes"), "an explicit observation model keeps the scenario's excitation");
        if (auto.Excitation == "none")
        {
            Assert.That(auto.Parameters[1].IntervalMethod, Is.EqualTo(ParameterEstimate.Excluded));
            Assert.That(auto.Parameters[1].Estimate, Is.Zero);
            Assert.That(auto.Fitted.Militia.Hawkes!.Alpha, Is.Zero);
        }
        else
        {
            Assert.That(auto.Models.Single(m => m.Chosen).Excitation, Is.EqualTo("hawkes"));
        }
    }

    [Test]
    public void ProfileInterval_AlphaOnItsLowerBound_EndsWhereTheProfileHasDroppedBy1point92()
    {
        // Poisson data (no excitation) fitted with alpha: the estimate sits on 0, and the interval's upper end
        // must be where max over the base rate of ℓ(base, alpha) is ℓ̂ − 3.841/2, not the admissible limit.
        var poisson = CalibrationScenarios.Load(CalibrationScenarios.SingleRegion(300, 1.0, null));
        var data = ParameterRecoveryTests.Simulate(poisson, replication: 2, seed: 21);
        var start = CalibrationScenarios.Load(CalibrationScenarios.SingleRegion(300, 1.0, "{ alpha: 0.05, decay_days: 2 }"));
        var parameters = FitParameter.ParseAll(["regions.a.militia.base_rate", "militia.hawkes.alpha"], start).GetValueOrThrow();
        var likelihood = new MilitiaLikelihood(start, data);

        var fit = MilitiaCalibration.Fit(start, data, parameters, ObservationModel.Poisson);

        var alpha = fit.Parameters[1];
        double limit = 1 - Math.Exp(-0.5);
        Assert.That(alpha.Ci95High, Is.LessThan(limit / 2), "the interval must not run to the branching limit");
        double profile = MaximumOverBaseRate(likelihood, start, alpha.Ci95High);
        Assert.That(fit.LogLikelihood - profile, Is.EqualTo(3.841458820694124 / 2).Within(0.01));
        Assert.That(alpha.Ci95Low, Is.LessThanOrEqualTo(alpha.Estimate));
    }

    [Test]
    public void Fit_RangeThatMakesTheDataImpossible_LocatedErrorNotAnEstimate()
    {
        // 3,000 attacks in two days with the rate held to at most 1 a day: the probability is about 10⁻⁸²⁰⁰.
        var scenario = CalibrationScenarios.Load(CalibrationScenarios.SingleRegion(5, 0.5, null));
        var data = new ObservationSet("d.csv", [CalibrationScenarios.Row(scenario, 4, 0, 1, 3000, 0)]);
        var parameters = FitParameter.ParseAll(["regions.a.militia.base_rate=0:1"], scenario).GetValueOrThrow();

        var error = Assert.Throws<InvalidInputException>(() => MilitiaCalibration.Fit(scenario, data, parameters, ObservationModel.Poisson));

        Assert.That(error!.Diagnostics[0].ToString(), Does.StartWith("d.csv:4: error: the count 3000 (a, 2025-01-01..2025-01-02) has probability zero, or too small to represent"));
    }

    [Test]
    public void ParseAll_AlphaRangeBeyondTheBranchingLimit_Refused()
    {
        var scenario = CalibrationScenarios.Load(CalibrationScenarios.SingleRegion(5, 0.5, "{ alpha: 0.1, decay_days: 2 }"));

        var result = FitParameter.ParseAll(["militia.hawkes.alpha=0:0.5"], scenario);

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Diagnostics[0].Message, Is.EqualTo(
            "--fit militia.hawkes.alpha=0:0.5: the range [0, 0.5] reaches beyond the branching limit 1 − e^(−1/decay_days) = 0.393469 (decay_days 2), where the excitation explodes; give an upper bound of at most 0.393469, or leave it empty for that limit"));
    }

    /// <summary>max over the base rate of ℓ at a fixed alpha, by golden-section search on the log of the rate.</summary>
    private static double MaximumOverBaseRate(MilitiaLikelihood likelihood, Scenario start, double alpha)
    {
        double At(double logRate)
        {
            var s = start with
            {
                Regions = [start.Regions[0] with { Militia = start.Regions[0].Militia! with { BaseRate = Math.Exp(logRate) } }],
                Militia = start.Militia with { Hawkes = new HawkesExcitation(alpha, 2) },
            };
            return likelihood.LogLikelihood(s);
        }

        double a = Math.Log(0.2);
        double b = Math.Log(5);
        double g = (Math.Sqrt(5) - 1) / 2;
        for (int k = 0; k < 100; k++)
        {
            double c = b - (g * (b - a));
            double d = a + (g * (b - a));
            (a, b) = At(c) > At(d) ? (a, d) : (c, b);
        }

        return At((a + b) / 2);
    }
}

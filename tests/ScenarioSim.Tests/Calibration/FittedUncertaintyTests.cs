using ScenarioSim.Calibration;
using ScenarioSim.Model;
using ScenarioSim.Yaml;

namespace ScenarioSim.Tests.Calibration;

/// <summary>The fitted parameters' sampling distributions: scale, correlations, and that a scenario takes them.</summary>
[TestFixture]
public sealed class FittedUncertaintyTests
{
    [Test]
    public void From_RateAndAlpha_LognormalWithTheDeltaMethodSdAndANegativeRankCorrelation()
    {
        var truth = CalibrationScenarios.Load(CalibrationScenarios.SingleRegion(300, 1.0, "{ alpha: 0.2, decay_days: 2 }"));
        var data = ParameterRecoveryTests.Simulate(truth, replication: 0, seed: 17);
        var parameters = FitParameter.ParseAll(["regions.a.militia.base_rate", "militia.hawkes.alpha"], truth).GetValueOrThrow();
        var report = Calibrator.Run(truth, data, parameters, ObservationModel.Poisson, replications: 20, seed: 1);

        var uncertainty = FittedUncertainty.From(report);

        var rate = report.Militia!.Parameters[0];
        var lognormal = (LogNormalDistribution)uncertainty.Parameters.Single(p => p.Path == "regions.a.militia.base_rate").Distribution;
        // The optimiser's scale for a rate is its log: median at the estimate, sigma = se/estimate (delta method).
        Assert.That(Math.Exp(lognormal.Mu), Is.EqualTo(rate.Estimate).Within(1e-9 * rate.Estimate));
        Assert.That(lognormal.Sigma, Is.EqualTo(rate.Se / rate.Estimate).Within(1e-9));
        var alpha = (BetaDistribution)uncertainty.Parameters.Single(p => p.Path == "militia.hawkes.alpha").Distribution;
        double limit = 1 - Math.Exp(-0.5);
        Assert.That(alpha.Max, Is.LessThan(limit));
        double betaMean = alpha.Min + ((alpha.Max - alpha.Min) * alpha.Alpha / (alpha.Alpha + alpha.BetaShape));
        Assert.That(betaMean, Is.EqualTo(report.Militia.Parameters[1].Estimate).Within(2 * report.Militia.Parameters[1].Se));
        // A higher base rate explains the counts the excitation would: the two trade off.
        Assert.That(uncertainty.Correlations.Single().RankCorrelation, Is.LessThan(0));

        using var writer = new StringWriter();
        CalibrationOutput.WriteFittedUncertain(writer, report, "scenariosim calibrate test");
        var settings = OverrideFile.Parse(writer.ToString(), "u.yaml").GetValueOrThrow();
        Assert.That(settings.Select(s => s.Path), Is.EqualTo(new[] { "regions.a.militia.base_rate", "militia.hawkes.alpha", "correlations" }));
    }

    [Test]
    public void From_SharedMultiplier_OneLognormalPerRegionScaledAndNearlyPerfectlyCorrelated()
    {
        var scenario = ScenarioSim.Yaml.ScenarioLoader.LoadString(CalibrationScenarios.Tiny.Replace("hawkes: { alpha: 0.3, decay_days: 2 }", "casualties: { p_fatal: 0.01 }", StringComparison.Ordinal)).GetValueOrThrow();
        var counts = new long[][] { [3, 1, 6, 2, 4], [1, 2, 3, 0, 0] };
        var data = CalibrationScenarios.Daily(scenario, counts);
        var parameters = FitParameter.ParseAll(["regions.*.militia.base_rate"], scenario).GetValueOrThrow();
        var report = Calibrator.Run(scenario, data, parameters, ObservationModel.Poisson, replications: 20, seed: 1);

        var uncertainty = FittedUncertainty.From(report);

        var a = (LogNormalDistribution)uncertainty.Parameters[0].Distribution;
        var b = (LogNormalDistribution)uncertainty.Parameters[1].Distribution;
        Assert.That(b.Mu - a.Mu, Is.EqualTo(Math.Log(0.9 / 0.6)).Within(1e-12), "the regions keep their ratio");
        Assert.That(b.Sigma, Is.EqualTo(a.Sigma));
        Assert.That(uncertainty.Correlations.Single().RankCorrelation, Is.EqualTo(FittedUncertainty.SharedMultiplierRank));
    }
}

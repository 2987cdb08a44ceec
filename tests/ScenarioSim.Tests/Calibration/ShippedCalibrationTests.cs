using ScenarioSim.Calibration;
using ScenarioSim.Yaml;

namespace ScenarioSim.Tests.Calibration;

/// <summary>The shipped calibration scenario, data set and fitted values belong together.</summary>
[TestFixture]
public sealed class ShippedCalibrationTests
{
    private static string PathOf(string file) => Path.Combine(TestContext.CurrentContext.TestDirectory, "Shipped", file);

    [Test]
    public void FittedMilitiaFile_IsTheMaximumOfTheShippedDataLikelihood()
    {
        var scenario = ScenarioLoader.LoadFile(PathOf("calibration-2023.yaml")).GetValueOrThrow();
        var fitted = OverrideFile.LoadScenario(PathOf("calibration-2023.yaml"), PathOf("fitted-militia.yaml"), []).GetValueOrThrow();
        var data = ObservationFile.Read(PathOf("militia-2023-2024.csv"), scenario).GetValueOrThrow();
        var likelihood = new MilitiaLikelihood(scenario, data);
        var parameters = FitParameter.ParseAll(["regions.*.militia.base_rate", "regions.syria.militia.base_rate"], scenario).GetValueOrThrow();
        double at = likelihood.LogLikelihood(fitted);
        double multiplier = fitted.Regions[0].Militia!.BaseRate / scenario.Regions[0].Militia!.BaseRate;
        double syria = fitted.Regions[3].Militia!.BaseRate;

        Assert.That(data.Rows.Sum(r => r.Count), Is.EqualTo(184), "the data add up to the campaign's 184 attacks");
        Assert.That(at, Is.EqualTo(-46.515).Within(0.001), "the log-likelihood calibrate reported");
        foreach (var (m, s) in new[] { (1.02, 1.0), (0.98, 1.0), (1.0, 1.02), (1.0, 0.98) })
        {
            var moved = FitParameter.Apply(scenario, parameters, [multiplier * m, syria * s]);
            Assert.That(likelihood.LogLikelihood(moved), Is.LessThan(at), $"moving the estimates by ({m}, {s}) lowers the likelihood");
        }
    }

    [Test]
    public void FittedMilitiaFile_AppliesToTheBaseline()
    {
        var baseline = OverrideFile.LoadScenario(PathOf("baseline.yaml"), PathOf("fitted-militia.yaml"), []);

        Assert.That(baseline.Diagnostics, Is.Empty);
        Assert.That(baseline.Value!.Regions.Single(r => r.Id == "syria").Militia!.BaseRate, Is.EqualTo(0.069).Within(0.001));
    }

    [Test]
    public void FittedUncertainFile_MediansAreTheEstimatesAndItAppliesToTheBaseline()
    {
        var point = OverrideFile.LoadScenario(PathOf("calibration-2023.yaml"), PathOf("fitted-militia.yaml"), []).GetValueOrThrow();
        var uncertain = OverrideFile.LoadScenario(PathOf("calibration-2023.yaml"), PathOf("fitted-militia-uncertain.yaml"), []).GetValueOrThrow();
        var baseline = OverrideFile.LoadScenario(PathOf("baseline.yaml"), PathOf("fitted-militia-uncertain.yaml"), []);

        Assert.That(uncertain.Uncertainties, Has.Count.EqualTo(4));
        foreach (var u in uncertain.Uncertainties)
        {
            int region = int.Parse(u.Path[(u.Path.IndexOf('[') + 1)..u.Path.IndexOf(']')], System.Globalization.CultureInfo.InvariantCulture);
            double median = u.Distribution.Quantile(0.5);
            Assert.That(median, Is.EqualTo(point.Regions[region].Militia!.BaseRate).Within(1e-12), u.Path);
        }

        Assert.That(baseline.Diagnostics, Is.Empty);
    }

    [Test]
    public void StopVariant_ExplainsTheQuietEndBetterAtTheSameRates()
    {
        // docs/calibration.md, "Regimes": a conflict that ends in a state with multiplier 0 makes the 77 quiet days likely.
        var plain = OverrideFile.LoadScenario(PathOf("calibration-2023.yaml"), PathOf("fitted-militia.yaml"), []).GetValueOrThrow();
        var stop = OverrideFile.LoadScenario(PathOf("calibration-2023-stop.yaml"), PathOf("fitted-militia.yaml"), []).GetValueOrThrow();
        var data = ObservationFile.Read(PathOf("militia-2023-2024.csv"), plain).GetValueOrThrow();

        double withoutStop = new MilitiaLikelihood(plain, data).LogLikelihood(plain);
        double withStop = new MilitiaLikelihood(stop, data).LogLikelihood(stop);

        Assert.That(stop.Escalation!.States.Single(s => s.Name == "stopped").MilitiaMultiplier, Is.Zero);
        Assert.That(withStop - withoutStop, Is.GreaterThan(1), $"{withStop} against {withoutStop}");
    }
}

using ScenarioSim.Calibration;

namespace ScenarioSim.Tests.Calibration;

/// <summary>The forecast scores against their definitions.</summary>
[TestFixture]
public sealed class ForecastScoresTests
{
    [Test]
    public void Crps_SortedFormula_EqualsDoubleSumDefinition()
    {
        double[] samples = [3, 0, 7, 2, 2, 9, 4];
        const double y = 5;
        int n = samples.Length;
        double first = samples.Average(x => Math.Abs(x - y));
        double second = samples.Sum(a => samples.Sum(b => Math.Abs(a - b))) / (2.0 * n * n);

        Assert.That(ForecastScores.Crps(samples, y), Is.EqualTo(first - second).Within(1e-12));
    }

    [Test]
    public void Crps_PointForecast_IsAbsoluteError()
    {
        Assert.That(ForecastScores.Crps([4, 4, 4], 1), Is.EqualTo(3));
    }

    [TestCase(2, 6, 4, 0.1, 4)]
    [TestCase(2, 6, 0, 0.1, 44)]
    [TestCase(2, 6, 7, 0.5, 8)]
    public void IntervalScore_MatchesGneitingRaftery(double lower, double upper, double y, double alpha, double expected)
    {
        Assert.That(ForecastScores.IntervalScore(lower, upper, y, alpha), Is.EqualTo(expected).Within(1e-12));
    }

    [Test]
    public void Brier_IsSquaredError()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ForecastScores.Brier(0.7, true), Is.EqualTo(0.09).Within(1e-12));
            Assert.That(ForecastScores.Brier(0.7, false), Is.EqualTo(0.49).Within(1e-12));
        });
    }

    [Test]
    public void Quantile_IsType7()
    {
        double[] sorted = [1, 2, 3, 4];
        Assert.That(ForecastScores.Quantile(sorted, 0.25), Is.EqualTo(1.75).Within(1e-12));
    }
}

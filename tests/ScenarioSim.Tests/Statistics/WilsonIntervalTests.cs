using ScenarioSim.Statistics;

namespace ScenarioSim.Tests.Statistics;

public class WilsonIntervalTests
{
    [Test]
    public void Estimate_KnownValues_MatchPublishedInterval()
    {
        // Wilson 95% interval for 10/100 is [0.0552, 0.1744] (Newcombe, Stat. Med. 1998, table I method 3 style).
        var p = WilsonInterval.Estimate(10, 100);

        Assert.That(p.Probability, Is.EqualTo(0.1));
        Assert.That(p.Ci95Low, Is.EqualTo(0.0552).Within(5e-5));
        Assert.That(p.Ci95High, Is.EqualTo(0.1744).Within(5e-5));
    }

    [Test]
    public void Estimate_ZeroSuccesses_LowerBoundZeroUpperPositive()
    {
        var p = WilsonInterval.Estimate(0, 50);

        Assert.That(p.Ci95Low, Is.Zero);
        // With no successes the upper bound has the closed form z²/(n + z²).
        double z2 = 1.959963984540054 * 1.959963984540054;
        Assert.That(p.Ci95High, Is.EqualTo(z2 / (50 + z2)).Within(1e-12));
    }

    [Test]
    public void Estimate_NoTrials_NaN()
    {
        Assert.That(WilsonInterval.Estimate(0, 0).Probability, Is.NaN);
    }
}

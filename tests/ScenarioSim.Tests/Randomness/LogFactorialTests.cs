using MathNet.Numerics;
using ScenarioSim.Randomness;

namespace ScenarioSim.Tests.Randomness;

/// <summary>Tests for <see cref="LogFactorial"/>.</summary>
public sealed class LogFactorialTests
{
    private static readonly long[] Arguments = [0, 1, 2, 3, 9, 10, 100, 254, 255, 256, 257, 1000, 1_000_000];

    [TestCaseSource(nameof(Arguments))]
    public void Of_AcrossTableAndSeries_MatchesMathNet(long k)
    {
        double expected = SpecialFunctions.FactorialLn((int)k);
        Assert.That(LogFactorial.Of(k), Is.EqualTo(expected).Within(1e-14 * Math.Max(1, expected)));
    }

    [Test]
    public void StirlingCorrection_TableEnd_JoinsSeriesSmoothly()
    {
        // fc(k) ≈ 1/(12(k+1)): the last tabulated value and the first series value must follow it.
        double last = LogFactorial.StirlingCorrection(255);
        double first = LogFactorial.StirlingCorrection(256);
        Assert.Multiple(() =>
        {
            Assert.That(last, Is.EqualTo(1.0 / (12 * 256)).Within(1e-8));
            Assert.That(first, Is.EqualTo(1.0 / (12 * 257)).Within(1e-8));
            Assert.That(first, Is.LessThan(last));
        });
    }

    [Test]
    public void StirlingCorrection_Zero_IsOneMinusHalfLogTwoPi()
    {
        Assert.That(LogFactorial.StirlingCorrection(0), Is.EqualTo(1 - LogFactorial.HalfLogTwoPi).Within(1e-16));
    }
}

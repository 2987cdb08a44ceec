using MathNet.Numerics.Distributions;
using ScenarioSim.Statistics;

namespace ScenarioSim.Tests.Statistics;

/// <summary>The count distributions of the likelihood against MathNet, and the negative binomial's Poisson limit.</summary>
[TestFixture]
public sealed class CountProbabilityTests
{
    private static readonly double[] ModerateSizes = [0.05, 0.7, 3, 9.99, 10, 10.01, 55, 1000];
    private static readonly double[] Means = [0.01, 0.8, 6, 40];
    private static readonly long[] Counts = [0, 1, 4, 30, 350];
    private static readonly double[] LargeSizes = [1e8, 1e9, 1e10, 1e12, 1e13, 1e15];

    private static IEnumerable<TestCaseData> Moderate() =>
        from size in ModerateSizes from mean in Means from y in Counts select new TestCaseData(y, mean, size);

    private static IEnumerable<TestCaseData> Limit() =>
        from size in LargeSizes from mean in Means from y in Counts select new TestCaseData(y, mean, size);

    [TestCaseSource(nameof(Moderate))]
    public void NegativeBinomialLog_ModerateSize_EqualsMathNet(long y, double mean, double size)
    {
        // MathNet counts failures before the size-th success with success probability κ/(κ+μ): the same pmf.
        double expected = NegativeBinomial.PMFLn(size, size / (size + mean), (int)y);

        double actual = CountProbability.NegativeBinomialLog(y, mean, size);

        Assert.That(actual, Is.EqualTo(expected).Within(1e-9 * Math.Max(1, Math.Abs(expected))));
    }

    [TestCaseSource(nameof(Limit))]
    public void NegativeBinomialLog_LargeSize_TendsToPoisson(long y, double mean, double size)
    {
        // ln NB − ln Pois = [(y − μ)² − y]/(2κ) + O(κ⁻²): at these sizes below 7·10⁻⁴ for y = 350, and rounding
        // of terms of size y·ln μ adds about 10⁻¹³ per unit of them.
        double expected = Poisson.PMFLn(mean, (int)y);
        double gap = Math.Abs(((y - mean) * (y - mean)) - y) / (2 * size);

        double actual = CountProbability.NegativeBinomialLog(y, mean, size);

        Assert.That(actual, Is.EqualTo(expected).Within((2 * gap) + (1e-13 * Math.Max(1, Math.Abs(expected)))));
    }

    [Test]
    public void NegativeBinomialLog_AcrossThePoissonSwitch_Continuous()
    {
        double below = CountProbability.NegativeBinomialLog(12, 3.5, CountProbability.PoissonLimitSize);
        double above = CountProbability.NegativeBinomialLog(12, 3.5, CountProbability.PoissonLimitSize * 1.0001);

        Assert.That(above, Is.EqualTo(below).Within(1e-12));
    }

    [FsCheck.NUnit.Property(MaxTest = 300)]
    public bool NegativeBinomialLog_NeverPositive(byte count, ushort meanThousandths, int sizeExponent)
    {
        double mean = (meanThousandths + 1) / 1000.0;
        double size = Math.Pow(10, (sizeExponent % 40) - 10);
        return CountProbability.NegativeBinomialLog(count, mean, size) <= 1e-12;
    }

    [Test]
    public void NegativeBinomialLog_HugeCount_FiniteAndNearItsMode()
    {
        // 2^31 with its own mean: log-probability about −½ ln(2π·var), var = μ + μ²/κ.
        const long y = 1L << 31;
        double actual = CountProbability.NegativeBinomialLog(y, y, 1e12);
        double variance = y + ((double)y * y / 1e12);

        Assert.That(actual, Is.EqualTo(-0.5 * Math.Log(2 * Math.PI * variance)).Within(1e-3));
    }

    [Test]
    public void Log1P_SmallArgument_KeepsItsDigits() =>
        Assert.That(CountProbability.Log1P(1e-17), Is.EqualTo(1e-17).Within(1e-30));
}

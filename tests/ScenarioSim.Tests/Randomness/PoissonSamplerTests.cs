using MathNet.Numerics.Distributions;
using ScenarioSim.Randomness;

namespace ScenarioSim.Tests.Randomness;

/// <summary>Tests for <see cref="PoissonSampler"/>.</summary>
public sealed class PoissonSamplerTests
{
    // Every statistical test below runs at a fixed seed, so it is deterministic: it cannot flake. The
    // p-value threshold of 1e-4 only guards against having picked one of the rare seeds for which a
    // correct sampler looks wrong; a biased sampler fails by many orders of magnitude more.
    private const double PValueThreshold = 1e-4;

    private const int ChiSquareDraws = 500_000;

    // Both sides of the switch from inversion to PTRS at 10, the inversion tail, and the large means.
    // (1e-9 is covered by Sample_TinyMean_AlmostAlwaysZero: at any feasible sample size its pmf pools
    // into a single chi-square cell.)
    private static readonly double[] ChiSquareMeans = [0.05, 0.5, 1, 3, 9.99, 10, 10.01, 25, 100, 1000, 1e5];

    private static readonly double[] NonPositiveMeans = [0.0, -0.0, -1e-300, -1.0, double.NegativeInfinity];

    private static readonly double[] HugeMeans = [1e9, 1e12, PoissonSampler.MaxMean];

    private static readonly object[] LogProbabilityCases =
    [
        new object[] { 10.0, new long[] { 0, 1, 5, 10, 30, 100, 255, 256, 300 } },
        new object[] { 1000.0, new long[] { 0, 500, 900, 1000, 1100, 1500, 5000 } },
        new object[] { 1e5, new long[] { 90_000, 99_000, 100_000, 101_000, 110_000 } },
    ];

    [TestCaseSource(nameof(ChiSquareMeans))]
    public void Sample_FixedSeed_MatchesPoissonPmfByChiSquare(double mean)
    {
        var rng = new Xoshiro256StarStar(0x9015_5011UL ^ BitConverter.DoubleToUInt64Bits(mean));
        long[] samples = Draw(ref rng, mean, ChiSquareDraws);
        double sd = Math.Sqrt(mean);
        long low = Math.Max(0, (long)Math.Floor(mean - (12 * sd) - 3));
        long high = (long)Math.Ceiling(mean + (12 * sd) + 12);

        var fit = GoodnessOfFit.ChiSquare(
            samples, low, high, k => Poisson.PMF(mean, (int)k), k => Poisson.CDF(mean, k));

        Assert.Multiple(() =>
        {
            Assert.That(fit.Cells, Is.GreaterThanOrEqualTo(2), "the test needs at least two cells to say anything");
            Assert.That(fit.PValue, Is.GreaterThan(PValueThreshold));
        });
    }

    [Test]
    public void Sample_TinyMean_AlmostAlwaysZero()
    {
        // λ = 1e-9: P(X > 0) ≈ 1e-9, so 500 000 draws expect 5e-4 non-zeros; more than 2 has probability
        // ~2e-11. A sampler that mishandles tiny means (rounding e^−λ to 1, or stepping past 0) fails.
        var rng = new Xoshiro256StarStar(0x7177);
        long[] samples = Draw(ref rng, 1e-9, ChiSquareDraws);
        Assert.That(samples.Count(x => x != 0), Is.LessThanOrEqualTo(2));
    }

    [TestCaseSource(nameof(HugeMeans))]
    public void Sample_HugeMean_MeanVarianceAndShapeMatch(double mean)
    {
        // Exact pmf tables are impractical here; check the sample mean and variance within 5 standard
        // errors (fixed seed, so deterministic) and the shape against the normal limit, whose error
        // (skewness λ^−½ ≤ 3e-5) is far below what 50 000 draws can detect.
        const int Draws = 50_000;
        var rng = new Xoshiro256StarStar(0x416E);
        long[] samples = Draw(ref rng, mean, Draws);
        Moments.AssertMatch(samples, mean, mean, excessKurtosis: 1 / mean);

        var fit = GoodnessOfFit.ChiSquareAgainstNormal(samples, mean, Math.Sqrt(mean), bins: 20);
        Assert.That(fit.PValue, Is.GreaterThan(PValueThreshold));
    }

    [TestCaseSource(nameof(NonPositiveMeans))]
    public void Sample_NonPositiveMean_ReturnsZero(double mean)
    {
        var rng = new Xoshiro256StarStar(1);
        Assert.That(PoissonSampler.Sample(ref rng, mean), Is.Zero);
    }

    [Test]
    public void Sample_SmallestPositiveMean_ReturnsZero()
    {
        // e^−ε rounds to 1 and every uniform is below 1, so inversion returns 0 without looping.
        var rng = new Xoshiro256StarStar(2);
        long[] samples = Draw(ref rng, double.Epsilon, 1000);
        Assert.That(samples, Has.All.Zero);
    }

    [TestCase(double.PositiveInfinity)]
    [TestCase(1e300)]
    [TestCase(PoissonSampler.MaxMean * 2)]
    public void Sample_MeanAboveMaximum_Throws(double mean)
    {
        var rng = new Xoshiro256StarStar(3);
        Assert.That(() => PoissonSampler.Sample(ref rng, mean), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    [FsCheck.NUnit.Property(Arbitrary = [typeof(SamplerArbitraries)], MaxTest = 300)]
    public bool Sample_AnyMean_NeverNegative(PoissonInput input)
    {
        var rng = new Xoshiro256StarStar(input.Seed);
        double mean = Math.Min(input.Mean, PoissonSampler.MaxMean);
        for (int i = 0; i < 20; i++)
        {
            if (PoissonSampler.Sample(ref rng, mean) < 0)
            {
                return false;
            }
        }

        return true;
    }

    [FsCheck.NUnit.Property(Arbitrary = [typeof(SamplerArbitraries)], MaxTest = 100)]
    public bool Sample_SameSeed_SameDraws(PoissonInput input)
    {
        double mean = Math.Min(input.Mean, PoissonSampler.MaxMean);
        var first = new Xoshiro256StarStar(input.Seed);
        var second = new Xoshiro256StarStar(input.Seed);
        return Enumerable.Range(0, 10).All(_ =>
            PoissonSampler.Sample(ref first, mean) == PoissonSampler.Sample(ref second, mean));
    }

    [TestCaseSource(nameof(LogProbabilityCases))]
    public void LogProbability_ModerateMeans_MatchesMathNet(double mean, long[] ks)
    {
        foreach (long k in ks)
        {
            Assert.That(
                PoissonSampler.LogProbability(k, mean),
                Is.EqualTo(Poisson.PMFLn(mean, (int)k)).Within(1e-9 * Math.Max(1, Math.Abs(Poisson.PMFLn(mean, (int)k)))),
                $"k = {k}");
        }
    }

    [TestCase(300_000)]
    [TestCase(-300_000)]
    public void LogProbability_MeanOneBillion_RatioMatchesSummedRecurrence(int offset)
    {
        // ln P(k)/P(λ) = Σ ln(λ/i) over i between λ and k, each term taken as ln(1 + (λ − i)/i) and
        // summed directly: independent of the cancellation-free formula under test. The textbook
        // −λ + k ln λ − ln k! would be off by ~1e-6 here.
        const long Mean = 1_000_000_000;
        long k = Mean + offset;
        double expected = 0;
        if (k > Mean)
        {
            for (long i = Mean + 1; i <= k; i++)
            {
                expected += Log1P.Of((double)(Mean - i) / i);
            }
        }
        else
        {
            for (long i = k + 1; i <= Mean; i++)
            {
                expected -= Log1P.Of((double)(Mean - i) / i);
            }
        }

        double actual = PoissonSampler.LogProbability(k, Mean) - PoissonSampler.LogProbability(Mean, Mean);
        Assert.That(actual, Is.EqualTo(expected).Within(1e-8));
    }

    private static long[] Draw(ref Xoshiro256StarStar rng, double mean, int count)
    {
        long[] samples = new long[count];
        for (int i = 0; i < count; i++)
        {
            samples[i] = PoissonSampler.Sample(ref rng, mean);
        }

        return samples;
    }
}

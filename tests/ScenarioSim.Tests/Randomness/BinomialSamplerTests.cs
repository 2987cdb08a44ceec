using MathNet.Numerics.Distributions;
using ScenarioSim.Randomness;

namespace ScenarioSim.Tests.Randomness;

/// <summary>Tests for <see cref="BinomialSampler"/>.</summary>
public sealed class BinomialSamplerTests
{
    // Every statistical test below runs at a fixed seed, so it is deterministic: it cannot flake. The
    // p-value threshold of 1e-4 only guards against having picked one of the rare seeds for which a
    // correct sampler looks wrong; a biased sampler fails by many orders of magnitude more.
    private const double PValueThreshold = 1e-4;

    private const int ChiSquareDraws = 500_000;

    // Inversion (np < 10) and BTRD (np ≥ 10) on both sides of the symmetry at p = ½, including the
    // regimes of the model: rare events (184, 0.006), (1e6, 1e-6) and big contingents (15000, 0.0009).
    private static readonly object[] ChiSquareCases =
    [
        new object[] { 1, 0.5 },
        new object[] { 10, 0.006 },
        new object[] { 184, 0.006 },
        new object[] { 3000, 0.0008 },
        new object[] { 15000, 0.0009 },
        new object[] { 100, 0.3 },
        new object[] { 1000, 0.5 },
        new object[] { 1000, 0.97 },
        new object[] { 1_000_000, 1e-6 },
        new object[] { 1_000_000, 0.3 },
    ];

    // BTRD far from the pmf tables (n = 1e12), its threshold np = 10 at n = 1e12, and inversion there.
    private static readonly object[] HugeCases =
    [
        new object[] { 1_000_000_000_000L, 0.4 },
        new object[] { 1_000_000_000_000L, 0.9 },
        new object[] { 1_000_000_000_000L, 1e-11 },
        new object[] { 1_000_000_000_000L, 5e-12 },
        new object[] { BinomialSampler.MaxTrials, 0.5 },
    ];

    private static readonly object[] DegenerateCases =
    [
        new object[] { 0L, 0.5, 0L },
        new object[] { -7L, 0.5, 0L },
        new object[] { long.MinValue, 0.5, 0L },
        new object[] { 10L, 0.0, 0L },
        new object[] { 10L, -0.25, 0L },
        new object[] { 10L, double.NegativeInfinity, 0L },
        new object[] { long.MaxValue, 0.0, 0L },
        new object[] { 10L, 1.0, 10L },
        new object[] { 10L, 1.5, 10L },
        new object[] { 10L, double.PositiveInfinity, 10L },
        new object[] { long.MaxValue, 1.0, long.MaxValue },
        new object[] { 1_000_000_000_000L, 1.0, 1_000_000_000_000L },
    ];

    private static readonly object[] LogRatioCases =
    [
        new object[] { 1_000_000, 0.3 },
        new object[] { 100, 0.3 },
        new object[] { 20, 0.5 },
        new object[] { 15000, 0.0009 },
    ];

    [TestCaseSource(nameof(ChiSquareCases))]
    public void Sample_FixedSeed_MatchesBinomialPmfByChiSquare(int n, double p)
    {
        var rng = new Xoshiro256StarStar(0xB1_0000UL ^ (ulong)n ^ BitConverter.DoubleToUInt64Bits(p));
        long[] samples = Draw(ref rng, n, p, ChiSquareDraws);
        double mean = n * p;
        double sd = Math.Sqrt(mean * (1 - p));
        long low = Math.Max(0, (long)Math.Floor(mean - (12 * sd) - 3));
        long high = Math.Min(n, (long)Math.Ceiling(mean + (12 * sd) + 12));

        var fit = GoodnessOfFit.ChiSquare(
            samples, low, high, k => Binomial.PMF(p, n, (int)k), k => Binomial.CDF(p, n, k));

        Assert.Multiple(() =>
        {
            Assert.That(samples, Has.All.InRange(0L, (long)n));
            Assert.That(fit.Cells, Is.GreaterThanOrEqualTo(2), "the test needs at least two cells to say anything");
            Assert.That(fit.PValue, Is.GreaterThan(PValueThreshold));
        });
    }

    [TestCaseSource(nameof(HugeCases))]
    public void Sample_HugeN_MeanVarianceAndShapeMatch(long n, double p)
    {
        // Exact pmf tables are impractical here (and MathNet's take an int n); check the sample mean and
        // variance within 5 standard errors (fixed seed, so deterministic), and where npq is large the
        // shape against the normal limit, whose error (skewness ≤ 1e-5 there) 50 000 draws cannot see.
        const int Draws = 50_000;
        var rng = new Xoshiro256StarStar(0xB16);
        long[] samples = Draw(ref rng, n, p, Draws);
        double q = 1 - p;
        double variance = n * p * q;
        Assert.That(samples, Has.All.InRange(0L, n));
        Moments.AssertMatch(samples, n * p, variance, excessKurtosis: (1 - (6 * p * q)) / variance);

        if (variance > 1e9)
        {
            var fit = GoodnessOfFit.ChiSquareAgainstNormal(samples, n * p, Math.Sqrt(variance), bins: 20);
            Assert.That(fit.PValue, Is.GreaterThan(PValueThreshold));
        }
    }

    [TestCaseSource(nameof(DegenerateCases))]
    public void Sample_DegenerateParameters_ReturnsTheOnlyPossibleValue(long n, double p, long expected)
    {
        var rng = new Xoshiro256StarStar(11);
        Assert.That(BinomialSampler.Sample(ref rng, n, p), Is.EqualTo(expected));
    }

    [Test]
    public void Sample_TooManyTrials_Throws()
    {
        var rng = new Xoshiro256StarStar(12);
        Assert.That(
            () => BinomialSampler.Sample(ref rng, BinomialSampler.MaxTrials + 1, 0.3),
            Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    [FsCheck.NUnit.Property(Arbitrary = [typeof(SamplerArbitraries)], MaxTest = 300)]
    public bool Sample_AnyInput_WithinZeroToN(BinomialInput input)
    {
        var rng = new Xoshiro256StarStar(input.Seed);
        long upper = Math.Max(0, input.N);
        for (int i = 0; i < 20; i++)
        {
            long x = BinomialSampler.Sample(ref rng, input.N, input.P);
            if (x < 0 || x > upper)
            {
                return false;
            }
        }

        return true;
    }

    [FsCheck.NUnit.Property(Arbitrary = [typeof(SamplerArbitraries)], MaxTest = 100)]
    public bool Sample_SameSeed_SameDraws(BinomialInput input)
    {
        var first = new Xoshiro256StarStar(input.Seed);
        var second = new Xoshiro256StarStar(input.Seed);
        return Enumerable.Range(0, 10).All(_ =>
            BinomialSampler.Sample(ref first, input.N, input.P) == BinomialSampler.Sample(ref second, input.N, input.P));
    }

    [TestCaseSource(nameof(LogRatioCases))]
    public void LogProbabilityRatio_ModerateN_MatchesMathNet(int n, double p)
    {
        long m = BinomialSampler.Mode(n, p);
        double sd = Math.Sqrt(n * p * (1 - p));
        foreach (double z in new[] { -8.0, -3, -1, 0, 0.5, 2, 6 })
        {
            long k = Math.Clamp(m + (long)Math.Round(z * sd), 0, n);
            double expected = Binomial.PMFLn(p, n, (int)k) - Binomial.PMFLn(p, n, (int)m);
            Assert.That(
                BinomialSampler.LogProbabilityRatio(n, p, k, m),
                Is.EqualTo(expected).Within(1e-8 * Math.Max(1, Math.Abs(expected))),
                $"k = {k}, m = {m}");
        }
    }

    [TestCase(3_000_000)]
    [TestCase(-3_000_000)]
    [TestCase(20)]
    public void LogProbabilityRatio_NOneTrillion_MatchesSummedRecurrence(int offset)
    {
        // ln f(k)/f(m) = Σ ln(f(i)/f(i−1)), f(i)/f(i−1) = (n − i + 1)p / (iq), each term taken as
        // ln(1 + ((n + 1)p − i)/(iq)) and summed directly: independent of the closed form under test. The
        // textbook form with ln n! and ln k! would be off by ~1e-4 here.
        const long N = 1_000_000_000_000;
        const double P = 0.4;
        const double Q = 1 - P;
        long m = BinomialSampler.Mode(N, P);
        long k = m + offset;
        double expected = 0;
        long from = Math.Min(k, m) + 1;
        long to = Math.Max(k, m);
        for (long i = from; i <= to; i++)
        {
            double step = Log1P.Of(Math.FusedMultiplyAdd(N + 1.0, P, -i) / (i * Q));
            expected += k > m ? step : -step;
        }

        Assert.That(BinomialSampler.LogProbabilityRatio(N, P, k, m), Is.EqualTo(expected).Within(1e-7));
    }

    [TestCase(1_000_000_000_000L, 0.4, 400_000_000_000L)]
    [TestCase(9L, 0.1, 1L)]
    [TestCase(10L, 0.1, 1L)]
    [TestCase(3L, 0.5, 2L)]
    public void Mode_KnownCases_IsFloorOfNPlusOneTimesP(long n, double p, long expected)
    {
        Assert.That(BinomialSampler.Mode(n, p), Is.EqualTo(expected));
    }

    private static long[] Draw(ref Xoshiro256StarStar rng, long n, double p, int count)
    {
        long[] samples = new long[count];
        for (int i = 0; i < count; i++)
        {
            samples[i] = BinomialSampler.Sample(ref rng, n, p);
        }

        return samples;
    }
}

using System.Runtime.Intrinsics;
using MathNet.Numerics.Distributions;
using ScenarioSim.Randomness;

namespace ScenarioSim.Tests.Randomness;

/// <summary>
/// The eight-lane samplers the engine uses: each lane's draws follow the distribution (chi-square
/// against MathNet's pmf at fixed seeds, threshold 1e-4 as for the scalar samplers), cover both the
/// inversion and the per-lane rejection routes, and never depend on the other lanes.
/// </summary>
public class BlockSamplerTests
{
    private const int Blocks = 40_000;
    private const double PValueThreshold = 1e-4;

    private static readonly double[] PoissonMeans = [0, 0.05, 0.5, 3, 9.99, 10, 25, 1000];

    private static readonly object[] BinomialCases =
    [
        new object[] { 1L, 0.5 },
        new object[] { 184L, 0.006 },
        new object[] { 3000L, 0.0008 },
        new object[] { 15000L, 0.0009 },
        new object[] { 1000L, 0.5 },
        new object[] { 100L, 0.97 },
    ];

    [TestCaseSource(nameof(PoissonMeans))]
    public void Poisson_EveryLane_MatchesPmfByChiSquare(double mean)
    {
        var rng = Block(0xB10C);
        var lambda = Vector512.Create(mean);
        var samples = new long[Blocks * 8];
        for (int b = 0; b < Blocks; b++)
        {
            var k = BlockSamplers.Poisson<BlockVector>(ref rng, lambda);
            for (int lane = 0; lane < 8; lane++)
            {
                samples[(b * 8) + lane] = (long)k.GetElement(lane);
            }
        }

        if (mean == 0)
        {
            Assert.That(samples, Is.All.Zero);
            return;
        }

        double sd = Math.Sqrt(mean);
        var fit = GoodnessOfFit.ChiSquare(
            samples, Math.Max(0, (long)(mean - (12 * sd) - 3)), (long)(mean + (12 * sd) + 12),
            k => Poisson.PMF(mean, (int)k), k => Poisson.CDF(mean, k));
        Assert.That(fit.PValue, Is.GreaterThan(PValueThreshold));
    }

    [TestCaseSource(nameof(BinomialCases))]
    public void Binomial_EveryLane_MatchesPmfByChiSquare(long n, double p)
    {
        var rng = Block(0xB1A0);
        var samples = new long[Blocks * 8];
        for (int b = 0; b < Blocks; b++)
        {
            var k = BlockSamplers.Binomial<BlockVector>(
                ref rng, Vector512.Create((double)n), Vector512.Create(p), Vector512.Create(Math.Log(1 - p)), Vector512<double>.AllBitsSet);
            for (int lane = 0; lane < 8; lane++)
            {
                samples[(b * 8) + lane] = (long)k.GetElement(lane);
            }
        }

        Assert.That(samples, Has.All.InRange(0, n));
        var fit = GoodnessOfFit.ChiSquare(samples, 0, n, k => Binomial.PMF(p, (int)n, (int)k), k => Binomial.CDF(p, (int)n, k));
        Assert.That(fit.PValue, Is.GreaterThan(PValueThreshold));
    }

    [Test]
    public void Poisson_LaneDraws_DoNotDependOnOtherLanes()
    {
        // Lane 0 has mean 2 in both blocks; the other lanes switch between inversion and rejection means.
        var a = Block(7);
        var b = Block(7);
        var meansA = Vector512.Create(2.0, 0.1, 50, 3, 700, 0, 9, 12);
        var meansB = Vector512.Create(2.0, 400, 0.2, 80, 0, 5, 1e5, 0.01);
        for (int i = 0; i < 5000; i++)
        {
            double x = BlockSamplers.Poisson<BlockVector>(ref a, meansA).GetElement(0);
            double y = BlockSamplers.Poisson<BlockVector>(ref b, meansB).GetElement(0);
            Assert.That(y, Is.EqualTo(x), $"draw {i}");
        }
    }

    private static readonly object[] PairCases =
    [
        new object[] { 0.3, 2.0 },
        new object[] { 0.0, 5.0 },
        new object[] { 2.0, 0.0 },
        new object[] { 0.0, 0.0 },
        new object[] { 9.5, 0.01 },
        new object[] { 50.0, 0.7 },
    ];

    [TestCaseSource(nameof(PairCases))]
    public void PoissonPair_SameDrawsAsTwoSingleCalls(double meanA, double meanB)
    {
        var pairA = Block(11);
        var pairB = Block(12);
        var singleA = Block(11);
        var singleB = Block(12);
        var a = Vector512.Create(meanA, meanA / 2, meanA, 0, meanA, meanA, meanA * 0.9, meanA);
        var b = Vector512.Create(meanB, meanB, meanB / 3, meanB, 0, meanB, meanB, meanB * 1.1);
        for (int i = 0; i < 3000; i++)
        {
            var (x, y) = BlockSamplers.PoissonPair<BlockVector>(ref pairA, a, ref pairB, b);
            Assert.That(x, Is.EqualTo(BlockSamplers.Poisson<BlockVector>(ref singleA, a)), $"draw {i}, first stream");
            Assert.That(y, Is.EqualTo(BlockSamplers.Poisson<BlockVector>(ref singleB, b)), $"draw {i}, second stream");
        }
    }

    private static readonly object[] BinomialThenPoissonCases =
    [
        new object[] { 3000.0, 0.0008, 2.4 },
        new object[] { 0.0, 0.001, 0.0 },
        new object[] { 15000.0, 0.0009, 9.9 },
        new object[] { 40.0, 0.8, 1.0 },
        new object[] { 20000.0, 0.001, 0.5 },
        new object[] { 100.0, 0.01, 30.0 },
    ];

    [TestCaseSource(nameof(BinomialThenPoissonCases))]
    public void BinomialThenPoisson_SameDrawsAsTheTwoCallsInTurn(double n, double p, double mean)
    {
        // Some lanes stay on inversion, others go to the scalar samplers (n·p ≥ 10, p > 0.5 or mean ≥ 10),
        // so both the interleaved search and the fall-back to the two calls are exercised.
        var joint = Block(21);
        var single = Block(21);
        var ns = Vector512.Create(n, n / 2, n, 0, n, n, Math.Floor(n * 0.9), n);
        var ps = Vector512.Create(p, p, p / 3, p, p, p, p, p);
        var means = Vector512.Create(mean, mean, mean / 3, mean, 0, mean, mean, mean * 1.1);
        var log1mP = Vector512.Log(Vector512<double>.One - ps);
        for (int i = 0; i < 3000; i++)
        {
            var (binomial, poisson) = BlockSamplers.BinomialThenPoisson<BlockVector>(ref joint, ns, ps, log1mP, means);
            Assert.That(binomial, Is.EqualTo(BlockSamplers.Binomial<BlockVector>(ref single, ns, ps, log1mP, Vector512<double>.AllBitsSet)), $"draw {i}, binomial");
            Assert.That(poisson, Is.EqualTo(BlockSamplers.Poisson<BlockVector>(ref single, means)), $"draw {i}, Poisson");
        }

        Assert.That(joint.NextDouble(), Is.EqualTo(single.NextDouble()), "the streams end in the same place");
    }

    [Test]
    public void Poisson_MaskedLanes_GiveZeroAndKeepTheirStreams()
    {
        var masked = Block(9);
        var plain = Block(9);
        var onlyLane3 = Vector512.Create(0UL, 0, 0, ulong.MaxValue, 0, 0, 0, 0).AsDouble();

        var first = BlockSamplers.Poisson<BlockVector>(ref masked, Vector512.Create(4.0), onlyLane3);
        var second = BlockSamplers.Poisson<BlockVector>(ref masked, Vector512.Create(4.0));
        var reference = BlockSamplers.Poisson<BlockVector>(ref plain, Vector512.Create(4.0));

        Assert.That(first.GetElement(0), Is.Zero);
        Assert.That(second.GetElement(0), Is.EqualTo(reference.GetElement(0)), "lane 0 did not draw while masked");
        Assert.That(first.GetElement(3), Is.EqualTo(reference.GetElement(3)), "lane 3 drew its first value");
    }

    [Test]
    public void Exp_MatchesMathExpWithinTwoUlps()
    {
        var rng = new Xoshiro256StarStar(5);
        for (int i = 0; i < 20_000; i++)
        {
            double x = -700 * Math.Pow(rng.NextDouble(), 4);
            double ours = VectorExp.Exp<BlockVector>(Vector512.Create(x)).GetElement(0);
            double reference = Math.Exp(x);
            Assert.That(Math.Abs(ours - reference), Is.LessThanOrEqualTo(2 * Math.BitIncrement(reference) - (2 * reference)), $"x = {x}");
        }
    }

    [Test]
    public void Exp_Bits_AsPinned()
    {
        // A fingerprint of exp's bits, one call and paired, on 160,000 arguments over [−700, 0] (every fourth
        // block of first arguments, and every eighth block of both, above −0.34, the short path's range):
        // every output of the engine rests on these bits, so a rewrite of the reduction or the polynomial
        // that moves any of them fails here, not only in the rare golden output whose count it happens to
        // move. The constant is from the implementation the goldens were made with.
        var rng = new Xoshiro256StarStar(17);
        Span<double> x = stackalloc double[BlockVector.Count];
        Span<double> y = stackalloc double[BlockVector.Count];
        ulong hash = 14695981039346656037;
        for (int i = 0; i < 10_000; i++)
        {
            for (int lane = 0; lane < BlockVector.Count; lane++)
            {
                x[lane] = i % 4 == 0 ? -0.34 * rng.NextDouble() : -700 * Math.Pow(rng.NextDouble(), 4);
                y[lane] = i % 8 == 0 ? -0.34 * rng.NextDouble() : -700 * Math.Pow(rng.NextDouble(), 4);
            }

            var single = VectorExp.Exp(BlockVector.Create(x));
            var (first, second) = VectorExp.Exp(BlockVector.Create(x), BlockVector.Create(y));
            foreach (var values in (ReadOnlySpan<BlockVector>)[single, first, second])
            {
                for (int lane = 0; lane < BlockVector.Count; lane++)
                {
                    hash = (hash ^ BitConverter.DoubleToUInt64Bits(values.GetElement(lane))) * 1099511628211;
                }
            }
        }

        Assert.That(hash, Is.EqualTo(7841573712158091350UL));
    }

    private static Xoshiro256StarStarBlock Block(ulong seed)
    {
        Span<ulong> seeds = stackalloc ulong[8];
        for (int lane = 0; lane < 8; lane++)
        {
            seeds[lane] = seed + (ulong)lane;
        }

        return Xoshiro256StarStarBlock.Create(seeds);
    }
}

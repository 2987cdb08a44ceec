using System.Runtime.CompilerServices;

namespace ScenarioSim.Randomness;

/// <summary>
/// Poisson and binomial variates for eight lanes at once, each lane drawing only from its own stream.
/// Small means use inversion by sequential search from P(0) in all lanes together (one uniform per
/// lane; Devroye 1986, §X.3.3); lanes with large means, and the rare lane whose search runs past the
/// tail guard, are handed to the exact scalar rejection samplers (<see cref="PoissonSampler"/> PTRS,
/// <see cref="BinomialSampler"/> BTRD) on that lane's stream. Which lanes take which route depends only
/// on the lane's own parameters, so a replication's draws never depend on its neighbours.
/// </summary>
internal static class BlockSamplers
{
    /// <summary>Inversion never searches past this many steps; a lane that would is redrawn by the scalar sampler.</summary>
    internal const int TailGuard = 100;

    /// <summary>
    /// The first steps of every search are taken whether or not any lane still searches (a lane that has
    /// stopped keeps its count; nothing is drawn), so that the loop after them is seldom entered and
    /// its exit seldom mispredicted. Small means mostly stop within two steps; a branch on whether any of
    /// eight lanes still searches after each step is a coin toss the processor pays for by discarding
    /// the work it started on the next draws.
    /// </summary>
    internal const int UnconditionalSteps = 1;


    /// <summary>
    /// 1/k for the search steps. Lanes still searching at step s all have k = s + 1, so the step can
    /// multiply by a broadcast reciprocal instead of dividing by k lane by lane.
    /// </summary>
    internal static readonly double[] Reciprocal = Enumerable.Range(1, TailGuard).Select(k => 1.0 / k).ToArray();

    /// <summary>Poisson(<paramref name="mean"/>) in every lane; lanes with mean ≤ 0 draw one uniform and give 0.</summary>
    public static TVector Poisson<TVector>(ref Xoshiro256StarStarBlock rng, TVector mean)
        where TVector : unmanaged, IBlockVector<TVector> =>
        Poisson(ref rng, mean, TVector.AllBitsSet);

    /// <summary>
    /// Poisson(<paramref name="mean"/>) in the lanes set in <paramref name="lanes"/>; other lanes give 0 and
    /// their streams do not move.
    /// </summary>
    /// <remarks>
    /// Never inlined: inlined into <see cref="Poisson{TVector}(ref Xoshiro256StarStarBlock, TVector)"/> it
    /// took that method past the JIT's budget at 256-bit width, which then left the vector operators
    /// and the search step as calls.
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static TVector Poisson<TVector>(ref Xoshiro256StarStarBlock rng, TVector mean, TVector lanes)
        where TVector : unmanaged, IBlockVector<TVector>
    {
        var small = lanes & TVector.LessThan(mean, TVector.Create(PoissonSampler.InversionLimit));
        bool allSmall = LaneMask.All(small);
        if (allSmall && !LaneMask.Any(TVector.GreaterThan(mean, TVector.Zero)))
        {
            // Every lane's mean is zero: each still draws its one uniform, and gives 0 whatever it is.
            rng.Skip<TVector>();
            return TVector.Zero;
        }

        var u = allSmall ? rng.NextDouble<TVector>() : rng.NextDouble(small);
        var safeMean = TVector.ConditionalSelect(small, TVector.Max(mean, TVector.Zero), TVector.Zero);
        var p = VectorExp.Exp(-safeMean);
        var cdf = p;
        var k = TVector.Zero;
        var active = small & TVector.GreaterThanOrEqual(u, cdf);
        PoissonStep(u, safeMean, 0, ref p, ref cdf, ref k, ref active);
        for (int step = UnconditionalSteps; step < TailGuard && LaneMask.Any(active); step++)
        {
            PoissonStep(u, safeMean, step, ref p, ref cdf, ref k, ref active);
        }

        var scalar = (lanes & ~small) | active;
        return !LaneMask.Any(scalar) ? k : PoissonByLane(ref rng, mean, k, scalar);
    }

    /// <summary>
    /// Poisson draws for two independent streams at once: exactly what two calls of
    /// <see cref="Poisson{TVector}(ref Xoshiro256StarStarBlock, TVector)"/> give, stream by stream, with
    /// the two inversion searches interleaved in straight-line code so the processor overlaps their
    /// latency (the exp and the search are long dependency chains).
    /// </summary>
    /// <remarks>Never inlined, for the reason <see cref="Poisson{TVector}(ref Xoshiro256StarStarBlock, TVector, TVector)"/> gives (at 128-bit width, into the militia step).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static (TVector First, TVector Second) PoissonPair<TVector>(
        ref Xoshiro256StarStarBlock rngA, TVector meanA, ref Xoshiro256StarStarBlock rngB, TVector meanB)
        where TVector : unmanaged, IBlockVector<TVector>
    {
        if (!IsPlainInversion(meanA) || !IsPlainInversion(meanB))
        {
            var a = Poisson(ref rngA, meanA);
            return (a, Poisson(ref rngB, meanB));
        }

        // Streams whose means are all zero (regions without troops, no inflow today) give 0 after their
        // one uniform, as the search would from e^0 = 1. When only one stream's are, it is still searched
        // with the other (its lanes stop at once, u < 1 = P(0)): cheaper than drawing the other alone,
        // whose exp and search would then overlap with nothing.
        if (!LaneMask.Any(TVector.GreaterThan(meanA, TVector.Zero) | TVector.GreaterThan(meanB, TVector.Zero)))
        {
            rngA.Skip<TVector>();
            rngB.Skip<TVector>();
            return (TVector.Zero, TVector.Zero);
        }

        var uA = rngA.NextDouble<TVector>();
        var uB = rngB.NextDouble<TVector>();
        var (pA, pB) = VectorExp.Exp(-meanA, -meanB);
        TVector kA, kB, activeA, activeB;
        if (QuarterSearch.Applies<TVector>())
        {
            (kA, activeA, kB, activeB) = QuarterSearch.PoissonPair(uA, meanA, pA, uB, meanB, pB);
        }
        else
        {
            var cdfA = pA;
            var cdfB = pB;
            kA = TVector.Zero;
            kB = TVector.Zero;
            activeA = TVector.GreaterThanOrEqual(uA, cdfA);
            activeB = TVector.GreaterThanOrEqual(uB, cdfB);
            PoissonStep(uA, meanA, 0, ref pA, ref cdfA, ref kA, ref activeA);
            PoissonStep(uB, meanB, 0, ref pB, ref cdfB, ref kB, ref activeB);
            for (int step = UnconditionalSteps; step < TailGuard && LaneMask.Any(activeA | activeB); step++)
            {
                PoissonStep(uA, meanA, step, ref pA, ref cdfA, ref kA, ref activeA);
                PoissonStep(uB, meanB, step, ref pB, ref cdfB, ref kB, ref activeB);
            }
        }

        if (LaneMask.Any(activeA))
        {
            kA = PoissonByLane(ref rngA, meanA, kA, activeA);
        }

        if (LaneMask.Any(activeB))
        {
            kB = PoissonByLane(ref rngB, meanB, kB, activeB);
        }

        return (kA, kB);
    }

    /// <summary>
    /// A binomial then a Poisson draw from the same stream: exactly what
    /// <see cref="Binomial{TVector}"/> (all lanes) followed by <see cref="Poisson{TVector}(ref Xoshiro256StarStarBlock, TVector)"/>
    /// give, with the two inversion searches interleaved in straight-line code. When every lane takes
    /// plain inversion both uniforms are drawn first (the order the two calls draw them in); in the
    /// rare case that a search would hand a lane to a scalar sampler (which draws more from the stream
    /// between the two uniforms) the stream is put back and the two calls are made one after the other.
    /// </summary>
    /// <remarks>Never inlined, for the reason <see cref="Poisson{TVector}(ref Xoshiro256StarStarBlock, TVector, TVector)"/> gives (at 128-bit width).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static (TVector Binomial, TVector Poisson) BinomialThenPoisson<TVector>(
        ref Xoshiro256StarStarBlock rng, TVector n, TVector p, TVector log1mP, TVector mean)
        where TVector : unmanaged, IBlockVector<TVector>
    {
        var start = rng;
        if (LaneMask.All(BinomialInversion(n, p)) && IsPlainInversion(mean))
        {
            var uB = rng.NextDouble<TVector>();
            var uP = rng.NextDouble<TVector>();
            var ratio = p / (TVector.One - p);
            var (probability, pP) = VectorExp.Exp(n * log1mP, -mean);
            TVector kB, kP, activeB, activeP;
            if (QuarterSearch.Applies<TVector>())
            {
                (kB, activeB, kP, activeP) = QuarterSearch.BinomialPoisson(uB, n, ratio, probability, uP, mean, pP);
            }
            else
            {
                var cdfB = probability;
                var cdfP = pP;
                kB = TVector.Zero;
                kP = TVector.Zero;
                activeB = TVector.GreaterThanOrEqual(uB, cdfB) & TVector.LessThan(kB, n);
                activeP = TVector.GreaterThanOrEqual(uP, cdfP);
                BinomialStep(uB, n, ratio, 0, ref probability, ref cdfB, ref kB, ref activeB);
                PoissonStep(uP, mean, 0, ref pP, ref cdfP, ref kP, ref activeP);
                for (int step = UnconditionalSteps; step < TailGuard && LaneMask.Any(activeB | activeP); step++)
                {
                    BinomialStep(uB, n, ratio, step, ref probability, ref cdfB, ref kB, ref activeB);
                    PoissonStep(uP, mean, step, ref pP, ref cdfP, ref kP, ref activeP);
                }
            }

            if (!LaneMask.Any(activeB | activeP))
            {
                return (kB, kP);
            }

            rng = start;
        }

        var binomial = Binomial(ref rng, n, p, log1mP, TVector.AllBitsSet);
        return (binomial, Poisson(ref rng, mean));
    }

    /// <summary>
    /// True when every lane's mean is in [0, 10): the one-stream sampler then draws one uniform in
    /// every lane and searches from e^−mean, with nothing else to decide. (When every mean is 0 it
    /// skips the search, but draws its one uniform all the same: the search gives 0 there too.)
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsPlainInversion<TVector>(TVector mean)
        where TVector : unmanaged, IBlockVector<TVector> =>
        LaneMask.All(TVector.LessThan(mean, TVector.Create(PoissonSampler.InversionLimit)) & TVector.GreaterThanOrEqual(mean, TVector.Zero));

    /// <summary>
    /// Binomial(<paramref name="n"/>, <paramref name="p"/>) in the lanes set in <paramref name="lanes"/>
    /// (other lanes give 0 and their streams do not move), where <paramref name="log1mP"/> holds ln(1 − p)
    /// (callers often have it cached). Lanes with n = 0 or p = 0 draw one uniform and give 0.
    /// </summary>
    /// <remarks>
    /// Never inlined. Left to its heuristics, the JIT inlined it into the casualty step or not depending
    /// on which profile the step's optimised code was compiled with (measured counts or, when tier-0
    /// code had not yet collected them, counts it synthesises), and where it did, the 128-bit step without
    /// fused multiply-add ran past the JIT's budget and kept the vector operators as calls (found by
    /// .ci/inlining-check in one CI run of several).
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static TVector Binomial<TVector>(
        ref Xoshiro256StarStarBlock rng, TVector n, TVector p, TVector log1mP, TVector lanes)
        where TVector : unmanaged, IBlockVector<TVector>
    {
        var inversion = lanes & BinomialInversion(n, p);
        bool allInversion = LaneMask.All(inversion);
        var u = allInversion ? rng.NextDouble<TVector>() : rng.NextDouble(inversion);
        var ratio = p / (TVector.One - p);
        var probability = VectorExp.Exp(TVector.ConditionalSelect(inversion, n * log1mP, TVector.Zero));
        var cdf = probability;
        var k = TVector.Zero;
        var active = inversion & TVector.GreaterThanOrEqual(u, cdf) & TVector.LessThan(k, n);
        BinomialStep(u, n, ratio, 0, ref probability, ref cdf, ref k, ref active);
        for (int step = UnconditionalSteps; step < TailGuard && LaneMask.Any(active); step++)
        {
            BinomialStep(u, n, ratio, step, ref probability, ref cdf, ref k, ref active);
        }

        var scalar = (lanes & ~inversion) | active;
        return !LaneMask.Any(scalar) ? k : BinomialByLane(ref rng, n, p, k, scalar);
    }

    /// <summary>Lanes where Binomial(n, p) is drawn by inversion: p ≤ 1/2 and a mean n·p below the inversion limit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TVector BinomialInversion<TVector>(TVector n, TVector p)
        where TVector : unmanaged, IBlockVector<TVector> =>
        TVector.LessThanOrEqual(p, TVector.Create(0.5)) & TVector.LessThan(n * p, TVector.Create(PoissonSampler.InversionLimit));

    /// <summary>
    /// Step <paramref name="step"/> of the Poisson inversion search: each lane still searching counts one
    /// more, P(k) follows from P(k − 1)·mean/k, and the lane stops once its uniform is below the CDF.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void PoissonStep<TVector>(
        TVector u, TVector mean, int step,
        ref TVector probability, ref TVector cdf, ref TVector k, ref TVector active)
        where TVector : unmanaged, IBlockVector<TVector>
    {
        k += active & TVector.One;
        probability *= mean * TVector.Create(Reciprocal[step]);
        cdf += probability;
        active &= TVector.GreaterThanOrEqual(u, cdf);
    }

    /// <summary>
    /// Step <paramref name="step"/> of the binomial inversion search: P(k) follows from
    /// P(k − 1)·(n − k + 1)/k·p/(1 − p), and a lane stops once its uniform is below the CDF or k reaches n.
    /// Lanes still searching have k = step + 1 after the step, so the factor and the k &lt; n test use that
    /// broadcast count, not k: the multiply chain then does not wait on the select that updates k (the
    /// same values in every searching lane; the others are unused).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void BinomialStep<TVector>(
        TVector u, TVector n, TVector ratio, int step,
        ref TVector probability, ref TVector cdf, ref TVector k, ref TVector active)
        where TVector : unmanaged, IBlockVector<TVector>
    {
        var count = TVector.Create((double)(step + 1));
        k += active & TVector.One;
        probability *= (n - count + TVector.One) * TVector.Create(Reciprocal[step]) * ratio;
        cdf += probability;
        active &= TVector.GreaterThanOrEqual(u, cdf) & TVector.LessThan(count, n);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static TVector PoissonByLane<TVector>(
        ref Xoshiro256StarStarBlock rng, TVector mean, TVector k, TVector lanes)
        where TVector : unmanaged, IBlockVector<TVector>
    {
        for (int lane = 0; lane < Xoshiro256StarStarBlock.Lanes; lane++)
        {
            if (LaneMask.Has(lanes, lane))
            {
                var scalar = rng.GetLane(lane);
                k = k.WithElement(lane, PoissonSampler.Sample(ref scalar, mean.GetElement(lane)));
                rng.SetLane(lane, scalar);
            }
        }

        return k;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static TVector BinomialByLane<TVector>(
        ref Xoshiro256StarStarBlock rng, TVector n, TVector p, TVector k, TVector lanes)
        where TVector : unmanaged, IBlockVector<TVector>
    {
        for (int lane = 0; lane < Xoshiro256StarStarBlock.Lanes; lane++)
        {
            if (LaneMask.Has(lanes, lane))
            {
                var scalar = rng.GetLane(lane);
                k = k.WithElement(lane, BinomialSampler.Sample(ref scalar, (long)n.GetElement(lane), p.GetElement(lane)));
                rng.SetLane(lane, scalar);
            }
        }

        return k;
    }
}

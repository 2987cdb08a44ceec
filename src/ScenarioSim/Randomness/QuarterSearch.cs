using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;

namespace ScenarioSim.Randomness;

/// <summary>
/// The paired inversion searches of <see cref="BlockSamplers"/> run a quarter of the block (two lanes)
/// at a time, for the 128-bit width on x64 processors without AVX-512, which have sixteen vector
/// registers: the eight lanes of two searches in step hold forty-eight 128-bit values and spill on
/// every step, while a quarter's dozen fit. Each quarter takes exactly the steps of
/// <see cref="BlockSamplers"/>' own (the same operations in the same order, one lane pair at a time,
/// until its lanes stop or the tail guard), so every lane gets the same count and the same "still
/// searching" flag. With thirty-two registers (AVX-512, ARM64) the whole block in step is as fast, so
/// the block is searched whole there.
/// </summary>
/// <remarks>
/// Measured with <c>--whole 3</c> (benchmarks/README.md): 41.0 → 36.8 ns per replication-day-region with
/// <c>DOTNET_EnableAVX2=0</c>; 26.1 and 26.2 ns at 128 bits with AVX-512's thirty-two registers, whole and by
/// quarters. The two searches are calls, not inlined, and return their results rather than writing
/// through <c>out</c> arguments: either way the samplers' own locals became addressable at every width,
/// and the AVX2 and AVX-512 paths lost 8–13%. <c>exp</c> by quarters gained nothing (the processor already
/// overlaps its independent chains), so it is evaluated whole.
/// </remarks>
internal static class QuarterSearch
{
    /// <summary>True when <typeparamref name="TVector"/> is four 128-bit quarters on a processor with sixteen vector registers; a constant to the JIT.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Applies<TVector>()
        where TVector : unmanaged, IBlockVector<TVector> =>
        typeof(TVector) == typeof(BlockVector128) && !Avx512F.VL.IsSupported && !AdvSimd.IsSupported;

    /// <summary>
    /// Two Poisson searches from P(0) = <paramref name="pA"/> and <paramref name="pB"/>, quarter by quarter:
    /// the counts, and the lanes still searching after <see cref="BlockSamplers.TailGuard"/> steps.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static (TVector KA, TVector ActiveA, TVector KB, TVector ActiveB) PoissonPair<TVector>(
        TVector uA, TVector meanA, TVector pA, TVector uB, TVector meanB, TVector pB)
        where TVector : unmanaged, IBlockVector<TVector>
    {
        var kA = TVector.Zero;
        var kB = TVector.Zero;
        var activeA = TVector.Zero;
        var activeB = TVector.Zero;
        for (int q = 0; q < 4; q++)
        {
            PoissonPair(
                Quarter(ref uA, q), Quarter(ref meanA, q), Quarter(ref pA, q), Quarter(ref uB, q), Quarter(ref meanB, q), Quarter(ref pB, q),
                out Quarter(ref kA, q), out Quarter(ref activeA, q), out Quarter(ref kB, q), out Quarter(ref activeB, q));
        }

        return (kA, activeA, kB, activeB);
    }

    /// <summary>
    /// A binomial search (n, p/(1 − p) = <paramref name="ratio"/>, from P(0) = <paramref name="pB"/>) and a
    /// Poisson search (from <paramref name="pP"/>), quarter by quarter.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static (TVector KB, TVector ActiveB, TVector KP, TVector ActiveP) BinomialPoisson<TVector>(
        TVector uB, TVector n, TVector ratio, TVector pB, TVector uP, TVector mean, TVector pP)
        where TVector : unmanaged, IBlockVector<TVector>
    {
        var kB = TVector.Zero;
        var kP = TVector.Zero;
        var activeB = TVector.Zero;
        var activeP = TVector.Zero;
        for (int q = 0; q < 4; q++)
        {
            BinomialPoisson(
                Quarter(ref uB, q), Quarter(ref n, q), Quarter(ref ratio, q), Quarter(ref pB, q), Quarter(ref uP, q), Quarter(ref mean, q), Quarter(ref pP, q),
                out Quarter(ref kB, q), out Quarter(ref activeB, q), out Quarter(ref kP, q), out Quarter(ref activeP, q));
        }

        return (kB, activeB, kP, activeP);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ref Vector128<double> Quarter<TVector>(ref TVector value, int q)
        where TVector : unmanaged => ref Unsafe.Add(ref Unsafe.As<TVector, Vector128<double>>(ref value), q);

    private static void PoissonPair(
        Vector128<double> uA, Vector128<double> meanA, Vector128<double> pA,
        Vector128<double> uB, Vector128<double> meanB, Vector128<double> pB,
        out Vector128<double> kA, out Vector128<double> activeA, out Vector128<double> kB, out Vector128<double> activeB)
    {
        var cdfA = pA;
        var cdfB = pB;
        var ka = Vector128<double>.Zero;
        var kb = Vector128<double>.Zero;
        var aa = Vector128.GreaterThanOrEqual(uA, cdfA);
        var ab = Vector128.GreaterThanOrEqual(uB, cdfB);
        for (int step = 0; step < BlockSamplers.TailGuard && (step < BlockSamplers.UnconditionalSteps || (aa | ab) != Vector128<double>.Zero); step++)
        {
            var r = Vector128.Create(BlockSamplers.Reciprocal[step]);
            PoissonStep(uA, meanA, r, ref pA, ref cdfA, ref ka, ref aa);
            PoissonStep(uB, meanB, r, ref pB, ref cdfB, ref kb, ref ab);
        }

        kA = ka;
        kB = kb;
        activeA = aa;
        activeB = ab;
    }

    private static void BinomialPoisson(
        Vector128<double> uB, Vector128<double> n, Vector128<double> ratio, Vector128<double> pB,
        Vector128<double> uP, Vector128<double> mean, Vector128<double> pP,
        out Vector128<double> kB, out Vector128<double> activeB, out Vector128<double> kP, out Vector128<double> activeP)
    {
        var one = Vector128.Create(1.0);
        var cdfB = pB;
        var cdfP = pP;
        var kb = Vector128<double>.Zero;
        var kp = Vector128<double>.Zero;
        var ab = Vector128.GreaterThanOrEqual(uB, cdfB) & Vector128.LessThan(kb, n);
        var ap = Vector128.GreaterThanOrEqual(uP, cdfP);
        for (int step = 0; step < BlockSamplers.TailGuard && (step < BlockSamplers.UnconditionalSteps || (ab | ap) != Vector128<double>.Zero); step++)
        {
            var r = Vector128.Create(BlockSamplers.Reciprocal[step]);
            var count = Vector128.Create((double)(step + 1));
            kb += ab & one;
            pB *= (n - count + one) * r * ratio;
            cdfB += pB;
            ab &= Vector128.GreaterThanOrEqual(uB, cdfB) & Vector128.LessThan(count, n);
            PoissonStep(uP, mean, r, ref pP, ref cdfP, ref kp, ref ap);
        }

        kB = kb;
        kP = kp;
        activeB = ab;
        activeP = ap;
    }

    /// <summary>One step of a Poisson search on a quarter, as <see cref="BlockSamplers"/>' own step: with <paramref name="r"/> = 1/k.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void PoissonStep(
        Vector128<double> u, Vector128<double> mean, Vector128<double> r,
        ref Vector128<double> probability, ref Vector128<double> cdf, ref Vector128<double> k, ref Vector128<double> active)
    {
        k += active & Vector128.Create(1.0);
        probability *= mean * r;
        cdf += probability;
        active &= Vector128.GreaterThanOrEqual(u, cdf);
    }
}

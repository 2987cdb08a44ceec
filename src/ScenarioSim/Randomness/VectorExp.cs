using System.Runtime.CompilerServices;

namespace ScenarioSim.Randomness;

/// <summary>
/// e^x for x in [−700, 0], in eight lanes. Written by hand rather than using <c>Vector512.Exp</c> so the
/// result is bit-for-bit the same on every machine and at every vector width: only IEEE additions and
/// multiplications, each rounded once, in a fixed order. (It used fused multiply-adds until the
/// engine ran on machines without them: .NET then computes each one lane by lane in software, about
/// ten times slower in all. Without them the result moves by an ulp or so, which moves a Poisson or
/// binomial count only when a uniform falls within that ulp of a CDF step (a chance of order 10^−16 per comparison);
/// every golden output stayed the same to the byte.) Cody–Waite range reduction x = n·ln2 + r,
/// |r| ≤ ln2/2, then a degree-11 near-minimax polynomial (error below 2·10⁻¹⁷ relative) evaluated by
/// Estrin's scheme, whose dependency chain is four multiply-add steps deep instead of Horner's eleven,
/// and scaling by 2^n through the exponent bits; within 2 ulp of <see cref="Math.Exp"/>.
/// </summary>
internal static class VectorExp
{
    private const double Log2E = 1.4426950408889634;

    // ln 2 split so that n·Ln2High is exact for |n| < 2^11 (Cody and Waite, 1980).
    private const double Ln2High = 0.693145751953125;
    private const double Ln2Low = 1.4286068203094172321e-6;

    // Adding and subtracting 1.5·2^52 rounds to the nearest integer in round-to-nearest-even mode.
    private const double RoundingShift = 6755399441055744.0;

    // e^r ≈ 1 + r + C2 r² + … + C11 r¹¹ on |r| ≤ ln2/2: the Chebyshev fit of degree 11 (near-minimax;
    // mpmath.chebyfit at 50 digits, then rounded to doubles), relative error 1.7·10⁻¹⁷ with these
    // coefficients, against 5·10⁻¹⁸ for the Taylor polynomial of degree 13 it replaces, in four fewer steps.
    private const double C2 = 0.5000000000000019;
    private const double C3 = 0.1666666666666668;
    private const double C4 = 0.04166666666648809;
    private const double C5 = 0.008333333333319601;
    private const double C6 = 0.0013888888952315874;
    private const double C7 = 0.0001984126989004796;
    private const double C8 = 2.4801485481152372e-05;
    private const double C9 = 2.755724091767456e-06;
    private const double C10 = 2.7632640074237224e-07;
    private const double C11 = 2.5110037940619665e-08;

    /// <summary>e^x per lane; inputs below −700 are treated as −700 (e^−700 ≈ 1e−304).</summary>
    /// <remarks>
    /// Not inlined: its thirty-odd vector steps, inlined into each sampler, took the callers past the
    /// JIT's limit on locals, after which it stopped inlining the small vector operations there.
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static TVector Exp<TVector>(TVector x)
        where TVector : unmanaged, IBlockVector<TVector> =>
        SkipsReduction<TVector>() && IsUnreduced(x) ? EvaluateUnreduced(x) : Evaluate(x);

    /// <summary>
    /// e^x and e^y per lane, exactly as two calls of <see cref="Exp{TVector}(TVector)"/>: one call with
    /// the two evaluations in straight-line code, so the processor overlaps their dependency chains
    /// (each is a dozen rounded steps deep) instead of running one call's chain after the other's.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static (TVector X, TVector Y) Exp<TVector>(TVector x, TVector y)
        where TVector : unmanaged, IBlockVector<TVector> =>
        SkipsReduction<TVector>() && IsUnreduced(x) && IsUnreduced(y)
            ? (EvaluateUnreduced(x), EvaluateUnreduced(y))
            : (Evaluate(x), Evaluate(y));

    /// <summary>
    /// Whether the short path for small arguments is taken at this width (a constant to the JIT): only for
    /// two 256-bit halves, where it saved 5–6% of a whole run (benchmarks/README.md, "Fifth round"). At 512
    /// bits each step is one instruction and the test and its mispredictions cost what the skipped steps
    /// save; at 128 bits both evaluations and both polynomials in one method took it past the JIT's budget
    /// (it then left the vector operators as calls), and the short path as a call of its own saved nothing.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool SkipsReduction<TVector>()
        where TVector : unmanaged, IBlockVector<TVector> => typeof(TVector) == typeof(BlockVector);

    /// <summary>
    /// True when every lane's x is above −0.34: after the clamp to x ≤ 0 the reduction's n is then 0 in
    /// every lane (x·log₂e rounds to 0), so r = x exactly and the scale is 2⁰ = 1, and the polynomial of
    /// min(x, 0) alone gives the same bits as the whole evaluation (NaN takes the whole evaluation).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsUnreduced<TVector>(TVector x)
        where TVector : unmanaged, IBlockVector<TVector> =>
        LaneMask.All(TVector.GreaterThan(x, TVector.Create(UnreducedAbove)));

    // Above this, |x·log₂e| < 0.4906 rounds to n = 0 with room to spare for the product's rounding.
    private const double UnreducedAbove = -0.34;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TVector Evaluate<TVector>(TVector x)
        where TVector : unmanaged, IBlockVector<TVector>
    {
        x = TVector.Max(TVector.Min(x, TVector.Zero), TVector.Create(-700.0));
        var shifted = (x * TVector.Create(Log2E)) + TVector.Create(RoundingShift);
        var n = shifted - TVector.Create(RoundingShift);
        var r = (-n * TVector.Create(Ln2High)) + x;
        r = (-n * TVector.Create(Ln2Low)) + r;

        // 2^n from the exponent bits: n is in [−1010, 0], so the biased exponent stays normal. The low
        // bits of `shifted` (1.5·2^52 + n, exactly) already hold n in two's complement, and the shift
        // by 52 drops the rest: no float-to-integer conversion on the way.
        return Polynomial(r) * TVector.PowerOfTwo(shifted);
    }

    /// <summary>
    /// <see cref="Evaluate{TVector}(TVector)"/> where every lane is above −0.34 (<see cref="IsUnreduced{TVector}(TVector)"/>):
    /// the same clamp to x ≤ 0, then the polynomial, which is all the whole evaluation does there.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TVector EvaluateUnreduced<TVector>(TVector x)
        where TVector : unmanaged, IBlockVector<TVector> => Polynomial(TVector.Min(x, TVector.Zero));

    /// <summary>e^r for |r| ≤ ln2/2 by the polynomial alone.</summary>
    /// <remarks>
    /// Estrin's scheme: p01 = 1 + r, p23 = C2 + C3·r, …; q03 = p01 + p23·r², q47, q811 likewise; q07 =
    /// q03 + q47·r⁴; e^r ≈ q07 + q811·r⁸. Each quarter is combined as soon as its two halves exist, so at
    /// most seven values are live per register-wide part instead of ten: with two 256-bit or four 128-bit
    /// parts per block and sixteen registers, that is the difference between spilling and not. The
    /// operations and their operands are the same whatever the order they are written in, so the bits are.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TVector Polynomial<TVector>(TVector r)
        where TVector : unmanaged, IBlockVector<TVector>
    {
        var r2 = r * r;
        var q03 = (((r * TVector.Create(C3)) + TVector.Create(C2)) * r2) + (r + TVector.One);
        var r4 = r2 * r2;
        var q47 = (((r * TVector.Create(C7)) + TVector.Create(C6)) * r2) + ((r * TVector.Create(C5)) + TVector.Create(C4));
        var q07 = (q47 * r4) + q03;
        var r8 = r4 * r4;
        var q811 = (((r * TVector.Create(C11)) + TVector.Create(C10)) * r2) + ((r * TVector.Create(C9)) + TVector.Create(C8));
        return (q811 * r8) + q07;
    }
}

using System.Runtime.CompilerServices;

namespace ScenarioSim.Randomness;

/// <summary>
/// Eight doubles, one per lane of a block of replications, at one machine vector width: the type the
/// daily steps and the samplers are written over, so the JIT compiles them once per width with the
/// block held in that width's registers (<see cref="BlockVector512"/>: one 512-bit register;
/// <see cref="BlockVector"/>: two 256-bit; <see cref="BlockVector128"/>: four 128-bit). Every
/// implementation stores the eight lanes in the same 64 bytes, in lane order, so any one of them can
/// be read as any other (<see cref="BlockVectorWidth.As{TVector}(ref BlockVector)"/>).
/// </summary>
/// <typeparam name="TSelf">The implementing type.</typeparam>
/// <remarks>
/// Every operation is element-wise and rounded the same way at every width (IEEE addition,
/// multiplication, division, comparison, bitwise logic), so results are identical
/// to the bit whichever width runs. A mask has every bit of its set lanes set. (.NET 10's own
/// <c>ISimdVector&lt;TSelf, T&gt;</c> would serve but is not public.) Implementations mark their
/// operations <c>AggressiveInlining | AggressiveOptimization</c>: inlined into optimized callers, and
/// optimized themselves while a caller still runs its first, unoptimized compilation (tiered
/// compilation starts every method there, and a short run or a sweep's small points spend much of
/// their time before the steps are recompiled; the exp, the per-block set-up and the sinks are
/// optimized from their first call for the same reason).
/// </remarks>
internal interface IBlockVector<TSelf>
    where TSelf : unmanaged, IBlockVector<TSelf>
{
    /// <summary>0 in every lane.</summary>
    static abstract TSelf Zero { get; }

    /// <summary>1 in every lane.</summary>
    static abstract TSelf One { get; }

    /// <summary>Every bit set in every lane (the full mask).</summary>
    static abstract TSelf AllBitsSet { get; }

    /// <summary>Lane by lane sum.</summary>
    static abstract TSelf operator +(TSelf left, TSelf right);

    /// <summary>Lane by lane difference.</summary>
    static abstract TSelf operator -(TSelf left, TSelf right);

    /// <summary>Lane by lane negation.</summary>
    static abstract TSelf operator -(TSelf value);

    /// <summary>Lane by lane product.</summary>
    static abstract TSelf operator *(TSelf left, TSelf right);

    /// <summary>Lane by lane quotient.</summary>
    static abstract TSelf operator /(TSelf left, TSelf right);

    /// <summary>Bitwise and.</summary>
    static abstract TSelf operator &(TSelf left, TSelf right);

    /// <summary>Bitwise or.</summary>
    static abstract TSelf operator |(TSelf left, TSelf right);

    /// <summary>Bitwise complement.</summary>
    static abstract TSelf operator ~(TSelf value);

    /// <summary><paramref name="value"/> in every lane.</summary>
    static abstract TSelf Create(double value);

    /// <summary>The first eight values, one per lane.</summary>
    static abstract TSelf Create(ReadOnlySpan<double> values);

    /// <summary>A mask of the lanes where the two are equal.</summary>
    static abstract TSelf Equals(TSelf left, TSelf right);

    /// <summary>A mask of the lanes where <paramref name="left"/> &lt; <paramref name="right"/>.</summary>
    static abstract TSelf LessThan(TSelf left, TSelf right);

    /// <summary>A mask of the lanes where <paramref name="left"/> ≤ <paramref name="right"/>.</summary>
    static abstract TSelf LessThanOrEqual(TSelf left, TSelf right);

    /// <summary>Per lane, <paramref name="whenSet"/> where <paramref name="mask"/> is set, else <paramref name="otherwise"/>.</summary>
    static abstract TSelf ConditionalSelect(TSelf mask, TSelf whenSet, TSelf otherwise);

    /// <summary>The larger of the two in each lane.</summary>
    static abstract TSelf Max(TSelf left, TSelf right);

    /// <summary>The smaller of the two in each lane.</summary>
    static abstract TSelf Min(TSelf left, TSelf right);

    /// <summary>True when every lane of the mask is set.</summary>
    static abstract bool All(TSelf mask);

    /// <summary>True when some lane of the mask is set.</summary>
    static abstract bool Any(TSelf mask);

    /// <summary>
    /// 2^n per lane, from the low bits of 1.5·2^52 + n (an integer n in [−1022, 1023] added to the
    /// rounding shift): (bits + 1023) shifted left by 52, read as a double.
    /// </summary>
    static abstract TSelf PowerOfTwo(TSelf shifted);

    /// <summary>
    /// One xoshiro256** step of every lane, whose state words are the bits of <paramref name="s0"/> …
    /// <paramref name="s3"/> (updated in place); returns the top 53 of the 64 output bits as a double in
    /// [0, 1), exactly.
    /// </summary>
    static abstract TSelf NextUniform(ref TSelf s0, ref TSelf s1, ref TSelf s2, ref TSelf s3);

    /// <summary>A mask of the lanes where <paramref name="left"/> &gt; <paramref name="right"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static virtual TSelf GreaterThan(TSelf left, TSelf right) => TSelf.LessThan(right, left);

    /// <summary>A mask of the lanes where <paramref name="left"/> ≥ <paramref name="right"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static virtual TSelf GreaterThanOrEqual(TSelf left, TSelf right) => TSelf.LessThanOrEqual(right, left);

    /// <summary>Lane <paramref name="lane"/>'s value.</summary>
    double GetElement(int lane);

    /// <summary>A copy with lane <paramref name="lane"/> set to <paramref name="value"/>.</summary>
    TSelf WithElement(int lane, double value);
}

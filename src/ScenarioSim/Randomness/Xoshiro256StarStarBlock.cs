using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace ScenarioSim.Randomness;

/// <summary>
/// Eight independent xoshiro256** generators, one per lane of a <see cref="BlockVector"/>: lane i runs
/// exactly the stream a scalar <see cref="Xoshiro256StarStar"/> seeded the same way would run. Used to
/// step a block of eight replications together, each lane with its own keyed stream.
/// </summary>
/// <remarks>
/// Only element-wise integer operations are used, and the conversion to double is exact, so results are
/// identical whatever the vector width (512, 256 or 128 bits, see <see cref="IBlockVector{TSelf}"/>); the
/// state is stored as <see cref="BlockVector"/>s and read at the width the caller computes at. A mutable
/// struct: not thread-safe.
/// </remarks>
internal struct Xoshiro256StarStarBlock
{
    /// <summary>Lanes per block.</summary>
    public static readonly int Lanes = BlockVector.Count;

    /// <summary>2^−53: the step between the doubles <see cref="NextDouble()"/> gives.</summary>
    internal const double DoubleUnit = 1.0 / (1UL << 53);

    // 2^52 as a double, and its bits: OR-ing an integer below 2^52 into them and subtracting 2^52
    // converts it to a double exactly, with no integer-to-float instruction (SSE and AVX2 have none
    // for 64-bit unsigned integers; the runtime would convert lane by lane).

    /// <summary>2^52.</summary>
    internal const double TwoToThe52 = 4503599627370496.0;

    /// <summary>The bits of 2^52 as a double.</summary>
    internal const ulong TwoToThe52Bits = 0x4330000000000000UL;

    // The four state words of every lane, their bits held in BlockVectors so the masked update can
    // use the vector select.
    private BlockVector _s0;
    private BlockVector _s1;
    private BlockVector _s2;
    private BlockVector _s3;

    /// <summary>Seeds lane i as <c>new Xoshiro256StarStar(seeds[i])</c>.</summary>
    public static Xoshiro256StarStarBlock Create(ReadOnlySpan<ulong> seeds)
    {
        Span<ulong> s0 = stackalloc ulong[Lanes];
        Span<ulong> s1 = stackalloc ulong[Lanes];
        Span<ulong> s2 = stackalloc ulong[Lanes];
        Span<ulong> s3 = stackalloc ulong[Lanes];
        for (int lane = 0; lane < Lanes; lane++)
        {
            (s0[lane], s1[lane], s2[lane], s3[lane]) = new Xoshiro256StarStar(seeds[lane]).GetState();
        }

        return new Xoshiro256StarStarBlock
        {
            _s0 = Vector512.Create<ulong>(s0).AsDouble(),
            _s1 = Vector512.Create<ulong>(s1).AsDouble(),
            _s2 = Vector512.Create<ulong>(s2).AsDouble(),
            _s3 = Vector512.Create<ulong>(s3).AsDouble(),
        };
    }

    /// <summary>Moves every lane's stream on by one draw (64 random bits, not returned).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Skip<TVector>()
        where TVector : unmanaged, IBlockVector<TVector> => NextDouble<TVector>();

    /// <summary>
    /// A uniform double in [0, 1) in every lane (the top 53 of the next 64 random bits, as
    /// <see cref="Xoshiro256StarStar.NextDouble"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public BlockVector NextDouble() => NextDouble<BlockVector>();

    /// <summary><see cref="NextDouble()"/> computed at the vector width <typeparamref name="TVector"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public TVector NextDouble<TVector>()
        where TVector : unmanaged, IBlockVector<TVector> =>
        TVector.NextUniform(
            ref BlockVectorWidth.As<TVector>(ref _s0), ref BlockVectorWidth.As<TVector>(ref _s1),
            ref BlockVectorWidth.As<TVector>(ref _s2), ref BlockVectorWidth.As<TVector>(ref _s3));

    /// <summary>
    /// A uniform double in [0, 1) for the lanes set in <paramref name="mask"/> (all bits set); the other
    /// lanes' streams do not move and their values are meaningless.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public TVector NextDouble<TVector>(TVector mask)
        where TVector : unmanaged, IBlockVector<TVector>
    {
        ref var s0 = ref BlockVectorWidth.As<TVector>(ref _s0);
        ref var s1 = ref BlockVectorWidth.As<TVector>(ref _s1);
        ref var s2 = ref BlockVectorWidth.As<TVector>(ref _s2);
        ref var s3 = ref BlockVectorWidth.As<TVector>(ref _s3);
        var (t0, t1, t2, t3) = (s0, s1, s2, s3);
        var value = TVector.NextUniform(ref s0, ref s1, ref s2, ref s3);
        s0 = TVector.ConditionalSelect(mask, s0, t0);
        s1 = TVector.ConditionalSelect(mask, s1, t1);
        s2 = TVector.ConditionalSelect(mask, s2, t2);
        s3 = TVector.ConditionalSelect(mask, s3, t3);
        return value;
    }

    /// <summary>Lane <paramref name="lane"/> as a scalar generator, for rare per-lane work (rejection samplers).</summary>
    public readonly Xoshiro256StarStar GetLane(int lane) =>
        Xoshiro256StarStar.FromState(Bits(_s0, lane), Bits(_s1, lane), Bits(_s2, lane), Bits(_s3, lane));

    /// <summary>Puts a scalar generator's state back into lane <paramref name="lane"/>.</summary>
    public void SetLane(int lane, in Xoshiro256StarStar rng)
    {
        var (s0, s1, s2, s3) = rng.GetState();
        _s0 = _s0.WithElement(lane, BitConverter.UInt64BitsToDouble(s0));
        _s1 = _s1.WithElement(lane, BitConverter.UInt64BitsToDouble(s1));
        _s2 = _s2.WithElement(lane, BitConverter.UInt64BitsToDouble(s2));
        _s3 = _s3.WithElement(lane, BitConverter.UInt64BitsToDouble(s3));
    }

    private static ulong Bits(BlockVector word, int lane) => BitConverter.DoubleToUInt64Bits(word.GetElement(lane));
}

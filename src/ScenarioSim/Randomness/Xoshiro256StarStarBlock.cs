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
/// identical whatever the vector width (512, 256 or 128 bits, see <see cref="BlockVector"/>). A mutable
/// struct: not thread-safe.
/// </remarks>
internal struct Xoshiro256StarStarBlock
{
    /// <summary>Lanes per block.</summary>
    public static readonly int Lanes = BlockVector.Count;

    private const double DoubleUnit = 1.0 / (1UL << 53);

    // 2^52 as a double, and its bits: OR-ing an integer below 2^52 into them and subtracting 2^52
    // converts it to a double exactly, with no integer-to-float instruction (SSE and AVX2 have none
    // for 64-bit unsigned integers; the runtime would convert lane by lane).
    private const double TwoToThe52 = 4503599627370496.0;
    private const ulong TwoToThe52Bits = 0x4330000000000000UL;

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
    public void Skip() => NextDouble();

    /// <summary>
    /// A uniform double in [0, 1) in every lane (the top 53 of the next 64 random bits, as
    /// <see cref="Xoshiro256StarStar.NextDouble"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public BlockVector NextDouble()
    {
        if (!Vector256.IsHardwareAccelerated)
        {
            return NextDoubleByQuarters();
        }

        // The state is read once into locals and written back once: updated field by field, each
        // step would store a vector and the next load it straight back.
        var (a0, a1, a2, a3) = (_s0.Lower.AsUInt64(), _s1.Lower.AsUInt64(), _s2.Lower.AsUInt64(), _s3.Lower.AsUInt64());
        var (b0, b1, b2, b3) = (_s0.Upper.AsUInt64(), _s1.Upper.AsUInt64(), _s2.Upper.AsUInt64(), _s3.Upper.AsUInt64());
        var lower = Uniform(Step(ref a0, ref a1, ref a2, ref a3));
        var upper = Uniform(Step(ref b0, ref b1, ref b2, ref b3));
        _s0 = new(a0.AsDouble(), b0.AsDouble());
        _s1 = new(a1.AsDouble(), b1.AsDouble());
        _s2 = new(a2.AsDouble(), b2.AsDouble());
        _s3 = new(a3.AsDouble(), b3.AsDouble());
        return new(lower, upper);
    }

    /// <summary><see cref="NextDouble()"/> in 128-bit quarters, apart to keep the 256-bit path small.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private BlockVector NextDoubleByQuarters()
    {
        var (s0, s1, s2, s3) = (_s0, _s1, _s2, _s3);
        var (a0, a1, a2, a3) = (s0.Q0.AsUInt64(), s1.Q0.AsUInt64(), s2.Q0.AsUInt64(), s3.Q0.AsUInt64());
        var (b0, b1, b2, b3) = (s0.Q1.AsUInt64(), s1.Q1.AsUInt64(), s2.Q1.AsUInt64(), s3.Q1.AsUInt64());
        var (c0, c1, c2, c3) = (s0.Q2.AsUInt64(), s1.Q2.AsUInt64(), s2.Q2.AsUInt64(), s3.Q2.AsUInt64());
        var (d0, d1, d2, d3) = (s0.Q3.AsUInt64(), s1.Q3.AsUInt64(), s2.Q3.AsUInt64(), s3.Q3.AsUInt64());
        var q0 = Uniform(Step(ref a0, ref a1, ref a2, ref a3));
        var q1 = Uniform(Step(ref b0, ref b1, ref b2, ref b3));
        var q2 = Uniform(Step(ref c0, ref c1, ref c2, ref c3));
        var q3 = Uniform(Step(ref d0, ref d1, ref d2, ref d3));
        _s0 = BlockVector.Of(a0.AsDouble(), b0.AsDouble(), c0.AsDouble(), d0.AsDouble());
        _s1 = BlockVector.Of(a1.AsDouble(), b1.AsDouble(), c1.AsDouble(), d1.AsDouble());
        _s2 = BlockVector.Of(a2.AsDouble(), b2.AsDouble(), c2.AsDouble(), d2.AsDouble());
        _s3 = BlockVector.Of(a3.AsDouble(), b3.AsDouble(), c3.AsDouble(), d3.AsDouble());
        return BlockVector.Of(q0, q1, q2, q3);
    }

    /// <summary>
    /// A uniform double in [0, 1) for the lanes set in <paramref name="mask"/> (all bits set); the other
    /// lanes' streams do not move and their values are meaningless.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public BlockVector NextDouble(BlockVector mask)
    {
        var (s0, s1, s2, s3) = (_s0, _s1, _s2, _s3);
        var value = NextDouble();
        _s0 = BlockVector.ConditionalSelect(mask, _s0, s0);
        _s1 = BlockVector.ConditionalSelect(mask, _s1, s1);
        _s2 = BlockVector.ConditionalSelect(mask, _s2, s2);
        _s3 = BlockVector.ConditionalSelect(mask, _s3, s3);
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

    /// <summary>One xoshiro256** step of every lane in the vector (four lanes): updates the state, returns the 64 output bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ulong> Step(ref Vector256<ulong> s0, ref Vector256<ulong> s1, ref Vector256<ulong> s2, ref Vector256<ulong> s3)
    {
        var times5 = (s1 << 2) + s1;
        var rotated = (times5 << 7) | (times5 >>> 57);
        var result = (rotated << 3) + rotated;
        var t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = (s3 << 45) | (s3 >>> 19);
        return result;
    }

    /// <summary>One xoshiro256** step of two lanes (see the 256-bit overload).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ulong> Step(ref Vector128<ulong> s0, ref Vector128<ulong> s1, ref Vector128<ulong> s2, ref Vector128<ulong> s3)
    {
        var times5 = (s1 << 2) + s1;
        var rotated = (times5 << 7) | (times5 >>> 57);
        var result = (rotated << 3) + rotated;
        var t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = (s3 << 45) | (s3 >>> 19);
        return result;
    }

    /// <summary>The top 53 bits as a double in [0, 1), exactly: the top 52 bits and the last one converted apart.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> Uniform(Vector256<ulong> bits)
    {
        var high = ((bits >>> 12) | Vector256.Create(TwoToThe52Bits)).AsDouble() - Vector256.Create(TwoToThe52);
        var low = (((bits >>> 11) & Vector256<ulong>.One) | Vector256.Create(TwoToThe52Bits)).AsDouble() - Vector256.Create(TwoToThe52);
        return (high + high + low) * Vector256.Create(DoubleUnit);
    }

    /// <summary>The top 53 bits as a double in [0, 1), exactly (see the 256-bit overload).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<double> Uniform(Vector128<ulong> bits)
    {
        var high = ((bits >>> 12) | Vector128.Create(TwoToThe52Bits)).AsDouble() - Vector128.Create(TwoToThe52);
        var low = (((bits >>> 11) & Vector128<ulong>.One) | Vector128.Create(TwoToThe52Bits)).AsDouble() - Vector128.Create(TwoToThe52);
        return (high + high + low) * Vector128.Create(DoubleUnit);
    }
}

using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace ScenarioSim.Randomness;

/// <summary>
/// Eight independent xoshiro256** generators, one per lane of a <see cref="Vector512{T}"/>: lane i runs
/// exactly the stream a scalar <see cref="Xoshiro256StarStar"/> seeded the same way would run. Used to
/// step a block of eight replications together, each lane with its own keyed stream.
/// </summary>
/// <remarks>
/// Only element-wise integer operations are used, so results are identical whether the hardware runs
/// Vector512 natively (AVX-512) or the runtime emulates it. A mutable struct: not thread-safe.
/// </remarks>
internal struct Xoshiro256StarStarBlock
{
    /// <summary>Lanes per block.</summary>
    public static readonly int Lanes = Vector512<ulong>.Count;

    private static readonly Vector512<double> DoubleUnit = Vector512.Create(1.0 / (1UL << 53));

    private Vector512<ulong> _s0;
    private Vector512<ulong> _s1;
    private Vector512<ulong> _s2;
    private Vector512<ulong> _s3;

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
            _s0 = Vector512.Create<ulong>(s0),
            _s1 = Vector512.Create<ulong>(s1),
            _s2 = Vector512.Create<ulong>(s2),
            _s3 = Vector512.Create<ulong>(s3),
        };
    }

    /// <summary>The next 64 random bits in every lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Vector512<ulong> NextUInt64()
    {
        // The state is read once into locals and written back once: updated field by field, each
        // step would store a vector and the next load it straight back.
        var (s0, s1, s2, s3) = (_s0, _s1, _s2, _s3);
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
        (_s0, _s1, _s2, _s3) = (s0, s1, s2, s3);
        return result;
    }

    /// <summary>A uniform double in [0, 1) in every lane (53 random bits, as <see cref="Xoshiro256StarStar.NextDouble"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Vector512<double> NextDouble() => Vector512.ConvertToDouble(NextUInt64() >>> 11) * DoubleUnit;

    /// <summary>
    /// A uniform double in [0, 1) for the lanes set in <paramref name="mask"/> (all bits set); the other
    /// lanes' streams do not move and their values are meaningless.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Vector512<double> NextDouble(Vector512<double> mask)
    {
        var (s0, s1, s2, s3) = (_s0, _s1, _s2, _s3);
        var value = NextDouble();
        var keep = mask.AsUInt64();
        _s0 = Vector512.ConditionalSelect(keep, _s0, s0);
        _s1 = Vector512.ConditionalSelect(keep, _s1, s1);
        _s2 = Vector512.ConditionalSelect(keep, _s2, s2);
        _s3 = Vector512.ConditionalSelect(keep, _s3, s3);
        return value;
    }

    /// <summary>Lane <paramref name="lane"/> as a scalar generator, for rare per-lane work (rejection samplers).</summary>
    public readonly Xoshiro256StarStar GetLane(int lane) =>
        Xoshiro256StarStar.FromState(_s0.GetElement(lane), _s1.GetElement(lane), _s2.GetElement(lane), _s3.GetElement(lane));

    /// <summary>Puts a scalar generator's state back into lane <paramref name="lane"/>.</summary>
    public void SetLane(int lane, in Xoshiro256StarStar rng)
    {
        var (s0, s1, s2, s3) = rng.GetState();
        _s0 = _s0.WithElement(lane, s0);
        _s1 = _s1.WithElement(lane, s1);
        _s2 = _s2.WithElement(lane, s2);
        _s3 = _s3.WithElement(lane, s3);
    }
}

using System.Runtime.CompilerServices;

namespace ScenarioSim.Randomness;

/// <summary>
/// The xoshiro256** generator (Blackman and Vigna, "Scrambled linear pseudorandom number generators",
/// ACM TOMS 47(4), 2021; reference code at prng.di.unimi.it), written by hand because neither the BCL
/// nor MathNet.Numerics exposes it as a copyable struct. It is passed by <c>ref</c> to samplers so the
/// hot loop has no virtual calls, locks or allocation.
/// </summary>
/// <remarks>A mutable struct: not thread-safe; each replication component owns its own instance.</remarks>
internal struct Xoshiro256StarStar
{
    private const double DoubleUnit = 1.0 / (1UL << 53);
    private const double OpenUnit = 1.0 / (1UL << 52);

    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    /// <summary>Seeds the state from one 64-bit value through SplitMix64, as the reference code advises.</summary>
    public Xoshiro256StarStar(ulong seed)
    {
        ulong x = seed;
        _s0 = SplitMix64.Next(ref x);
        _s1 = SplitMix64.Next(ref x);
        _s2 = SplitMix64.Next(ref x);
        _s3 = SplitMix64.Next(ref x);
    }

    /// <summary>Restores a generator from its four state words (as read by <see cref="GetState"/>).</summary>
    public static Xoshiro256StarStar FromState(ulong s0, ulong s1, ulong s2, ulong s3)
    {
        var rng = default(Xoshiro256StarStar);
        rng._s0 = s0;
        rng._s1 = s1;
        rng._s2 = s2;
        rng._s3 = s3;
        return rng;
    }

    /// <summary>The four state words, for moving a stream between scalar and vector form.</summary>
    public readonly (ulong S0, ulong S1, ulong S2, ulong S3) GetState() => (_s0, _s1, _s2, _s3);

    /// <summary>The next 64 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextUInt64()
    {
        ulong result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextDouble() => (NextUInt64() >> 11) * DoubleUnit;

    /// <summary>A uniform double in (0, 1): never 0 nor 1, so safe under <see cref="Math.Log(double)"/>.</summary>
    /// <remarks>52 bits plus a half step: with 53 bits the largest value, 1 − 2^-54, would round to 1.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextOpenDouble() => ((NextUInt64() >> 12) + 0.5) * OpenUnit;

    /// <summary>A uniform integer in [0, <paramref name="exclusiveMax"/>) by Lemire's multiply-shift with rejection.</summary>
    public ulong NextBelow(ulong exclusiveMax)
    {
        // Lemire, "Fast Random Integer Generation in an Interval", ACM TOMACS 29(1), 2019.
        ulong x = NextUInt64();
        ulong high = Math.BigMul(x, exclusiveMax, out ulong low);
        if (low < exclusiveMax)
        {
            ulong threshold = (0 - exclusiveMax) % exclusiveMax;
            while (low < threshold)
            {
                x = NextUInt64();
                high = Math.BigMul(x, exclusiveMax, out low);
            }
        }

        return high;
    }
}

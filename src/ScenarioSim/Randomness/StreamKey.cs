namespace ScenarioSim.Randomness;

/// <summary>
/// Derives independent random streams from <c>(seed, replication, component)</c>. A component is named by
/// a stable string ("escalation", "militia/anbar", "event/syria-spillover", ...) hashed with FNV-1a, so
/// adding, removing or reordering other components never changes a component's draws: the basis of
/// common random numbers across scenarios and of bit-identical results whatever the thread count.
/// </summary>
internal static class StreamKey
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>A stable 64-bit key for a component name (FNV-1a over its UTF-16 code units).</summary>
    public static ulong ForComponent(string component)
    {
        ulong hash = FnvOffset;
        foreach (char c in component)
        {
            hash = (hash ^ (byte)c) * FnvPrime;
            hash = (hash ^ (byte)(c >> 8)) * FnvPrime;
        }

        return hash;
    }

    /// <summary>
    /// The 64-bit seed of one stream: three rounds of the SplitMix64 finaliser, each absorbing one of
    /// seed, replication and component key, so nearby inputs give unrelated streams.
    /// </summary>
    public static ulong Derive(ulong seed, long replication, ulong componentKey)
    {
        ulong h = SplitMix64.Mix(seed + 0x9E3779B97F4A7C15UL);
        h = SplitMix64.Mix(h ^ ((ulong)replication * 0xD1B54A32D192ED03UL) ^ 0x8CB92BA72F3D8DD7UL);
        h = SplitMix64.Mix(h ^ componentKey);
        return h;
    }

    /// <summary>A generator for one component of one replication.</summary>
    public static Xoshiro256StarStar Create(ulong seed, long replication, ulong componentKey) =>
        new(Derive(seed, replication, componentKey));

    /// <summary>
    /// The generators of one component for a block of replications <paramref name="first"/> …
    /// <paramref name="first"/> + <see cref="Xoshiro256StarStarBlock.Lanes"/> − 1, one lane each.
    /// </summary>
    public static Xoshiro256StarStarBlock CreateBlock(ulong seed, long first, ulong componentKey)
    {
        Span<ulong> seeds = stackalloc ulong[Xoshiro256StarStarBlock.Lanes];
        for (int lane = 0; lane < seeds.Length; lane++)
        {
            seeds[lane] = Derive(seed, first + lane, componentKey);
        }

        return Xoshiro256StarStarBlock.Create(seeds);
    }
}

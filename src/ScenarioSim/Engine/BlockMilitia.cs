using ScenarioSim.Randomness;

namespace ScenarioSim.Engine;

/// <summary>
/// The militia's part of a block's state (docs/model.md, section 4): per region its stream, Hawkes
/// excitation and the day's attacks and casualties; the lanes' rates and casualty parameters gathered
/// from their parameter sets; and the first-fatality timing metric.
/// </summary>
/// <remarks>Allocated once per worker with its <see cref="BlockState"/>; not thread-safe.</remarks>
internal sealed class BlockMilitia
{
    public BlockMilitia(CompiledScenario c)
    {
        int r = c.RegionCount;
        BaseRate = new BlockVector[r];
        Excitation = new BlockVector[r];
        Rng = new Xoshiro256StarStarBlock[r];
        AttacksToday = new BlockVector[r];
        FatalAttacksToday = new BlockVector[r];
        DeathsToday = new BlockVector[r];
    }

    // Per-lane parameters the vector steps read, gathered from the lanes' parameter sets.

    /// <summary>Per region, each lane's base_rate.</summary>
    public BlockVector[] BaseRate { get; }

    public BlockVector PFatal;

    public BlockVector Log1mPFatal;

    public BlockVector ExtraDeathsMean;

    public BlockVector HawkesAlpha;

    public BlockVector HawkesDecayFactor;

    /// <summary>Per region, H_r(t), the Hawkes excitation.</summary>
    public BlockVector[] Excitation { get; }

    /// <summary>Per region, the stream of its attacks and casualties.</summary>
    public Xoshiro256StarStarBlock[] Rng { get; }

    public BlockVector[] AttacksToday { get; }

    public BlockVector[] FatalAttacksToday { get; }

    public BlockVector[] DeathsToday { get; }

    /// <summary>Each lane's first day with militia deaths, or −1 (docs/model.md, "Timing metrics").</summary>
    public BlockVector FirstFatalityDay;

    /// <summary>
    /// The block's first day: the lanes' parameters gathered, each region's stream seeded and its
    /// excitation at the initial conditions' (0 from the scenario's day 0).
    /// </summary>
    public void Reset(CompiledScenario c, LaneParameters[] lanes, ulong seed, long first)
    {
        for (int r = 0; r < c.RegionCount; r++)
        {
            BaseRate[r] = LaneParameters.Gather(lanes, r, static (lc, r) => lc.BaseRate[r]);
            Rng[r] = StreamKey.CreateBlock(seed, first, c.Militia.Streams[r]);
            Excitation[r] = BlockVector.Create(c.Initial?.Excitation[r] ?? 0);
        }

        PFatal = LaneParameters.Gather(lanes, 0, static (lc, _) => lc.PFatal);
        Log1mPFatal = LaneParameters.Gather(lanes, 0, static (lc, _) => lc.Log1mPFatal);
        ExtraDeathsMean = LaneParameters.Gather(lanes, 0, static (lc, _) => lc.ExtraDeathsMean);
        HawkesAlpha = LaneParameters.Gather(lanes, 0, static (lc, _) => lc.HawkesAlpha);
        HawkesDecayFactor = LaneParameters.Gather(lanes, 0, static (lc, _) => lc.HawkesDecayFactor);
        FirstFatalityDay = BlockVector.Create(-1.0);
    }
}

using ScenarioSim.Randomness;

namespace ScenarioSim.Engine;

/// <summary>
/// The ISIS pool's part of a block's state (docs/model.md, section 6): each lane's fighters, the pool's
/// and the regions' attack streams, the day's attacks, attrition δ(t) where troops differ between lanes,
/// the lanes' growth and attrition parameters gathered from their parameter sets, and the resurgence
/// timing metric.
/// </summary>
/// <remarks>Allocated once per worker with its <see cref="BlockState"/>; not thread-safe.</remarks>
internal sealed class BlockIsis
{
    private static readonly int Lanes = BlockState.Lanes;

    public BlockIsis(CompiledScenario c)
    {
        int r = c.RegionCount;
        AttackRate = new BlockVector[r];
        AttackRng = new Xoshiro256StarStarBlock[r];
        AttacksToday = new BlockVector[r];
        Attrition = new double[Lanes];
        Attrition.AsSpan().Fill(double.NaN);
        AttritionToday = new double[Lanes];
        Log1mAttrition = new double[Lanes];
    }

    // Per-lane parameters the vector steps read, gathered from the lanes' parameter sets.

    /// <summary>Per region, each lane's attacks per fighter per day.</summary>
    public BlockVector[] AttackRate { get; }

    public BlockVector CarryingCapacity;

    public BlockVector RecruitmentRate;

    public BlockVector ResurgenceThreshold;

    // Attrition's parameters per lane, for troops that differ between lanes.
    public BlockVector AttritionBase;

    public BlockVector AttritionCt;

    public BlockVector EnablerWeight;

    public BlockVector EnablerTroopsRef;

    /// <summary>True when every lane reads the compiled ISF capacity path (none of its parameters is drawn).</summary>
    public bool SharedIsfCapacity;

    /// <summary>δ(t) per lane, for troops that differ between lanes (kept from block to block: it is recomputed only where it changes).</summary>
    public double[] Attrition { get; }

    /// <summary>δ(t) per lane as computed today, before it replaces yesterday's in <see cref="Attrition"/>.</summary>
    public double[] AttritionToday { get; }

    /// <summary>ln(1 − δ(t)) per lane, matching <see cref="Attrition"/>.</summary>
    public double[] Log1mAttrition { get; }

    /// <summary>The pool's stream (attrition, recruitment, inflow).</summary>
    public Xoshiro256StarStarBlock Rng;

    /// <summary>Per region, the stream of its ISIS attacks.</summary>
    public Xoshiro256StarStarBlock[] AttackRng { get; }

    /// <summary>F(t) per lane.</summary>
    public BlockVector Fighters;

    /// <summary>F(t) per lane after the day's one-off additions, as the day's attacks and the trace see it.</summary>
    public BlockVector FightersToday;

    public BlockVector FightersPeak;

    /// <summary>Each lane's first day with F at or above the resurgence threshold, or −1.</summary>
    public BlockVector ResurgenceDay;

    public BlockVector[] AttacksToday { get; }

    /// <summary>
    /// The block's first day: the lanes' parameters gathered, the streams seeded, every lane's pool at
    /// its initial fighters.
    /// </summary>
    public void Reset(CompiledScenario c, LaneParameters[] lanes, ulong seed, long first)
    {
        for (int r = 0; r < c.RegionCount; r++)
        {
            AttackRate[r] = LaneParameters.Gather(lanes, r, static (lc, r) => lc.IsisAttackRatePerFighter[r]);
            AttackRng[r] = StreamKey.CreateBlock(seed, first, c.Isis.AttackStreams[r]);
        }

        CarryingCapacity = LaneParameters.Gather(lanes, 0, static (lc, _) => lc.CarryingCapacity);
        RecruitmentRate = LaneParameters.Gather(lanes, 0, static (lc, _) => lc.RecruitmentRate);
        ResurgenceThreshold = LaneParameters.Gather(lanes, 0, static (lc, _) => lc.ResurgenceThreshold);
        if (!c.Forces.LaneInvariantTroops)
        {
            GatherAttrition(c.Isis, lanes);
        }

        Rng = StreamKey.CreateBlock(seed, first, c.Isis.Stream);
        Fighters = LaneParameters.Gather(lanes, 0, static (lc, _) => lc.InitialFighters);
        FightersToday = Fighters;
        FightersPeak = Fighters;
        ResurgenceDay = BlockVector.Create(-1.0);
    }

    /// <summary>Attrition's parameters as vectors, for troops that differ between lanes.</summary>
    private void GatherAttrition(CompiledIsis isis, LaneParameters[] lanes)
    {
        AttritionBase = LaneParameters.Gather(lanes, 0, static (lc, _) => lc.AttritionBase);
        AttritionCt = LaneParameters.Gather(lanes, 0, static (lc, _) => lc.AttritionCt);
        EnablerWeight = LaneParameters.Gather(lanes, 0, static (lc, _) => lc.EnablerWeight);
        EnablerTroopsRef = LaneParameters.Gather(lanes, 0, static (lc, _) => lc.EnablerTroopsRef);
        bool shared = true;
        for (int lane = 0; lane < Lanes; lane++)
        {
            shared &= ReferenceEquals(lanes[lane].IsfCapacityByDay, isis.IsfCapacityByDay);
        }

        SharedIsfCapacity = shared;
    }
}

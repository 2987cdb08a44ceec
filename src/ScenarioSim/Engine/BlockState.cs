using System.Runtime.CompilerServices;
using ScenarioSim.Randomness;

namespace ScenarioSim.Engine;

/// <summary>
/// Everything a block of <see cref="Lanes"/> replications mutates, one lane per replication, allocated
/// once per worker and reset between blocks so the daily loop allocates nothing. Quantities the hot
/// loop computes on are <see cref="BlockVector"/>s (one element per lane); quantities that change
/// rarely or per lane (escalation state, event effects, schedules) are arrays indexed
/// <c>item · Lanes + lane</c>.
/// </summary>
/// <remarks>Not thread-safe: each worker owns one.</remarks>
internal sealed class BlockState
{
    public static readonly int Lanes = Xoshiro256StarStarBlock.Lanes;

    public BlockState(CompiledScenario c)
    {
        int r = c.RegionCount;
        int m = c.MonthCount;
        Lane = Enumerable.Range(0, Lanes).Select(_ => new LaneParameters(c)).ToArray();
        ParameterValues = new double[c.Uncertainties.Length * Lanes];
        BaseRate = new BlockVector[r];
        IsisAttackRate = new BlockVector[r];
        BreakpointDays = new int[c.Forces.Length * Lanes][];
        for (int f = 0; f < c.Forces.Length; f++)
        {
            for (int lane = 0; lane < Lanes; lane++)
            {
                BreakpointDays[(f * Lanes) + lane] = new int[c.Forces[f].BreakpointDays.Length];
            }
        }

        ForceCursor = new int[c.Forces.Length * Lanes];
        Troops = new double[r * Lanes];
        TroopsToday = new BlockVector[r];
        ExposureToday = new BlockVector[r];
        TotalTroops = new double[Lanes];
        ExposureTroops = new double[r * Lanes];
        Exposure = new double[r * Lanes];
        Attrition = new double[Lanes];
        Attrition.AsSpan().Fill(double.NaN);
        ForceTroopsToday = new double[Lanes];
        Log1mAttrition = new double[Lanes];
        Excitation = new BlockVector[r];
        MilitiaRng = new Xoshiro256StarStarBlock[r];
        IsisAttackRng = new Xoshiro256StarStarBlock[r];
        AttacksToday = new BlockVector[r];
        FatalAttacksToday = new BlockVector[r];
        DeathsToday = new BlockVector[r];
        IsisAttacksToday = new BlockVector[r];
        int states = c.StateNames.Length;
        LeaveProbability = new BlockVector[states];
        MilitiaMultiplier = new BlockVector[states];
        NextCumulative = c.NextCumulative.Select(next => new BlockVector[next.Length]).ToArray();
        EffectStart = new int[c.EffectCount * Lanes];
        NextEffectChange = new int[Lanes];
        EventActive = new bool[c.Events.Length * Lanes];
        BaseRateFactor = new double[r * Lanes];
        RecruitmentFactor = new double[Lanes];
        Inflow = new double[Lanes];
        FightersAdded = new double[Lanes];
        StateSet = new double[Lanes];
        AttackWindow = new BlockVector[Model.PauseDrawdownPolicy.WindowDays];
        PausedDays = new int[Lanes];
        PauseRemaining = new int[Lanes];
        PausedToday = new bool[Lanes];
        DrawdownEndClock = new int[Lanes];
        DrawdownDay = new int[Lanes];
        MonthlyTroops = new BlockVector[m * r];
        MonthlyMilitiaAttacks = new BlockVector[m * r];
        MonthlyMilitiaDeaths = new BlockVector[m * r];
        MonthlyIsisAttacks = new BlockVector[m * r];
        MonthEndFighters = new BlockVector[m];
        MonthlyStateDays = new BlockVector[m * states];
        TroopsEnd = new double[Lanes];
    }

    /// <summary>
    /// Each lane's parameter set: the compiled scenario's values, with the lane's draws of the
    /// uncertain parameters written in place for each replication.
    /// </summary>
    public LaneParameters[] Lane { get; }

    /// <summary>Each lane's drawn value of each uncertain parameter, at <c>parameter · Lanes + lane</c>.</summary>
    public double[] ParameterValues { get; }

    // Per-lane parameters the vector steps read, gathered from the lanes' parameter sets.
    public BlockVector[] BaseRate { get; }

    public BlockVector[] IsisAttackRate { get; }

    public BlockVector PFatal;

    public BlockVector Log1mPFatal;

    public BlockVector ExtraDeathsMean;

    public BlockVector HawkesAlpha;

    public BlockVector HawkesDecayFactor;

    public BlockVector CarryingCapacity;

    public BlockVector RecruitmentRate;

    public BlockVector ResurgenceThreshold;

    // Forces, per lane (slip and pause make schedules differ between lanes).
    public int[][] BreakpointDays { get; }

    public int[] ForceCursor { get; }

    public double[] Troops { get; }

    /// <summary>One force's troops per lane for the current day (scratch for <c>BlockDays</c>).</summary>
    public double[] ForceTroopsToday { get; }

    /// <summary>T_r(t) per lane for the current day, by region.</summary>
    public BlockVector[] TroopsToday { get; }

    /// <summary>E_r(t) per lane for the current day, by region.</summary>
    public BlockVector[] ExposureToday { get; }

    public double[] TotalTroops { get; }

    public double[] ExposureTroops { get; }

    public double[] Exposure { get; }

    public double[] Attrition { get; }

    public double[] Log1mAttrition { get; }

    // Militia.
    public BlockVector[] Excitation { get; }

    public Xoshiro256StarStarBlock[] MilitiaRng { get; }

    public BlockVector[] AttacksToday { get; }

    public BlockVector[] FatalAttacksToday { get; }

    public BlockVector[] DeathsToday { get; }

    // Escalation.
    public Xoshiro256StarStarBlock EscalationRng;

    /// <summary>Each lane's escalation state index.</summary>
    public BlockVector State;

    /// <summary>Each lane's militia multiplier M(t).</summary>
    public BlockVector Multiplier;

    /// <summary>Per state, each lane's daily probability of leaving it.</summary>
    public BlockVector[] LeaveProbability { get; }

    /// <summary>Per state, each lane's militia multiplier.</summary>
    public BlockVector[] MilitiaMultiplier { get; }

    /// <summary>Per state and move, each lane's cumulative move weight.</summary>
    public BlockVector[][] NextCumulative { get; }

    // ISIS.
    public Xoshiro256StarStarBlock IsisRng;

    public Xoshiro256StarStarBlock[] IsisAttackRng { get; }

    public BlockVector Fighters;

    public BlockVector FightersToday;

    public BlockVector FightersPeak;

    public BlockVector ResurgenceDay;

    public BlockVector[] IsisAttacksToday { get; }

    // Events.
    public int[] EffectStart { get; }

    public int[] NextEffectChange { get; }

    public int NextEffectChangeAnyLane { get; set; }

    /// <summary>True while some lane's <see cref="StateSet"/> is set.</summary>
    public bool EventSetsStateToday { get; set; }

    public bool[] EventActive { get; }

    public double[] BaseRateFactor { get; }

    public double[] RecruitmentFactor { get; }

    public double[] Inflow { get; }

    public double[] FightersAdded { get; }

    /// <summary>Each lane's state set by an event today, or −1.</summary>
    public double[] StateSet { get; }

    // Pause policy.
    public BlockVector[] AttackWindow { get; }

    public BlockVector AttackWindowSum;

    public int[] PausedDays { get; }

    public int[] PauseRemaining { get; }

    public bool[] PausedToday { get; }

    // Timing metrics (docs/model.md, "Timing metrics").

    /// <summary>Each lane's latest last breakpoint over its forces (slips included): the clock time at which its drawdown is complete.</summary>
    public int[] DrawdownEndClock { get; }

    /// <summary>Each lane's first day on which its schedule clock had reached <see cref="DrawdownEndClock"/>, or −1.</summary>
    public int[] DrawdownDay { get; }

    /// <summary>Each lane's first day with militia deaths, or −1.</summary>
    public BlockVector FirstFatalityDay;

    // Monthly records.
    public BlockVector[] MonthlyTroops { get; }

    public BlockVector[] MonthlyMilitiaAttacks { get; }

    public BlockVector[] MonthlyMilitiaDeaths { get; }

    public BlockVector[] MonthlyIsisAttacks { get; }

    public BlockVector[] MonthEndFighters { get; }

    public BlockVector[] MonthlyStateDays { get; }

    /// <summary>Each lane's troops on the last day, T(D−1).</summary>
    public double[] TroopsEnd { get; }

    // Run totals, per lane: summed from the monthly records once the block's last day is done.
    public BlockVector MilitiaAttacksTotal;

    public BlockVector MilitiaDeathsTotal;

    public BlockVector IsisAttacksTotal;

    /// <summary>Each lane's largest monthly militia attack count, all regions together.</summary>
    public BlockVector PeakMonthlyMilitiaAttacks;

    /// <summary>
    /// Sums the run totals and the monthly peak from the monthly records, all lanes at once. The
    /// records are whole numbers, so these sums are exact whatever their order.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void SumRunTotals(CompiledScenario c)
    {
        var attacks = BlockVector.Zero;
        var deaths = BlockVector.Zero;
        var isisAttacks = BlockVector.Zero;
        var peak = BlockVector.Zero;
        for (int m = 0; m < c.MonthCount; m++)
        {
            var month = BlockVector.Zero;
            for (int r = 0; r < c.RegionCount; r++)
            {
                int cell = (m * c.RegionCount) + r;
                month += MonthlyMilitiaAttacks[cell];
                deaths += MonthlyMilitiaDeaths[cell];
                isisAttacks += MonthlyIsisAttacks[cell];
            }

            attacks += month;
            peak = BlockVector.Max(peak, month);
        }

        MilitiaAttacksTotal = attacks;
        MilitiaDeathsTotal = deaths;
        IsisAttacksTotal = isisAttacks;
        PeakMonthlyMilitiaAttacks = peak;
    }
}

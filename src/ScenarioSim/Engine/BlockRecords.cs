using System.Runtime.CompilerServices;
using ScenarioSim.Randomness;

namespace ScenarioSim.Engine;

/// <summary>
/// What a block's replications record for the outputs (docs/model.md, section 9): each lane's monthly
/// sums by region (month-major, <c>month · regions + region</c>) and, once the block's last day is done,
/// its run totals summed from them.
/// </summary>
/// <remarks>Allocated once per worker with its <see cref="BlockState"/>; not thread-safe.</remarks>
internal sealed class BlockRecords
{
    public BlockRecords(CompiledScenario c)
    {
        int r = c.RegionCount;
        int m = c.MonthCount;
        MonthlyTroops = new BlockVector[m * r];
        MonthlyMilitiaAttacks = new BlockVector[m * r];
        MonthlyMilitiaDeaths = new BlockVector[m * r];
        MonthlyIsisAttacks = new BlockVector[m * r];
        MonthEndFighters = new BlockVector[m];
        MonthlyStateDays = new BlockVector[m * c.Escalation.StateNames.Length];
    }

    public BlockVector[] MonthlyTroops { get; }

    public BlockVector[] MonthlyMilitiaAttacks { get; }

    public BlockVector[] MonthlyMilitiaDeaths { get; }

    public BlockVector[] MonthlyIsisAttacks { get; }

    public BlockVector[] MonthEndFighters { get; }

    /// <summary>Per month and escalation state (<c>month · states + state</c>), each lane's days in it.</summary>
    public BlockVector[] MonthlyStateDays { get; }

    // Run totals, per lane: summed from the monthly records once the block's last day is done.
    public BlockVector MilitiaAttacksTotal;

    public BlockVector MilitiaDeathsTotal;

    public BlockVector IsisAttacksTotal;

    /// <summary>Each lane's largest monthly militia attack count, all regions together.</summary>
    public BlockVector PeakMonthlyMilitiaAttacks;

    /// <summary>The block's first day: nothing recorded.</summary>
    public void Reset()
    {
        Array.Clear(MonthlyTroops);
        Array.Clear(MonthlyMilitiaAttacks);
        Array.Clear(MonthlyMilitiaDeaths);
        Array.Clear(MonthlyIsisAttacks);
        Array.Clear(MonthEndFighters);
        Array.Clear(MonthlyStateDays);
    }

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

namespace ScenarioSim.Engine;

/// <summary>
/// One finished replication's outcome, as the accumulators read it: monthly records indexed
/// <c>month · regions + region</c> (escalation days <c>month · states + state</c>) and the run totals.
/// Allocated once per worker and overwritten for each replication.
/// </summary>
/// <remarks>Not thread-safe: each worker owns one.</remarks>
internal sealed class ReplicationState
{
    public ReplicationState(CompiledScenario scenario)
    {
        int cells = scenario.MonthCount * scenario.RegionCount;
        MonthlyTroops = new double[cells];
        MonthlyMilitiaAttacks = new long[cells];
        MonthlyMilitiaDeaths = new long[cells];
        MonthlyIsisAttacks = new long[cells];
        MonthEndFighters = new long[scenario.MonthCount];
        MonthlyStateDays = new int[scenario.MonthCount * scenario.StateNames.Length];
        ParameterValues = new double[scenario.Uncertainties.Length];
    }

    /// <summary>The replication's drawn value of each uncertain parameter, in the scenario's order.</summary>
    public double[] ParameterValues { get; }

    public double[] MonthlyTroops { get; }

    public long[] MonthlyMilitiaAttacks { get; }

    public long[] MonthlyMilitiaDeaths { get; }

    public long[] MonthlyIsisAttacks { get; }

    public long[] MonthEndFighters { get; }

    public int[] MonthlyStateDays { get; }

    public long MilitiaAttacksTotal { get; set; }

    public long MilitiaDeathsTotal { get; set; }

    public long IsisAttacksTotal { get; set; }

    /// <summary>The pool after the last day, F(D).</summary>
    public long Fighters { get; set; }

    public long FightersPeak { get; set; }

    /// <summary>The first day with F(t) at or above the threshold, or −1.</summary>
    public int ResurgenceDay { get; set; }

    public double TroopsEnd { get; set; }

    public long PeakMonthlyMilitiaAttacks { get; set; }
}

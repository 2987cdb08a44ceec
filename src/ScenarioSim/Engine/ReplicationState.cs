using ScenarioSim.Randomness;

namespace ScenarioSim.Engine;

/// <summary>
/// Everything one replication mutates, allocated once per worker and reset between replications, so
/// the daily loop allocates nothing. Per-region arrays are indexed by region; monthly arrays by
/// <c>month · regions + region</c>.
/// </summary>
/// <remarks>Not thread-safe: each worker owns one.</remarks>
internal sealed class ReplicationState
{
    public ReplicationState(CompiledScenario scenario)
    {
        int r = scenario.RegionCount;
        int m = scenario.MonthCount;
        BreakpointDays = scenario.Forces.Select(f => new int[f.BreakpointDays.Length]).ToArray();
        ForceCursor = new int[scenario.Forces.Length];
        Troops = new double[r];
        ExposureTroops = new double[r];
        Exposure = new double[r];
        Excitation = new double[r];
        MilitiaRng = new Xoshiro256StarStar[r];
        IsisAttackRng = new Xoshiro256StarStar[r];
        AttacksToday = new long[r];
        DeathsToday = new long[r];
        FatalAttacksToday = new long[r];
        IsisAttacksToday = new long[r];
        BaseRateFactor = new double[r];
        EffectStart = new int[scenario.EffectCount];
        EventOccurs = new bool[scenario.Events.Length];
        EventDay = new int[scenario.Events.Length];
        EventActive = new bool[scenario.Events.Length];
        AttackWindow = new long[Model.PauseDrawdownPolicy.WindowDays];
        MonthlyTroops = new double[m * r];
        MonthlyMilitiaAttacks = new long[m * r];
        MonthlyMilitiaDeaths = new long[m * r];
        MonthlyIsisAttacks = new long[m * r];
        MonthEndFighters = new long[m];
        MonthlyStateDays = new int[m * scenario.StateNames.Length];
    }

    // Forces: breakpoints after this replication's slip, and a cursor into each schedule.
    public int[][] BreakpointDays { get; }

    public int[] ForceCursor { get; }

    public double[] Troops { get; }

    public double TotalTroops { get; set; }

    // Militia.
    public double[] ExposureTroops { get; }

    public double[] Exposure { get; }

    public double[] Excitation { get; }

    public Xoshiro256StarStar[] MilitiaRng { get; }

    public long[] AttacksToday { get; }

    public long[] DeathsToday { get; }

    public long[] FatalAttacksToday { get; }

    // Escalation.
    public Xoshiro256StarStar EscalationRng;

    public int State { get; set; }

    // ISIS.
    public Xoshiro256StarStar IsisRng;

    public Xoshiro256StarStar[] IsisAttackRng { get; }

    /// <summary>The pool carried into the next day, F(t+1) once the day is done.</summary>
    public long Fighters { get; set; }

    /// <summary>The pool during the current day, F(t), after any one-off addition.</summary>
    public long FightersToday { get; set; }

    public long[] IsisAttacksToday { get; }

    // Events: when each effect starts this replication (−1: never), and what is active today.
    public bool[] EventOccurs { get; }

    public int[] EventDay { get; }

    public int[] EffectStart { get; }

    public bool[] EventActive { get; }

    public int NextEffectChange { get; set; }

    public double[] BaseRateFactor { get; }

    public double RecruitmentFactor { get; set; }

    public double Inflow { get; set; }

    public long FightersAddedToday { get; set; }

    public int StateSetToday { get; set; }

    // Pause policy.
    public long[] AttackWindow { get; }

    public long AttackWindowSum { get; set; }

    public int PausedDays { get; set; }

    public int PauseRemaining { get; set; }

    public bool PausedToday { get; set; }

    // Monthly records.
    public double[] MonthlyTroops { get; }

    public long[] MonthlyMilitiaAttacks { get; }

    public long[] MonthlyMilitiaDeaths { get; }

    public long[] MonthlyIsisAttacks { get; }

    public long[] MonthEndFighters { get; }

    public int[] MonthlyStateDays { get; }

    // Scalar outcomes.
    public long MilitiaAttacksTotal { get; set; }

    public long MilitiaDeathsTotal { get; set; }

    public long IsisAttacksTotal { get; set; }

    public long FightersPeak { get; set; }

    public int ResurgenceDay { get; set; }

    public double TroopsEnd { get; set; }

    public long PeakMonthlyMilitiaAttacks { get; set; }
}

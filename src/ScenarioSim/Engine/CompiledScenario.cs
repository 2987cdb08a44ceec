using ScenarioSim.Model;

namespace ScenarioSim.Engine;

/// <summary>
/// The engine's form of a validated scenario: flat arrays and integer indices, no strings or
/// dictionaries on the daily path. Days are counted from the scenario's start (day 0).
/// </summary>
/// <remarks>Immutable after compilation and shared by every worker.</remarks>
internal sealed class CompiledScenario
{
    public required Scenario Source { get; init; }

    public required int Days { get; init; }

    public required int RegionCount { get; init; }

    public required string[] RegionIds { get; init; }

    // Calendar months.
    public required int MonthCount { get; init; }

    public required string[] MonthLabels { get; init; }

    public required int[] MonthOfDay { get; init; }

    public required int[] DaysInMonth { get; init; }

    // Forces.
    public required CompiledForce[] Forces { get; init; }

    /// <summary>
    /// True when no force slips, no pause policy exists and no uncertain parameter moves troops,
    /// exposure or attrition: troops are then the same in every replication, and troops, exposure and ISIS attrition are computed once per day at compile time.
    /// </summary>
    public required bool LaneInvariantTroops { get; init; }

    /// <summary>
    /// Per region, true when its troops and exposure are the same in every replication (no pause policy,
    /// none of its forces slips, no uncertain parameter moves its schedules or exposure), so the
    /// tables below hold them even when other regions' troops differ per lane.
    /// </summary>
    public required bool[] RegionInvariantTroops { get; init; }

    /// <summary>
    /// Without <see cref="LaneInvariantTroops"/>: per force, its troops at each clock day when its schedule
    /// is the same in every replication (it does not slip and no uncertain parameter moves it), else
    /// empty. The lanes read these instead of searching the schedule; with the pause policy each at its
    /// own clock.
    /// </summary>
    public required double[][] ForceTroopsByClock { get; init; }

    /// <summary>When some region has <see cref="RegionInvariantTroops"/>: T_r(t) at <c>t · regions + r</c>.</summary>
    public required double[] TroopsByDay { get; init; }

    /// <summary>T_r(t) from <see cref="TroopsByDay"/>, for a region with <see cref="RegionInvariantTroops"/>.</summary>
    /// <param name="day">Day index, 0 = start.</param>
    /// <param name="region">Region index.</param>
    public double TroopsOn(int day, int region) => TroopsByDay[(day * RegionCount) + region];

    /// <summary>With <see cref="LaneInvariantTroops"/>: T(t).</summary>
    public required double[] TotalTroopsByDay { get; init; }

    /// <summary>When some region has <see cref="RegionInvariantTroops"/>: E_r(t) at <c>t · regions + r</c>.</summary>
    public required double[] ExposureByDay { get; init; }

    /// <summary>With <see cref="LaneInvariantTroops"/> and ISIS: δ(t).</summary>
    public required double[] AttritionByDay { get; init; }

    /// <summary>With <see cref="LaneInvariantTroops"/> and ISIS: ln(1 − δ(t)).</summary>
    public required double[] Log1mAttritionByDay { get; init; }

    // Escalation: one state with multiplier 1 and no moves when the scenario has no chain.
    public required bool HasEscalation { get; init; }

    public required int InitialState { get; init; }

    public required string[] StateNames { get; init; }

    public required double[] LeaveProbability { get; init; }

    /// <summary>Per state, cumulative normalised weights of the move targets.</summary>
    public required double[][] NextCumulative { get; init; }

    /// <summary>Per state, the target state indices matching <see cref="NextCumulative"/>.</summary>
    public required int[][] NextState { get; init; }

    /// <summary>Per state, each compiled move's index in the state's <c>next</c> list (moves without weight are left out unless their weight is uncertain).</summary>
    public required int[][] NextSource { get; init; }

    public required double[] MilitiaMultiplier { get; init; }

    // Militia.
    public required bool[] HasMilitia { get; init; }

    /// <summary>Indices of the regions with a militia block, which draw attacks every day.</summary>
    public required int[] MilitiaRegions { get; init; }

    public required double[] BaseRate { get; init; }

    public required double[] ExposureRef { get; init; }

    public required double[] ExposureElasticity { get; init; }

    public required double PFatal { get; init; }

    public required double ExtraDeathsMean { get; init; }

    /// <summary>ln(1 − p_fatal), for binomial inversion.</summary>
    public required double Log1mPFatal { get; init; }

    public required bool HasHawkes { get; init; }

    public required double HawkesAlpha { get; init; }

    public required double HawkesDecayFactor { get; init; }

    // ISIS.
    public required bool HasIsis { get; init; }

    public required long InitialFighters { get; init; }

    public required double CarryingCapacity { get; init; }

    public required double RecruitmentRate { get; init; }

    public required double AttritionBase { get; init; }

    public required double AttritionCt { get; init; }

    /// <summary>ISF capacity I(t) for t = 0 … D−1 (deterministic, so computed once).</summary>
    public required double[] IsfCapacityByDay { get; init; }

    public required double EnablerWeight { get; init; }

    public required double EnablerTroopsRef { get; init; }

    public required long ResurgenceThreshold { get; init; }

    /// <summary>Indices of the regions with an ISIS block.</summary>
    public required int[] IsisRegions { get; init; }

    /// <summary>Per region, attacks per fighter per day: attacks_per_1000/1000 · share · gap (0 without an isis block).</summary>
    public required double[] IsisAttackRatePerFighter { get; init; }

    // Events.
    public required CompiledEvent[] Events { get; init; }

    /// <summary>Total effects over all events: the size of the per-replication effect buffer.</summary>
    public required int EffectCount { get; init; }

    // Uncertain parameters: drawn per replication, each from its own stream.
    public required CompiledUncertainty[] Uncertainties { get; init; }

    /// <summary>For correlated uncertain parameters: the copula, and each copula path's index in <see cref="Uncertainties"/>.</summary>
    public required ParameterCopula? Copula { get; init; }

    public required int[] CopulaIndex { get; init; }

    // Policy.
    public required bool HasPausePolicy { get; init; }

    public required double PauseThreshold { get; init; }

    public required int PauseDays { get; init; }

    /// <summary>Per region, whether the pause policy's attack window counts its attacks (every region unless the policy names a group).</summary>
    public required bool[] PauseCounts { get; init; }

    /// <summary>True when the pause policy names a group, so <see cref="PauseCounts"/> leaves some regions out.</summary>
    public required bool PauseCountsSome { get; init; }

    // Groups (reported per group; the daily loop never reads them).
    public required string[] GroupNames { get; init; }

    /// <summary>Per group, the indices of its regions.</summary>
    public required int[][] GroupRegions { get; init; }

    // Stream keys, one per stochastic component.
    public required ulong EscalationStream { get; init; }

    public required ulong[] MilitiaStreams { get; init; }

    public required ulong IsisStream { get; init; }

    public required ulong[] IsisAttackStreams { get; init; }

    /// <summary>Where a conditioned run starts; <see langword="null"/> for the scenario's own day 0.</summary>
    public InitialConditions? Initial { get; init; }
}

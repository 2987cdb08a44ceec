using ScenarioSim.Model;
using ScenarioSim.Randomness;

namespace ScenarioSim.Engine;

/// <summary>
/// The ISIS pool in engine form (docs/model.md, section 6): growth, attrition, ISF capacity by day,
/// attacks by region, and its streams. Neutral values when the scenario has no isis block.
/// </summary>
/// <remarks>Immutable after compilation and shared by every worker.</remarks>
internal sealed class CompiledIsis
{
    /// <summary>True when the scenario has an isis block.</summary>
    public required bool HasPool { get; init; }

    /// <summary>initial_fighters.</summary>
    public required long InitialFighters { get; init; }

    /// <summary>carrying_capacity.</summary>
    public required double CarryingCapacity { get; init; }

    /// <summary>recruitment_rate.</summary>
    public required double RecruitmentRate { get; init; }

    /// <summary>attrition_base.</summary>
    public required double AttritionBase { get; init; }

    /// <summary>attrition_ct.</summary>
    public required double AttritionCt { get; init; }

    /// <summary>ISF capacity I(t) for t = 0 … D−1 (deterministic, so computed once).</summary>
    public required double[] IsfCapacityByDay { get; init; }

    /// <summary>coalition_enabler.weight.</summary>
    public required double EnablerWeight { get; init; }

    /// <summary>coalition_enabler.troops_ref.</summary>
    public required double EnablerTroopsRef { get; init; }

    /// <summary>resurgence_threshold (<see cref="long.MaxValue"/> without ISIS).</summary>
    public required long ResurgenceThreshold { get; init; }

    /// <summary>Indices of the regions with an ISIS block.</summary>
    public required int[] Regions { get; init; }

    /// <summary>Per region, attacks per fighter per day: attacks_per_1000/1000 · share · gap (0 without an isis block).</summary>
    public required double[] AttackRatePerFighter { get; init; }

    /// <summary>With <see cref="CompiledForces.LaneInvariantTroops"/> and ISIS: δ(t).</summary>
    public required double[] AttritionByDay { get; init; }

    /// <summary>With <see cref="CompiledForces.LaneInvariantTroops"/> and ISIS: ln(1 − δ(t)).</summary>
    public required double[] Log1mAttritionByDay { get; init; }

    /// <summary>The stream key of the pool (attrition, recruitment, inflow).</summary>
    public required ulong Stream { get; init; }

    /// <summary>Per region, the stream key of its ISIS attacks.</summary>
    public required ulong[] AttackStreams { get; init; }

    /// <summary>
    /// Compiles the scenario's ISIS pool; attrition is tabulated by day when the troops it depends on
    /// are the same in every replication.
    /// </summary>
    /// <param name="scenario">The validated scenario.</param>
    /// <param name="forces">The compiled forces (their troop table).</param>
    public static CompiledIsis Compile(Scenario scenario, CompiledForces forces)
    {
        var isis = scenario.Isis;
        int days = scenario.Days;
        double attacksPerFighter = ScenarioCompiler.AttacksPerFighter(isis?.AttacksPer1000FightersPerDay ?? 0);
        var isfPath = isis is null ? [] : ScenarioCompiler.IsfCapacityPath(isis.IsfCapacity, days);
        double[] attrition = forces.LaneInvariantTroops && isis is not null
            ? Enumerable.Range(0, days).Select(t => Attrition(isis, forces.TotalTroopsByDay[t], isfPath[t])).ToArray()
            : [];
        return new CompiledIsis
        {
            HasPool = isis is not null,
            InitialFighters = isis?.InitialFighters ?? 0,
            CarryingCapacity = isis?.CarryingCapacity ?? 1,
            RecruitmentRate = isis?.RecruitmentRate ?? 0,
            AttritionBase = isis?.AttritionBase ?? 0,
            AttritionCt = isis?.AttritionCt ?? 0,
            IsfCapacityByDay = isfPath,
            EnablerWeight = isis?.CoalitionEnabler.Weight ?? 0,
            EnablerTroopsRef = isis?.CoalitionEnabler.TroopsRef ?? 1,
            ResurgenceThreshold = isis?.ResurgenceThreshold ?? long.MaxValue,
            Regions = Enumerable.Range(0, scenario.Regions.Count).Where(r => isis is not null && scenario.Regions[r].Isis is not null).ToArray(),
            AttackRatePerFighter = scenario.Regions
                .Select(r => r.Isis is null ? 0 : ScenarioCompiler.IsisAttackRate(attacksPerFighter, r.Isis.ActivityShare, r.Isis.GovernanceGap))
                .ToArray(),
            AttritionByDay = attrition,
            Log1mAttritionByDay = attrition.Select(a => Log1P.Of(-a)).ToArray(),
            Stream = StreamKey.ForComponent(ComponentNames.Isis),
            AttackStreams = scenario.Regions.Select(r => StreamKey.ForComponent(ComponentNames.IsisAttacks(r.Id))).ToArray(),
        };
    }

    private static double Attrition(IsisModel isis, double troops, double isf) =>
        ScenarioCompiler.Attrition(isis.AttritionBase, isis.AttritionCt, isf, isis.CoalitionEnabler.Weight, isis.CoalitionEnabler.TroopsRef, troops);
}

using ScenarioSim.Model;

namespace ScenarioSim.Engine;

/// <summary>
/// The engine's form of a validated scenario: the calendar, the regions and groups, one compiled record
/// per component (forces, escalation, militia, ISIS, events), the uncertain parameters and the pause
/// policy; flat arrays and integer indices, no strings or dictionaries on the daily path. Days are
/// counted from the scenario's start (day 0).
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

    /// <summary>The forces: schedules, and troops and exposure by day where they are the same in every replication.</summary>
    public required CompiledForces Forces { get; init; }

    /// <summary>The escalation chain: one state with multiplier 1 and no moves when the scenario has no chain.</summary>
    public required CompiledEscalation Escalation { get; init; }

    /// <summary>The militia process.</summary>
    public required CompiledMilitia Militia { get; init; }

    /// <summary>The ISIS pool.</summary>
    public required CompiledIsis Isis { get; init; }

    /// <summary>The events and their effects.</summary>
    public required CompiledEvents Events { get; init; }

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

    /// <summary>Where a conditioned run starts; <see langword="null"/> for the scenario's own day 0.</summary>
    public InitialConditions? Initial { get; init; }
}

namespace ScenarioSim.Model;

/// <summary>One contingent's troop schedule in one region (a YAML <c>forces</c> entry).</summary>
public sealed record ForceDeployment
{
    /// <summary>Who the troops belong to, e.g. <c>us</c> or <c>france</c>.</summary>
    public required string Contingent { get; init; }

    /// <summary>Id of the region the troops sit in.</summary>
    public required string Region { get; init; }

    /// <summary>How troops move between breakpoints.</summary>
    /// <value>The default value is <see cref="Interpolation.Linear"/>.</value>
    public Interpolation Interpolation { get; init; } = Interpolation.Linear;

    /// <summary>Breakpoints with strictly increasing dates; at least one.</summary>
    public required IReadOnlyList<ScheduleBreakpoint> Schedule { get; init; }

    /// <summary>
    /// Optional delay in days, sampled once per replication and rounded to whole days; every breakpoint
    /// but the first moves that many days later. Values must be ≥ 0.
    /// </summary>
    public Distribution? SlipDays { get; init; }
}

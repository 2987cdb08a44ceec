namespace ScenarioSim.Model;

/// <summary>How much of the ISIS pool's activity falls on one region.</summary>
public sealed record RegionIsis
{
    /// <summary>Share of the pool's attacks aimed here. Must be ≥ 0; shares need not sum to 1.</summary>
    public required double ActivityShare { get; init; }

    /// <summary>Multiplier for weak governance (e.g. disputed territories). Must be ≥ 0.</summary>
    /// <value>The default value is 1.</value>
    public double GovernanceGap { get; init; } = 1.0;
}

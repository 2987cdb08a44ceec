namespace ScenarioSim.Model;

/// <summary>
/// Militia attack rate in one region: <c>base_rate · M(t) · (T_r/exposure_ref)^exposure_elasticity</c>
/// attacks per day while troops are present.
/// </summary>
public sealed record RegionMilitia
{
    /// <summary>Attacks per day at reference exposure and multiplier 1. Must be ≥ 0.</summary>
    public required double BaseRate { get; init; }

    /// <summary>Troop level at which exposure is 1. Must be &gt; 0.</summary>
    /// <value>The default value is 1000.</value>
    public double ExposureRef { get; init; } = ModelDefaults.ExposureRef;

    /// <summary>How strongly exposure grows with troops (0: not at all, 1: proportionally). Must be ≥ 0.</summary>
    /// <value>The default value is 0.5.</value>
    public double ExposureElasticity { get; init; } = ModelDefaults.ExposureElasticity;
}

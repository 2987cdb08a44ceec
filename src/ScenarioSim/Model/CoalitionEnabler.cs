namespace ScenarioSim.Model;

/// <summary>
/// Coalition contribution to counter-terrorism capacity: <c>weight · min(1, T(t) / troops_ref)</c>.
/// </summary>
public sealed record CoalitionEnabler
{
    /// <summary>Capacity added at or above <see cref="TroopsRef"/> troops, ≥ 0.</summary>
    /// <value>The default value is 0.4.</value>
    public double Weight { get; init; } = ModelDefaults.CoalitionWeight;

    /// <summary>Troops at which the enabler effect saturates, &gt; 0.</summary>
    /// <value>The default value is 2500.</value>
    public double TroopsRef { get; init; } = ModelDefaults.CoalitionTroopsRef;
}

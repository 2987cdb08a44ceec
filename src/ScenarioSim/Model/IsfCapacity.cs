namespace ScenarioSim.Model;

/// <summary>
/// ISF counter-terrorism capacity <c>I(t)</c>: starts at <see cref="Start"/> and approaches
/// <see cref="Max"/> as <c>I(t+1) = I(t) + g·(max − I(t))</c>, <c>g = growth_per_year / 365</c>.
/// </summary>
public sealed record IsfCapacity
{
    /// <summary>Capacity on day 0, ≥ 0.</summary>
    /// <value>The default value is 0.6.</value>
    public double Start { get; init; } = ModelDefaults.IsfStart;

    /// <summary>Capacity approached in the long run, ≥ 0.</summary>
    /// <value>The default value is 0.8.</value>
    public double Max { get; init; } = ModelDefaults.IsfMax;

    /// <summary>Share of the remaining gap closed per year, in [0, 365].</summary>
    /// <value>The default value is 0.05.</value>
    public double GrowthPerYear { get; init; } = ModelDefaults.IsfGrowthPerYear;
}

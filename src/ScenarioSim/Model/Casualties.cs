namespace ScenarioSim.Model;

/// <summary>
/// Casualty model: of N attacks, <c>Q ~ Binomial(N, p_fatal)</c> are fatal, and deaths are
/// <c>Q + Poisson(Q · extra_deaths_mean)</c>.
/// </summary>
public sealed record Casualties
{
    /// <summary>Probability that an attack kills at least one soldier, in [0, 1].</summary>
    /// <value>The default value is 0.006.</value>
    public double PFatal { get; init; } = ModelDefaults.PFatal;

    /// <summary>Mean additional deaths per fatal attack, ≥ 0.</summary>
    /// <value>The default value is 1.</value>
    public double ExtraDeathsMean { get; init; } = ModelDefaults.ExtraDeathsMean;
}

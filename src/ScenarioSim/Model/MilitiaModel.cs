namespace ScenarioSim.Model;

/// <summary>Theatre-wide militia settings (the YAML <c>militia:</c> block).</summary>
public sealed record MilitiaModel
{
    /// <summary>How attacks turn into deaths.</summary>
    public Casualties Casualties { get; init; } = new();

    /// <summary>Self-excitation; <see langword="null"/> means a plain Poisson process.</summary>
    public HawkesExcitation? Hawkes { get; init; }
}

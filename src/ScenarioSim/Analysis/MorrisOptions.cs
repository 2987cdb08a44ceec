namespace ScenarioSim.Analysis;

/// <summary>How <see cref="MorrisScreening"/> builds its trajectories. Defaults follow Saltelli et al., <i>Global Sensitivity Analysis: The Primer</i> (2008).</summary>
public sealed record MorrisOptions
{
    /// <summary>Trajectories r (≥ 2): the model is evaluated r·(k + 1) times for k parameters.</summary>
    /// <value>The default value is 20.</value>
    public int Trajectories { get; init; } = 20;

    /// <summary>Grid levels p per parameter (an even number ≥ 2); the step is Δ = p / (2(p − 1)) of the range.</summary>
    /// <value>The default value is 4 (Δ = 2/3).</value>
    public int Levels { get; init; } = 4;

    /// <summary>Bootstrap resamples of the trajectories for the interval of μ* (≥ 1).</summary>
    /// <value>The default value is 1,000.</value>
    public int BootstrapResamples { get; init; } = 1000;

    /// <summary>Seed of the trajectories and the bootstrap.</summary>
    /// <value>The default value is 1.</value>
    public ulong Seed { get; init; } = 1;

    /// <summary>Model evaluations run side by side (≥ 1); <see langword="null"/> uses every core. The model must then be thread-safe.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public int? MaxDegreeOfParallelism { get; init; }
}

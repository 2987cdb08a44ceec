namespace ScenarioSim.Analysis;

/// <summary>How <see cref="ConvergenceRun"/> batches replications.</summary>
internal sealed record ConvergenceOptions
{
    /// <summary>Replications per batch (≥ 1); the last batch is cut to the cap.</summary>
    /// <value>The default value is 1,000.</value>
    public int BatchSize { get; init; } = DefaultBatchSize;

    /// <summary>The most replications to run (≥ 1), whether or not the target is met.</summary>
    /// <value>The default value is 100,000.</value>
    public int MaxReplications { get; init; } = DefaultMaxReplications;

    /// <summary>The default of <see cref="BatchSize"/>.</summary>
    public const int DefaultBatchSize = 1000;

    /// <summary>The default of <see cref="MaxReplications"/>.</summary>
    public const int DefaultMaxReplications = 100_000;
}

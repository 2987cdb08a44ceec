namespace ScenarioSim.Engine;

/// <summary>How to run a scenario. Unset values fall back to the scenario's <c>run:</c> block, then to the defaults.</summary>
public sealed record RunOptions
{
    /// <summary>Replications to run (≥ 1); <see langword="null"/> uses the scenario's, else 10,000.</summary>
    public int? Replications { get; init; }

    /// <summary>Seed; <see langword="null"/> uses the scenario's, else 1.</summary>
    public ulong? Seed { get; init; }

    /// <summary>Worker threads (≥ 1); <see langword="null"/> uses every core. Results do not depend on it.</summary>
    public int? MaxDegreeOfParallelism { get; init; }
}

namespace ScenarioSim.Model;

/// <summary>The scenario's own defaults for a run (the YAML <c>run:</c> block).</summary>
public sealed record RunSettings
{
    /// <summary>Replications to run when the caller gives none; <see langword="null"/> means 10,000.</summary>
    public int? Replications { get; init; }

    /// <summary>Seed to use when the caller gives none; <see langword="null"/> means 1.</summary>
    public ulong? Seed { get; init; }
}

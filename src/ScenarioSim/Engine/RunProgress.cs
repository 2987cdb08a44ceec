namespace ScenarioSim.Engine;

/// <summary>Progress of a run, reported through <see cref="IProgress{T}"/>.</summary>
/// <param name="CompletedReplications">Replications finished so far.</param>
/// <param name="TotalReplications">Replications in the run.</param>
public readonly record struct RunProgress(int CompletedReplications, int TotalReplications);

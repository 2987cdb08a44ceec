using ScenarioSim.Engine;
using ScenarioSim.Results;

namespace ScenarioSim.Analysis;

/// <summary>The outcome of a <see cref="ConvergenceRun"/>.</summary>
/// <param name="Target">The target aimed for.</param>
/// <param name="Options">The batching used.</param>
/// <param name="Result">The run's summaries over every replication run: bit-identical to a single run of that many.</param>
/// <param name="Partial">The merged partial result, for merging with further runs.</param>
/// <param name="Trace">The metric after each batch.</param>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed record ConvergenceResult(
    ConvergenceTarget Target, ConvergenceOptions Options, SimulationResult Result, PartialResult Partial, IReadOnlyList<ConvergenceStep> Trace)
{
    /// <summary>The standard error reached.</summary>
    public double AchievedSe => Trace[^1].Se;

    /// <summary>True when the standard error fell below the target before the cap.</summary>
    public bool Converged => AchievedSe < Target.StandardError;
}

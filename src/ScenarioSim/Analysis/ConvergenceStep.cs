namespace ScenarioSim.Analysis;

/// <summary>The watched metric after one batch of a <see cref="ConvergenceRun"/>.</summary>
/// <param name="Batch">The batch's number, from 1.</param>
/// <param name="Replications">Replications run so far (all batches up to this one).</param>
/// <param name="Mean">The metric's mean over those replications.</param>
/// <param name="Se">Its Monte Carlo standard error, sd/√n.</param>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed record ConvergenceStep(int Batch, int Replications, double Mean, double Se);

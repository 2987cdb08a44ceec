namespace ScenarioSim.Analysis;

/// <summary>The outcome of a <see cref="ParameterSweep"/>: every point's parameter values and run.</summary>
/// <param name="Parameters">The parameters varied, in order.</param>
/// <param name="Design">How the points were chosen: <c>grid</c> or <c>latin-hypercube</c>.</param>
/// <param name="Seed">The seed every point ran with (common random numbers across points).</param>
/// <param name="Replications">Replications per point.</param>
/// <param name="Points">The points in design order.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SweepResult(
    IReadOnlyList<ParameterRange> Parameters, string Design, ulong Seed, int Replications, IReadOnlyList<SweepPoint> Points);

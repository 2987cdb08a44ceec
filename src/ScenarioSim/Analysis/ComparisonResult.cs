namespace ScenarioSim.Analysis;

/// <summary>
/// The outcome of <see cref="ScenarioComparison"/>: every scenario's metric summaries and, for each
/// scenario after the first, its paired differences from the first.
/// </summary>
/// <param name="Seed">The seed every scenario ran with.</param>
/// <param name="Replications">Replications per scenario.</param>
/// <param name="Scenarios">The scenarios in the order given; the first is the reference.</param>
/// <param name="Differences">One entry per scenario after the first, in order.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ComparisonResult(
    ulong Seed, int Replications, IReadOnlyList<ComparedScenario> Scenarios, IReadOnlyList<ScenarioDifferences> Differences)
{
    /// <summary>The reference scenario (the first).</summary>
    public ComparedScenario Reference => Scenarios[0];
}

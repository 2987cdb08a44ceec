namespace ScenarioSim.Analysis;

/// <summary>The paired differences of every metric between one scenario and the comparison's reference.</summary>
/// <param name="Scenario">The scenario's label (see <see cref="ComparedScenario.Label"/>).</param>
/// <param name="Metrics">One difference per metric, in the order the metrics are reported.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ScenarioDifferences(string Scenario, IReadOnlyList<PairedDifference> Metrics)
{
    /// <summary>
    /// The paired differences of the key series' monthly all-region totals (troops, militia attacks,
    /// deaths, and ISIS attacks and fighters when the scenarios model ISIS), series by series and month
    /// by month; empty when not computed.
    /// </summary>
    public IReadOnlyList<MonthlyDifference> Series { get; init; } = [];

    /// <summary>The difference of one metric.</summary>
    /// <param name="metric">The metric's name.</param>
    /// <returns>The paired difference.</returns>
    /// <exception cref="KeyNotFoundException">No metric has that name.</exception>
    public PairedDifference Metric(string metric) =>
        Metrics.FirstOrDefault(m => m.Metric == metric) ?? throw new KeyNotFoundException($"No metric named '{metric}'.");
}

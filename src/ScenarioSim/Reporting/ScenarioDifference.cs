namespace ScenarioSim.Reporting;

/// <summary>One scenario's paired differences from the baseline, metric by metric (compare.json's <c>differences</c>).</summary>
/// <param name="Scenario">The scenario's name.</param>
/// <param name="Metrics">The differences, in file order.</param>
public sealed record ScenarioDifference(string Scenario, IReadOnlyList<MetricDifference> Metrics)
{
    /// <summary>The paired differences of the key series' monthly totals; empty when the file has none (files written before they existed).</summary>
    public IReadOnlyList<SeriesMonthDifference> Series { get; init; } = [];
}

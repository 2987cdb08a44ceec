using ScenarioSim.Results;

namespace ScenarioSim.Analysis;

/// <summary>One scenario of a comparison and the summaries of its metrics.</summary>
/// <param name="Label">The scenario's name, made unique within the comparison (<c>name (2)</c> for a repeat).</param>
/// <param name="Sha256">The scenario's fingerprint after overrides.</param>
/// <param name="Metrics">Each metric's summary, in <see cref="MetricNames.All"/> order, as a run would report it.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ComparedScenario(string Label, string Sha256, IReadOnlyList<MetricSummary> Metrics)
{
    /// <summary>
    /// The scenario's monthly series as <c>run</c> reports them (summary.json's <c>series</c>: every
    /// series, region and month over the same replications); empty when not computed.
    /// </summary>
    public IReadOnlyList<SeriesPoint> Series { get; init; } = [];
}

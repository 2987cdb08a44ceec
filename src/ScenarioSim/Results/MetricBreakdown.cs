namespace ScenarioSim.Results;

/// <summary>
/// The scalar metrics of one region or one group of regions (<see cref="MetricNames.Breakdown"/>),
/// each summarised like the theatre-wide metric of the same name.
/// </summary>
/// <param name="Name">The region id or group name.</param>
/// <param name="Metrics">Summaries in <see cref="MetricNames.Breakdown"/> order.</param>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed record MetricBreakdown(string Name, IReadOnlyList<MetricSummary> Metrics)
{
    /// <summary>The summary of one metric.</summary>
    /// <param name="name">A name from <see cref="MetricNames.Breakdown"/>.</param>
    /// <exception cref="KeyNotFoundException">No metric has that name.</exception>
    public MetricSummary Metric(string name) =>
        Metrics.FirstOrDefault(m => m.Name == name)
        ?? throw new KeyNotFoundException($"No metric named '{name}' for '{Name}'. Known metrics: {string.Join(", ", MetricNames.Breakdown)}.");

    /// <summary>Value equality, the metrics compared in order.</summary>
    /// <param name="other">The breakdown to compare with.</param>
    public bool Equals(MetricBreakdown? other) =>
        other is not null && Name == other.Name && Metrics.SequenceEqual(other.Metrics);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Metrics.Count);
}

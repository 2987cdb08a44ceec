namespace ScenarioSim.Results;

/// <summary>Summary of one scalar metric over the replications of a run.</summary>
/// <param name="Name">The metric's name (see <see cref="MetricNames"/>).</param>
/// <param name="Statistics">Distribution summary over the replications the metric applies to.</param>
public sealed record MetricSummary(string Name, SummaryStatistics Statistics)
{
    /// <summary>For 0/1 metrics, the probability of 1 with its Wilson interval; otherwise <see langword="null"/>.</summary>
    public Proportion? Probability { get; init; }

    /// <summary>
    /// Replications in which the metric has no value (for <c>days_to_resurgence</c>, those without a
    /// resurgence). They are counted here, not averaged as a number.
    /// </summary>
    public long MissingCount { get; init; }

    /// <summary>
    /// The distribution over replications in at most 30 equal bins from the smallest to the largest
    /// value (whole-number metrics get whole-number edges); empty for 0/1 metrics and when no
    /// replication has a value. Computed from the exact counts, so it is the same however the run was
    /// split across threads or shards.
    /// </summary>
    public IReadOnlyList<HistogramBin> Histogram { get; init; } = [];

    /// <summary>Value equality, the histogram compared bin by bin.</summary>
    /// <param name="other">The summary to compare with.</param>
    public bool Equals(MetricSummary? other) =>
        other is not null
        && Name == other.Name
        && Statistics == other.Statistics
        && Probability == other.Probability
        && MissingCount == other.MissingCount
        && Histogram.SequenceEqual(other.Histogram);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Statistics, Probability, MissingCount, Histogram.Count);
}

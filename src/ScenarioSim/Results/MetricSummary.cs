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
}

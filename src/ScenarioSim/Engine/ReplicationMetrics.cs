using ScenarioSim.Results;

namespace ScenarioSim.Engine;

/// <summary>
/// Every scalar metric of every replication in a range, indexed by replication: what paired
/// comparisons (common random numbers) need. Memory is replications × metrics, never × days.
/// </summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed class ReplicationMetrics
{
    private readonly Dictionary<string, double[]> _values;

    internal ReplicationMetrics(long firstReplication, Dictionary<string, double[]> values)
    {
        FirstReplication = firstReplication;
        _values = values;
        Count = values[MetricNames.MilitiaAttacksTotal].Length;
    }

    /// <summary>Index of the first replication.</summary>
    public long FirstReplication { get; }

    /// <summary>Replications held.</summary>
    public int Count { get; }

    /// <summary>
    /// The metric's value for each replication, in replication order. <c>days_to_resurgence</c> is NaN
    /// for replications without a resurgence.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No metric has that name.</exception>
    public IReadOnlyList<double> this[string metric] =>
        _values.TryGetValue(metric, out var values)
            ? values
            : throw new KeyNotFoundException($"No metric named '{metric}'. Known metrics: {string.Join(", ", MetricNames.All)}.");
}

using ScenarioSim.Results;

namespace ScenarioSim.Engine;

/// <summary>Writes each replication's metrics at its index; workers write disjoint indices, so one instance serves all.</summary>
internal sealed class ReplicationMetricsSink : IReplicationSink
{
    public ReplicationMetricsSink(int count)
    {
        Values = MetricNames.All.ToDictionary(name => name, _ => new double[count], StringComparer.Ordinal);
    }

    public Dictionary<string, double[]> Values { get; }

    /// <inheritdoc />
    public void Add(long index, ReplicationState state)
    {
        Values[MetricNames.DaysToResurgence][index] = double.NaN;
        ReplicationOutcome.Visit(state, (Values, index), static (target, metric, value) => target.Values[metric][target.index] = value);
    }
}

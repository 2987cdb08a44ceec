namespace ScenarioSim.Engine;

/// <summary>
/// One worker's sink for a run that a comparison pairs: its own <see cref="ResultAccumulator"/> (the
/// run's series, as <c>run</c> reports them) and the shared per-replication metric and monthly sinks.
/// </summary>
internal sealed class PairedRunSink(CompiledScenario scenario, ReplicationMetricsSink metrics, MonthlyTotalsSink? months) : IReplicationSink
{
    public ResultAccumulator Accumulator { get; } = new(scenario);

    /// <inheritdoc />
    public void Add(long firstIndex, BlockState block, int lanes)
    {
        Accumulator.Add(firstIndex, block, lanes);
        metrics.Add(firstIndex, block, lanes);
        months?.Add(firstIndex, block, lanes);
    }
}

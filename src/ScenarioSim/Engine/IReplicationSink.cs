namespace ScenarioSim.Engine;

/// <summary>Receives finished replications; each worker owns one sink (or shares one that is safe for disjoint indices).</summary>
internal interface IReplicationSink
{
    /// <summary>Takes the replication at <paramref name="index"/> within the run's range.</summary>
    void Add(long index, ReplicationState state);
}

namespace ScenarioSim.Engine;

/// <summary>Receives finished replications a block at a time; each worker owns one sink (or shares one that is safe for disjoint indices).</summary>
internal interface IReplicationSink
{
    /// <summary>
    /// Takes the first <paramref name="lanes"/> lanes of <paramref name="block"/>, replications
    /// <paramref name="firstIndex"/> … <paramref name="firstIndex"/> + <paramref name="lanes"/> − 1 within the run's range.
    /// The block is overwritten by the next one: read it, do not keep it.
    /// </summary>
    void Add(long firstIndex, BlockState block, int lanes);
}

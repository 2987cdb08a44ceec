namespace ScenarioSim.Tests.ScaleOut;

/// <summary>Work of <paramref name="Total"/> items split into <paramref name="Count"/> shards.</summary>
/// <param name="Count">Shards N.</param>
/// <param name="Total">Items.</param>
public sealed record ShardSplit(int Count, long Total);

namespace ScenarioSim.Tests.ScaleOut;

/// <summary>A small run split into shards, merged in a rotated order.</summary>
/// <param name="Shards">Shards N.</param>
/// <param name="Replications">Replications of the whole run.</param>
/// <param name="Seed">The seed.</param>
/// <param name="Rotation">How far to rotate the shards before merging, so merge order varies.</param>
public sealed record ShardedRunCase(int Shards, int Replications, ulong Seed, int Rotation);

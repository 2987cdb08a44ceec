namespace ScenarioSim.Tests.ScaleOut;

/// <summary>A design's points split into <paramref name="Shards"/> shards, merged in a rotated order.</summary>
/// <param name="Shards">Shards N (more than the points, too).</param>
/// <param name="Rotation">How far to rotate the shards before merging, so merge order varies.</param>
public sealed record PointSplit(int Shards, int Rotation);

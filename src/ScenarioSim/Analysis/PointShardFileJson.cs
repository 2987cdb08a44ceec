using ScenarioSim.Engine;
using ScenarioSim.ScaleOut;

namespace ScenarioSim.Analysis;

/// <summary>
/// The stamp of an analysis partial file up to its parameters (<see cref="PointShardJson"/>), as written and read;
/// the kind's design fields follow it in the file, then <see cref="PointShardRangeJson"/>. Names are the members'
/// snake_case (<see cref="PointShardJsonContext"/>); every member may be absent when read, and is checked after.
/// </summary>
/// <param name="Format">The kind's format name, e.g. <c>scenariosim-sweep-partial</c>.</param>
/// <param name="FormatVersion">Always <see cref="PointShardJson.FormatVersion"/>.</param>
/// <param name="Version">The library version that wrote the file.</param>
/// <param name="Scenario">The scenario run at every point: its name and fingerprint (no model).</param>
/// <param name="Seed">The seed of every point.</param>
/// <param name="Replications">The replications of every point.</param>
/// <param name="Parameters">The parameters varied, in order.</param>
internal sealed record PointShardHeadJson(
    string? Format,
    long? FormatVersion,
    string? Version,
    PartialScenarioJson? Scenario,
    ulong? Seed,
    long? Replications,
    List<ParameterRangeJson?>? Parameters);

/// <summary>A parameter varied: its override path, range and, for a grid, steps (<c>null</c> otherwise).</summary>
internal sealed record ParameterRangeJson(string? Path, double? Low, double? High, long? Steps);

/// <summary>The points an analysis partial holds, after the kind's design fields: the design's size, the shard and the range of points.</summary>
/// <param name="DesignPoints">The points of the whole design.</param>
/// <param name="Shard">The shard <c>K/N</c>, or <c>null</c> for a partial that is not a shard.</param>
/// <param name="FirstPoint">The first point held.</param>
/// <param name="PointCount">How many points are held.</param>
internal sealed record PointShardRangeJson(long? DesignPoints, ShardSpec? Shard, long? FirstPoint, long? PointCount);

/// <summary>What every row of an analysis partial starts with: the point's index and its parameter values; the kind's row fields follow.</summary>
internal sealed record PointRowJson(long? Point, List<double>? Values);

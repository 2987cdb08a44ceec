using ScenarioSim.Engine;

namespace ScenarioSim.ScaleOut;

/// <summary>
/// A partial as the shard coverage checks see it (<see cref="ShardCoverage"/>): how messages name it, which
/// shard it is, and which items it covers. The ranges are of items of any kind: replications, or the
/// points of a sweep or a sensitivity design.
/// </summary>
/// <param name="Label">Its short name: its source, else its shard, else its ranges.</param>
/// <param name="Description">Its name with what it covers, e.g. <c>a.partial.json (shard 1/2, replications [0, 50))</c>.</param>
/// <param name="Shard">Which shard it is, when it is one.</param>
/// <param name="Ranges">The items it covers, in ascending order and disjoint.</param>
internal sealed record ShardPiece(string Label, string Description, ShardSpec? Shard, IReadOnlyList<ReplicationRange> Ranges)
{
    /// <summary>The piece of a partial read from <paramref name="source"/> (or made in memory when null).</summary>
    public static ShardPiece Of(string? source, ShardSpec? shard, IReadOnlyList<ReplicationRange> ranges, ShardedWork work) =>
        new(
            ShardMergeMessages.Label(source, shard, ranges, work),
            ShardMergeMessages.Describe(source, shard, ranges, work),
            shard,
            ranges);
}

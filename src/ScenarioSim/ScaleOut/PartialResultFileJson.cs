using ScenarioSim.Engine;

namespace ScenarioSim.ScaleOut;

/// <summary>
/// The partial-result file (<c>*.partial.json</c>) as written and read: <see cref="PartialResultJson"/> writes
/// these records and reads them back. Names are the members' snake_case (<see cref="PartialJsonContext"/>), in this
/// order; <see langword="null"/> members are written as <c>null</c>. Every member may be absent when read (a
/// file is read as it is, then checked): <see cref="PartialResultJson"/> says which must be there.
/// </summary>
/// <param name="Format">Always <see cref="PartialResultJson.FormatName"/>.</param>
/// <param name="FormatVersion">Always <see cref="PartialResultJson.FormatVersion"/>.</param>
/// <param name="Version">The library version that wrote the file.</param>
/// <param name="Scenario">The scenario run: name, fingerprint and canonical form.</param>
/// <param name="Seed">The run's seed.</param>
/// <param name="RunReplications">The whole run's replications; <c>null</c> for a partial that is not a shard (absent reads as <c>null</c>).</param>
/// <param name="Shard">The shard <c>K/N</c>; <c>null</c> for a partial that is not a shard (absent reads as <c>null</c>).</param>
/// <param name="Ranges">The replication ranges held, ascending and disjoint.</param>
/// <param name="Replications">The replications held: the sum of the ranges' counts.</param>
/// <param name="Histograms">Every histogram of the partial.</param>
internal sealed record PartialResultFileJson(
    string? Format,
    long? FormatVersion,
    string? Version,
    PartialScenarioJson? Scenario,
    ulong? Seed,
    long? RunReplications,
    ShardSpec? Shard,
    List<ReplicationRangeJson?>? Ranges,
    long? Replications,
    PartialHistogramsJson? Histograms);

/// <summary>A range of replications: the first's index and how many.</summary>
internal sealed record ReplicationRangeJson(long? First, long? Count);

using ScenarioSim.Diagnostics;
using ScenarioSim.Model;
using ScenarioSim.Results;

namespace ScenarioSim.Engine;

/// <summary>
/// The mergeable outcome of a range of replications: exact histograms of every metric and series cell,
/// stamped with the scenario's fingerprint, the seed and the range. Partials of disjoint ranges of
/// the same scenario and seed merge into exactly what one run over the union would give. A partial
/// can be written to a file and read back losslessly (<see cref="ScaleOut.PartialResultFile"/>), which is how
/// shards of one run on many machines are brought together (<see cref="ScaleOut.ShardMerge"/>).
/// </summary>
/// <remarks>Immutable once created; <see cref="Merge"/> builds a new instance. Thread-safe.</remarks>
internal sealed class PartialResult
{
    /// <summary>The file name ending of partial results: <c>.partial.json</c>.</summary>
    public const string FileExtension = ".partial.json";

    internal PartialResult(string scenarioSha256, ulong seed, IReadOnlyList<ReplicationRange> ranges, ResultAccumulator accumulator)
        : this(scenarioSha256, seed, ranges, accumulator, LibraryVersion.Current, totalReplications: null, shard: null, source: null)
    {
    }

    internal PartialResult(
        string scenarioSha256, ulong seed, IReadOnlyList<ReplicationRange> ranges, ResultAccumulator accumulator,
        string version, long? totalReplications, ShardSpec? shard, string? source)
    {
        ScenarioSha256 = scenarioSha256;
        Seed = seed;
        Ranges = ranges;
        Accumulator = accumulator;
        Version = version;
        TotalReplications = totalReplications;
        Shard = shard;
        Source = source;
    }

    /// <summary>The scenario's fingerprint (<see cref="ScenarioFingerprint.Sha256(Scenario)"/>).</summary>
    public string ScenarioSha256 { get; }

    /// <summary>The scenario that was run.</summary>
    public Scenario Scenario => Accumulator.Scenario.Source;

    /// <summary>The seed.</summary>
    public ulong Seed { get; }

    /// <summary>The library version that produced the partial; a partial read from a file keeps the version that wrote it.</summary>
    public string Version { get; }

    /// <summary>The replication ranges covered, in ascending order and disjoint.</summary>
    public IReadOnlyList<ReplicationRange> Ranges { get; }

    /// <summary>Total replications covered.</summary>
    public long Replications => Accumulator.Replications;

    /// <summary>
    /// Replications of the whole run this partial is part of, when known (a shard knows it; a bare
    /// <see cref="ScenarioRunner.RunPartial"/> range does not).
    /// </summary>
    public long? TotalReplications { get; }

    /// <summary>Which shard of the whole run this partial is, when it is one.</summary>
    public ShardSpec? Shard { get; }

    /// <summary>Where the partial was read from (the path or name given to the reader), for messages; <see langword="null"/> for partials made in memory.</summary>
    public string? Source { get; }

    internal ResultAccumulator Accumulator { get; }

    /// <summary>The file name a shard's partial is written under: <c>shard-K-of-N.partial.json</c>.</summary>
    /// <param name="shard">The shard.</param>
    /// <returns>The file name, without a directory.</returns>
    public static string FileNameOf(ShardSpec shard) => $"shard-{shard.Index}-of-{shard.Count}{FileExtension}";

    /// <summary>
    /// Merges partials of the same scenario, seed and library version whose ranges do not overlap. The
    /// union need not be a whole run (batched runs merge as they go); to check that shards make up
    /// exactly one run, use <see cref="ScaleOut.ShardMerge"/>.
    /// </summary>
    /// <param name="partials">At least one partial.</param>
    /// <returns>A partial covering the union of the ranges.</returns>
    /// <exception cref="InvalidInputException">The partials differ in scenario, seed, version or run size, or their ranges overlap.</exception>
    public static PartialResult Merge(IReadOnlyList<PartialResult> partials)
    {
        ArgumentNullException.ThrowIfNull(partials);
        if (partials.Count == 0)
        {
            throw new ArgumentException("Nothing to merge: no partial results.", nameof(partials));
        }

        var first = partials[0];
        var problems = new List<Diagnostic>();
        foreach (var p in partials)
        {
            if (p.ScenarioSha256 != first.ScenarioSha256)
            {
                problems.Add(new Diagnostic("scenario", $"partials come from different scenarios ({first.ScenarioSha256[..12]}… and {p.ScenarioSha256[..12]}…)"));
            }

            if (p.Seed != first.Seed)
            {
                problems.Add(new Diagnostic("seed", $"partials use different seeds ({first.Seed} and {p.Seed})"));
            }

            if (p.Version != first.Version)
            {
                problems.Add(new Diagnostic("version", $"partials come from different library versions ({first.Version} and {p.Version})"));
            }

            if (p.TotalReplications is { } total && first.TotalReplications is { } firstTotal && total != firstTotal)
            {
                problems.Add(new Diagnostic("replications", $"partials belong to runs of different sizes ({firstTotal} and {total} replications)"));
            }
        }

        var ranges = partials.SelectMany(p => p.Ranges).OrderBy(r => r.First).ToList();
        for (int i = 1; i < ranges.Count; i++)
        {
            if (ranges[i].First < ranges[i - 1].End)
            {
                problems.Add(new Diagnostic("ranges", $"replication ranges {ranges[i - 1]} and {ranges[i]} overlap"));
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidInputException(problems.Distinct().ToList());
        }

        var accumulator = first.Accumulator.Clone();
        for (int i = 1; i < partials.Count; i++)
        {
            accumulator.Combine(partials[i].Accumulator);
        }

        long? sharedTotal = partials.All(p => p.TotalReplications == first.TotalReplications) ? first.TotalReplications : null;
        return new PartialResult(
            first.ScenarioSha256, first.Seed, ReplicationRange.Coalesce(ranges), accumulator,
            first.Version, sharedTotal, partials.Count == 1 ? first.Shard : null, source: null);
    }

    /// <summary>
    /// Stamps this partial as shard <paramref name="shard"/> of a run of <paramref name="totalReplications"/>
    /// replications, so that <see cref="ScaleOut.ShardMerge"/> can tell duplicates and missing shards apart.
    /// </summary>
    /// <param name="shard">The shard.</param>
    /// <param name="totalReplications">Replications of the whole run.</param>
    /// <returns>A partial with the same counts and the stamp.</returns>
    /// <exception cref="ArgumentException">This partial does not cover exactly <c>shard.RangeOf(totalReplications)</c>.</exception>
    public PartialResult AsShard(ShardSpec shard, long totalReplications)
    {
        var range = shard.RangeOf(totalReplications);
        IReadOnlyList<ReplicationRange> expected = range.Count == 0 ? [] : [range];
        if (!Ranges.SequenceEqual(expected))
        {
            throw new ArgumentException(
                $"Shard {shard} of {totalReplications} replications covers {range}, but this partial covers {ReplicationRange.Describe(Ranges)}.",
                nameof(shard));
        }

        return new PartialResult(ScenarioSha256, Seed, Ranges, Accumulator, Version, totalReplications, shard, Source);
    }

    /// <summary>Summarises the partial as a complete result over the replications it covers, stamped with <see cref="Version"/>.</summary>
    /// <returns>The summaries of metrics, exceedances and monthly series.</returns>
    public SimulationResult ToResult() => Accumulator.ToResult(Seed) with { Version = Version };
}

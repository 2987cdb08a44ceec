using ScenarioSim.Diagnostics;

namespace ScenarioSim.Engine;

/// <summary>
/// Brings the shards of one run back together and checks that they are exactly that run: the same
/// scenario, seed, library version and run size, no shard twice, no overlap, nothing missing. Add the
/// partials one by one (each is folded into the running total at once, so memory stays that of one
/// partial however many shards there are), then <see cref="Complete()"/>. Because every histogram is an
/// exact count, the merged result is identical to the byte to an unsharded run with the same seed.
/// </summary>
/// <example>
/// <code>
/// var merge = new ShardMerge();
/// foreach (string file in Directory.GetFiles("out", "*" + PartialResult.FileExtension))
/// {
///     merge.Add(PartialResult.ReadFrom(file));
/// }
/// SimulationResult result = merge.Complete().ToResult();
/// </code>
/// </example>
/// <remarks>A mutable builder; not thread-safe.</remarks>
public sealed class ShardMerge
{
    private readonly List<Stamp> _stamps = [];
    private ResultAccumulator? _accumulator;

    /// <summary>How many partials have been added.</summary>
    public int Count => _stamps.Count;

    /// <summary>Merges <paramref name="partials"/> as one run: <see cref="Add"/> each, then <see cref="Complete()"/>.</summary>
    /// <param name="partials">The shards of one run.</param>
    /// <returns>A partial covering the whole run.</returns>
    /// <exception cref="ScenarioValidationException">The partials are not exactly one run; every problem is listed.</exception>
    public static PartialResult Combine(IEnumerable<PartialResult> partials)
    {
        ArgumentNullException.ThrowIfNull(partials);
        var merge = new ShardMerge();
        foreach (var partial in partials)
        {
            merge.Add(partial);
        }

        return merge.Complete();
    }

    /// <summary>Adds a shard (or any partial that records its run's size).</summary>
    /// <param name="partial">The partial.</param>
    public void Add(PartialResult partial)
    {
        ArgumentNullException.ThrowIfNull(partial);
        var stamp = new Stamp(partial);
        if (_accumulator is null)
        {
            _accumulator = partial.Accumulator.Clone();
        }
        else if (stamp.SameRunAs(_stamps[0]))
        {
            _accumulator.Combine(partial.Accumulator);
        }

        // A partial of another run is only remembered: Complete refuses it, naming it.
        _stamps.Add(stamp);
    }

    /// <summary>
    /// Checks that the partials added are exactly one run and returns it as one partial covering
    /// [0, run size). Refuses partials of different scenarios, seeds, versions or run sizes, a shard
    /// given twice, overlapping ranges, ranges beyond the run, and missing shards, naming the partials
    /// (by <see cref="PartialResult.Source"/> when they were read from files) and the replications.
    /// </summary>
    /// <returns>The whole run as a partial; <see cref="PartialResult.ToResult"/> summarises it.</returns>
    /// <exception cref="ScenarioValidationException">The partials are not exactly one run; every problem is listed.</exception>
    public PartialResult Complete()
    {
        if (_stamps.Count == 0 || _accumulator is null)
        {
            throw Refusal([ShardMergeMessages.Nothing]);
        }

        var problems = IdentityProblems();
        if (problems.Count > 0)
        {
            throw Refusal(problems);
        }

        var first = _stamps[0];
        if (first.Total is not { } total)
        {
            throw Refusal([ShardMergeMessages.SizeUnknown]);
        }

        var distinct = DuplicatesRemoved(problems);
        problems.AddRange(OverlapProblems(distinct));
        foreach (var stamp in distinct)
        {
            if (stamp.Ranges.Count > 0 && stamp.Ranges[^1].End > total)
            {
                problems.Add(ShardMergeMessages.BeyondRun(stamp.Description, total));
            }
        }

        var covered = ReplicationRange.Coalesce(distinct.SelectMany(s => s.Ranges).OrderBy(r => r.First).ToList());
        var gaps = Gaps(covered, total);
        if (gaps.Count > 0)
        {
            problems.Add(MissingProblem(gaps, total));
        }

        if (problems.Count > 0)
        {
            throw Refusal(problems);
        }

        return new PartialResult(
            first.Sha256, first.Seed, covered, _accumulator.Clone(), first.Version, total, shard: null, source: null);
    }

    private List<string> IdentityProblems()
    {
        var problems = new List<string>();
        AddIfDiffering(problems, s => s.Sha256, s => ShardMergeMessages.Scenario(s.Name, s.Sha256), ShardMergeMessages.DifferentScenarios);
        AddIfDiffering(problems, s => s.Seed, s => s.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture), ShardMergeMessages.DifferentSeeds);
        AddIfDiffering(problems, s => s.Version, s => s.Version, ShardMergeMessages.DifferentVersions);
        AddIfDiffering(problems, s => s.Total, s => ShardMergeMessages.Size(s.Total), ShardMergeMessages.DifferentSizes);
        return problems;
    }

    private void AddIfDiffering<TKey>(
        List<string> problems, Func<Stamp, TKey> key, Func<Stamp, string> show,
        Func<IEnumerable<(string Value, IReadOnlyList<string> Sources)>, string> message)
    {
        var groups = _stamps.GroupBy(key).ToList();
        if (groups.Count > 1)
        {
            problems.Add(message(groups.Select(g => (show(g.First()), (IReadOnlyList<string>)g.Select(s => s.Label).ToList()))));
        }
    }

    /// <summary>Reports every shard given more than once and keeps its first copy only.</summary>
    private List<Stamp> DuplicatesRemoved(List<string> problems)
    {
        var distinct = new List<Stamp>();
        foreach (var group in _stamps.GroupBy(s => s.Shard))
        {
            if (group.Key is { } shard && group.Count() > 1)
            {
                problems.Add(ShardMergeMessages.Duplicate(shard, group.Select(s => s.Label).ToList()));
                distinct.Add(group.First());
            }
            else
            {
                distinct.AddRange(group);
            }
        }

        return distinct;
    }

    private static List<string> OverlapProblems(List<Stamp> stamps)
    {
        var problems = new List<string>();
        var pieces = stamps
            .SelectMany((stamp, owner) => stamp.Ranges.Where(r => r.Count > 0).Select(r => (Range: r, Owner: owner)))
            .OrderBy(p => p.Range.First).ThenBy(p => p.Range.End)
            .ToList();
        var reported = new HashSet<(int, int)>();
        long reach = 0;
        int reacher = -1;
        foreach (var (range, owner) in pieces)
        {
            if (reacher >= 0 && range.First < reach && reacher != owner && reported.Add((reacher, owner)))
            {
                problems.Add(ShardMergeMessages.Overlap(stamps[reacher].Description, stamps[owner].Description));
            }

            if (range.End > reach)
            {
                reach = range.End;
                reacher = owner;
            }
        }

        return problems;
    }

    private static List<ReplicationRange> Gaps(IReadOnlyList<ReplicationRange> covered, long total)
    {
        var gaps = new List<ReplicationRange>();
        long next = 0;
        foreach (var range in covered)
        {
            if (range.First > next)
            {
                gaps.Add(new ReplicationRange(next, range.First - next));
            }

            next = Math.Max(next, range.End);
        }

        if (next < total)
        {
            gaps.Add(new ReplicationRange(next, total - next));
        }

        return gaps;
    }

    /// <summary>Names the missing shards when every partial is a shard of the same count and the gaps are exactly those shards; else the replications.</summary>
    private string MissingProblem(List<ReplicationRange> gaps, long total)
    {
        int? count = _stamps[0].Shard?.Count;
        if (count is { } n && _stamps.All(s => s.Shard?.Count == n))
        {
            var present = _stamps.Select(s => s.Shard!.Value).ToHashSet();
            var missing = ShardSpec.All(n).Where(s => !present.Contains(s) && s.RangeOf(total).Count > 0).ToList();
            var missingRanges = ReplicationRange.Coalesce(missing.Select(s => s.RangeOf(total)).ToList());
            if (missingRanges.SequenceEqual(ReplicationRange.Coalesce(gaps)))
            {
                return ShardMergeMessages.MissingShards(missing, total);
            }
        }

        return ShardMergeMessages.MissingReplications(gaps, total);
    }

    private static ScenarioValidationException Refusal(IEnumerable<string> problems) =>
        new(problems.Select(p => new ScenarioDiagnostic("partials", p)).ToList());

    /// <summary>What the checks need to know of a partial, kept without its histograms.</summary>
    private sealed record Stamp(
        string Label, string Description, string Sha256, string Name, ulong Seed, string Version, long? Total,
        ShardSpec? Shard, IReadOnlyList<ReplicationRange> Ranges)
    {
        public Stamp(PartialResult partial)
            : this(
                ShardMergeMessages.Label(partial.Source, partial.Shard, partial.Ranges),
                ShardMergeMessages.Describe(partial.Source, partial.Shard, partial.Ranges),
                partial.ScenarioSha256, partial.Scenario.Name, partial.Seed, partial.Version, partial.TotalReplications,
                partial.Shard, partial.Ranges)
        {
        }

        /// <summary>True when the histograms of both can be combined: the same scenario (hence layout), version, seed and run size.</summary>
        public bool SameRunAs(Stamp other) =>
            Sha256 == other.Sha256 && Version == other.Version && Seed == other.Seed && Total == other.Total;
    }
}

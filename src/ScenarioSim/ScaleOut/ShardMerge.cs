using ScenarioSim.Diagnostics;
using ScenarioSim.Engine;

namespace ScenarioSim.ScaleOut;

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
///     merge.Add(PartialResultFile.Read(file));
/// }
/// SimulationResult result = merge.Complete().ToResult();
/// </code>
/// </example>
/// <remarks>A mutable builder; not thread-safe.</remarks>
internal sealed class ShardMerge
{
    /// <summary>What the partials of one run must agree on: scenario, seed, version and run size.</summary>
    private static readonly StampField<Stamp>[] Fields =
    [
        .. ShardCoverage.IdentityFields<Stamp>(s => s.Sha256, s => s.Name, s => s.Seed, s => s.Version),
        new(ShardMergeMessages.DifferentSizes, s => s.Total, s => ShardMergeMessages.Size(s.Total)),
    ];

    private readonly List<Stamp> _stamps = [];
    private ResultAccumulator? _accumulator;

    /// <summary>How many partials have been added.</summary>
    public int Count => _stamps.Count;

    /// <summary>Merges <paramref name="partials"/> as one run: <see cref="Add"/> each, then <see cref="Complete()"/>.</summary>
    /// <param name="partials">The shards of one run.</param>
    /// <returns>A partial covering the whole run.</returns>
    /// <exception cref="InvalidInputException">The partials are not exactly one run; every problem is listed.</exception>
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
    /// <exception cref="InvalidInputException">The partials are not exactly one run; every problem is listed.</exception>
    public PartialResult Complete()
    {
        if (_stamps.Count == 0 || _accumulator is null)
        {
            throw ShardCoverage.Refusal([ShardMergeMessages.Nothing]);
        }

        var problems = ShardCoverage.Differences(_stamps, s => s.Piece.Label, Fields);
        if (problems.Count > 0)
        {
            throw ShardCoverage.Refusal(problems);
        }

        var first = _stamps[0];
        if (first.Total is not { } total)
        {
            throw ShardCoverage.Refusal([ShardMergeMessages.SizeUnknown]);
        }

        var (coverage, covered) = ShardCoverage.Check(_stamps.Select(s => s.Piece).ToList(), total, ShardedWork.Run);
        if (coverage.Count > 0)
        {
            throw ShardCoverage.Refusal(coverage);
        }

        return new PartialResult(
            first.Sha256, first.Seed, covered, _accumulator.Clone(), first.Version, total, shard: null, source: null);
    }

    /// <summary>What the checks need to know of a partial, kept without its histograms.</summary>
    private sealed record Stamp(ShardPiece Piece, string Sha256, string Name, ulong Seed, string Version, long? Total)
    {
        public Stamp(PartialResult partial)
            : this(
                ShardPiece.Of(partial.Source, partial.Shard, partial.Ranges, ShardedWork.Run),
                partial.ScenarioSha256, partial.Scenario.Name, partial.Seed, partial.Version, partial.TotalReplications)
        {
        }

        /// <summary>True when the histograms of both can be combined: the same scenario (hence layout), version, seed and run size.</summary>
        public bool SameRunAs(Stamp other) =>
            Sha256 == other.Sha256 && Version == other.Version && Seed == other.Seed && Total == other.Total;
    }
}

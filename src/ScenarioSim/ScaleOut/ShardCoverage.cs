using System.Globalization;
using ScenarioSim.Diagnostics;
using ScenarioSim.Engine;

namespace ScenarioSim.ScaleOut;

/// <summary>
/// The checks every merge of shards makes, whatever the shards hold (a run's histograms, a sweep's
/// points, a sensitivity design's outputs): that the partials agree on what they are parts of
/// (<see cref="Differences"/>), and that their ranges cover the work's items exactly once
/// (<see cref="Check"/>). The ranges are <see cref="ReplicationRange"/>s of items of any kind.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class ShardCoverage
{
    /// <summary>One refusal per field in which the partials differ, each value listed with the partials that have it.</summary>
    public static List<string> Differences<T>(IReadOnlyList<T> stamps, Func<T, string> label, IEnumerable<StampField<T>> fields)
    {
        var problems = new List<string>();
        foreach (var field in fields)
        {
            var groups = stamps.GroupBy(field.Key).ToList();
            if (groups.Count > 1)
            {
                problems.Add(ShardMergeMessages.Different(
                    field.Phrase,
                    groups.Select(g => (field.Show(g.First()), (IReadOnlyList<string>)g.Select(label).ToList()))));
            }
        }

        return problems;
    }

    /// <summary>
    /// Checks that <paramref name="pieces"/> cover [0, <paramref name="total"/>) exactly once: every shard
    /// given twice, every overlap, every range beyond the work, and what is missing (by shard when every
    /// piece is a shard of the same count and the gaps are exactly whole shards; else by item).
    /// </summary>
    /// <returns>The problems, in that order, and the items covered (duplicates counted once).</returns>
    public static (List<string> Problems, IReadOnlyList<ReplicationRange> Covered) Check(IReadOnlyList<ShardPiece> pieces, long total, ShardedWork work)
    {
        var problems = new List<string>();
        var distinct = DuplicatesRemoved(pieces, problems);
        problems.AddRange(OverlapProblems(distinct));
        foreach (var piece in distinct)
        {
            if (piece.Ranges.Count > 0 && piece.Ranges[^1].End > total)
            {
                problems.Add(ShardMergeMessages.Beyond(piece.Description, total, work));
            }
        }

        var covered = ReplicationRange.Coalesce(distinct.SelectMany(s => s.Ranges).OrderBy(r => r.First).ToList());
        var gaps = Gaps(covered, total);
        if (gaps.Count > 0)
        {
            problems.Add(MissingProblem(pieces, gaps, total, work));
        }

        return (problems, covered);
    }

    /// <summary>The exception a merge refuses with: one diagnostic per problem.</summary>
    public static InvalidInputException Refusal(IEnumerable<string> problems) =>
        new(problems.Select(p => new Diagnostic("partials", p)).ToList());

    /// <summary>The common fields of every kind of partial: scenario, seed and library version.</summary>
    public static IEnumerable<StampField<T>> IdentityFields<T>(
        Func<T, string> sha256, Func<T, string> scenarioName, Func<T, ulong> seed, Func<T, string> version) =>
    [
        new(ShardMergeMessages.DifferentScenarios, s => sha256(s), s => ShardMergeMessages.Scenario(scenarioName(s), sha256(s))),
        new(ShardMergeMessages.DifferentSeeds, s => seed(s), s => seed(s).ToString(CultureInfo.InvariantCulture)),
        new(ShardMergeMessages.DifferentVersions, s => version(s), s => version(s)),
    ];

    /// <summary>Reports every shard given more than once and keeps its first copy only.</summary>
    private static List<ShardPiece> DuplicatesRemoved(IReadOnlyList<ShardPiece> pieces, List<string> problems)
    {
        var distinct = new List<ShardPiece>();
        foreach (var group in pieces.GroupBy(s => s.Shard))
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

    private static List<string> OverlapProblems(List<ShardPiece> pieces)
    {
        var problems = new List<string>();
        var ranges = pieces
            .SelectMany((piece, owner) => piece.Ranges.Where(r => r.Count > 0).Select(r => (Range: r, Owner: owner)))
            .OrderBy(p => p.Range.First).ThenBy(p => p.Range.End)
            .ToList();
        var reported = new HashSet<(int, int)>();
        long reach = 0;
        int reacher = -1;
        foreach (var (range, owner) in ranges)
        {
            if (reacher >= 0 && range.First < reach && reacher != owner && reported.Add((reacher, owner)))
            {
                problems.Add(ShardMergeMessages.Overlap(pieces[reacher].Description, pieces[owner].Description));
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

    /// <summary>Names the missing shards when every piece is a shard of the same count and the gaps are exactly those shards; else the items.</summary>
    private static string MissingProblem(IReadOnlyList<ShardPiece> pieces, List<ReplicationRange> gaps, long total, ShardedWork work)
    {
        int? count = pieces.FirstOrDefault()?.Shard?.Count;
        if (count is { } n && pieces.All(s => s.Shard?.Count == n))
        {
            var present = pieces.Select(s => s.Shard!.Value).ToHashSet();
            var missing = ShardSpec.All(n).Where(s => !present.Contains(s) && s.RangeOf(total).Count > 0).ToList();
            var missingRanges = ReplicationRange.Coalesce(missing.Select(s => s.RangeOf(total)).ToList());
            if (missingRanges.SequenceEqual(ReplicationRange.Coalesce(gaps)))
            {
                return ShardMergeMessages.MissingShards(missing, total, work);
            }
        }

        return ShardMergeMessages.MissingItems(gaps, total, work);
    }
}

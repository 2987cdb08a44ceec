using System.Globalization;
using ScenarioSim.Engine;
using ScenarioSim.ScaleOut;

namespace ScenarioSim.Analysis;

/// <summary>
/// The checks before the shards of a sweep or a sensitivity design are joined: the partials must agree on
/// the scenario, seed, library version, replications per point, parameters and design size (and on what
/// the kind of analysis adds, such as the design), and their points must cover the design exactly once.
/// Refusals are those of run merges (<see cref="ShardMerge"/>), with points in place of replications.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class PointShardMerge
{
    /// <summary>Checks <paramref name="partials"/> and returns the stamp of the whole design they make up.</summary>
    /// <exception cref="Diagnostics.InvalidInputException">The partials are not exactly one design's points; every problem is listed.</exception>
    public static PointShardStamp Check<T>(IReadOnlyList<T> partials, ShardedWork work, IEnumerable<StampField<T>> designFields)
        where T : AnalysisPartial
    {
        if (partials.Count == 0)
        {
            throw ShardCoverage.Refusal([ShardMergeMessages.Nothing]);
        }

        StampField<T>[] fields =
        [
            .. ShardCoverage.IdentityFields<T>(p => p.ScenarioSha256, p => p.ScenarioName, p => p.Seed, p => p.Version),
            new(ShardMergeMessages.DifferentReplicationsPerPoint, p => p.Replications, p => p.Replications.ToString(CultureInfo.InvariantCulture)),
            new(ShardMergeMessages.DifferentParameters, p => p.Stamp.ParameterText, p => p.Stamp.ParameterText),
            new(ShardMergeMessages.DifferentDesignSizes, p => p.TotalPoints, p => string.Create(CultureInfo.InvariantCulture, $"{p.TotalPoints} points")),
            .. designFields,
        ];
        var problems = ShardCoverage.Differences(partials, p => p.Stamp.Piece(work).Label, fields);
        if (problems.Count > 0)
        {
            throw ShardCoverage.Refusal(problems);
        }

        var (coverage, _) = ShardCoverage.Check([.. partials.Select(p => p.Stamp.Piece(work))], partials[0].TotalPoints, work);
        if (coverage.Count > 0)
        {
            throw ShardCoverage.Refusal(coverage);
        }

        return partials[0].Stamp.Whole();
    }
}

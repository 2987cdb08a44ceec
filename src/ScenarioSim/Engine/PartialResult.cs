using ScenarioSim.Diagnostics;
using ScenarioSim.Results;

namespace ScenarioSim.Engine;

/// <summary>
/// The mergeable outcome of a range of replications: exact histograms of every metric and series cell,
/// stamped with the scenario's fingerprint, the seed and the range. Partials of disjoint ranges of
/// the same scenario and seed merge into exactly what one run over the union would give.
/// </summary>
/// <remarks>Immutable once created; <see cref="Merge"/> builds a new instance.</remarks>
public sealed class PartialResult
{
    internal PartialResult(string scenarioSha256, ulong seed, IReadOnlyList<ReplicationRange> ranges, ResultAccumulator accumulator)
    {
        ScenarioSha256 = scenarioSha256;
        Seed = seed;
        Ranges = ranges;
        Accumulator = accumulator;
    }

    /// <summary>The scenario's fingerprint (<see cref="ScenarioFingerprint.Sha256"/>).</summary>
    public string ScenarioSha256 { get; }

    /// <summary>The seed.</summary>
    public ulong Seed { get; }

    /// <summary>The library version that produced the partial.</summary>
    public string Version => LibraryVersion.Current;

    /// <summary>The replication ranges covered, in ascending order and disjoint.</summary>
    public IReadOnlyList<ReplicationRange> Ranges { get; }

    /// <summary>Total replications covered.</summary>
    public long Replications => Accumulator.Replications;

    internal ResultAccumulator Accumulator { get; }

    /// <summary>
    /// Merges partials of the same scenario and seed whose ranges do not overlap.
    /// </summary>
    /// <param name="partials">At least one partial.</param>
    /// <returns>A partial covering the union of the ranges.</returns>
    /// <exception cref="ScenarioValidationException">The partials differ in scenario or seed, or their ranges overlap.</exception>
    public static PartialResult Merge(IReadOnlyList<PartialResult> partials)
    {
        ArgumentNullException.ThrowIfNull(partials);
        if (partials.Count == 0)
        {
            throw new ArgumentException("Nothing to merge: no partial results.", nameof(partials));
        }

        var first = partials[0];
        var problems = new List<ScenarioDiagnostic>();
        foreach (var p in partials)
        {
            if (p.ScenarioSha256 != first.ScenarioSha256)
            {
                problems.Add(new ScenarioDiagnostic("scenario", $"partials come from different scenarios ({first.ScenarioSha256[..12]}… and {p.ScenarioSha256[..12]}…)"));
            }

            if (p.Seed != first.Seed)
            {
                problems.Add(new ScenarioDiagnostic("seed", $"partials use different seeds ({first.Seed} and {p.Seed})"));
            }
        }

        var ranges = partials.SelectMany(p => p.Ranges).OrderBy(r => r.First).ToList();
        for (int i = 1; i < ranges.Count; i++)
        {
            if (ranges[i].First < ranges[i - 1].End)
            {
                problems.Add(new ScenarioDiagnostic("ranges", $"replication ranges {ranges[i - 1]} and {ranges[i]} overlap"));
            }
        }

        if (problems.Count > 0)
        {
            throw new ScenarioValidationException(problems.Distinct().ToList());
        }

        var accumulator = first.Accumulator.Clone();
        for (int i = 1; i < partials.Count; i++)
        {
            accumulator.Combine(partials[i].Accumulator);
        }

        return new PartialResult(first.ScenarioSha256, first.Seed, ReplicationRange.Coalesce(ranges), accumulator);
    }

    /// <summary>Summarises the partial as a complete result over the replications it covers.</summary>
    public SimulationResult ToResult() => Accumulator.ToResult(Seed);
}

using System.Globalization;
using ScenarioSim.Diagnostics;

namespace ScenarioSim.Engine;

/// <summary>A contiguous range of replication indices, [<see cref="First"/>, <see cref="End"/>).</summary>
/// <param name="First">The first replication index.</param>
/// <param name="Count">How many replications.</param>
internal readonly record struct ReplicationRange(long First, long Count)
{
    /// <summary>One past the last replication index.</summary>
    public long End => First + Count;

    /// <summary>Formats the range as <c>[first, end)</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[{First}, {End})");

    /// <summary>Ranges as messages list them: <c>[0, 10) and [20, 30)</c>, or <c>none</c>.</summary>
    internal static string Describe(IReadOnlyList<ReplicationRange> ranges) =>
        ranges.Count == 0 ? "none" : Phrasing.And(ranges.Select(r => r.ToString()).ToList());

    /// <summary>Joins adjacent ranges of a sorted, disjoint list.</summary>
    internal static IReadOnlyList<ReplicationRange> Coalesce(IReadOnlyList<ReplicationRange> sorted)
    {
        var result = new List<ReplicationRange>();
        foreach (var range in sorted)
        {
            if (result.Count > 0 && result[^1].End == range.First)
            {
                result[^1] = new ReplicationRange(result[^1].First, result[^1].Count + range.Count);
            }
            else
            {
                result.Add(range);
            }
        }

        return result;
    }
}

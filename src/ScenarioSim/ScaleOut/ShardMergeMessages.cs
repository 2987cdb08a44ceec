using System.Globalization;
using ScenarioSim.Diagnostics;
using ScenarioSim.Engine;

namespace ScenarioSim.ScaleOut;

/// <summary>The messages merges of shards refuse with (<see cref="ShardMerge"/>, <see cref="ShardCoverage"/>), in one place so that tests can pin them.</summary>
internal static class ShardMergeMessages
{
    /// <summary>How many sources a message lists before it says "and n more".</summary>
    private const int ListedSources = 3;

    public const string Nothing = "no partial results to merge";

    public const string SizeUnknown =
        "the partials do not record how many replications their run has (they were not written as shards), so missing shards cannot be detected";

    /// <summary>The refusal's phrase when partials come from different scenarios.</summary>
    public const string DifferentScenarios = "come from different scenarios";

    /// <summary>The refusal's phrase when partials use different seeds.</summary>
    public const string DifferentSeeds = "use different seeds";

    /// <summary>The refusal's phrase when partials were written by different versions.</summary>
    public const string DifferentVersions = "were written by different versions of ScenarioSim";

    /// <summary>The refusal's phrase when partials belong to runs of different sizes.</summary>
    public const string DifferentSizes = "belong to runs of different sizes";

    /// <summary>The refusal's phrase when analysis partials ran their points with different replications.</summary>
    public const string DifferentReplicationsPerPoint = "use different replications per point";

    /// <summary>The refusal's phrase when analysis partials vary different parameters or ranges.</summary>
    public const string DifferentParameters = "vary different parameters";

    /// <summary>The refusal's phrase when analysis partials belong to designs of different sizes.</summary>
    public const string DifferentDesignSizes = "belong to designs of different sizes";

    /// <summary>The refusal's phrase when analysis partials come from different designs (grid or Latin hypercube; Sobol' or Morris and their settings).</summary>
    public const string DifferentDesigns = "use different designs";

    /// <summary>The refusal's phrase when sensitivity partials analyse different metrics.</summary>
    public const string DifferentMetrics = "analyse different metrics";

    /// <summary><c>partials {phrase}: value (sources) and value (sources)</c>.</summary>
    public static string Different(string phrase, IEnumerable<(string Value, IReadOnlyList<string> Sources)> groups) =>
        $"partials {phrase}: {Groups(groups)}";

    public static string Scenario(string name, string sha256) => $"'{name}' sha256 {sha256[..Math.Min(12, sha256.Length)]}…";

    public static string Size(long? total) =>
        total is { } n ? Invariant($"{n} replications") : "an unknown number of replications";

    public static string Duplicate(ShardSpec shard, IReadOnlyList<string> sources) =>
        sources.Count == 2
            ? $"shard {shard} is given twice: {Join(sources)}"
            : Invariant($"shard {shard} is given {sources.Count} times: {Join(sources)}");

    public static string Overlap(string first, string second) => $"{first} and {second} overlap";

    public static string Beyond(string partial, long total, ShardedWork work) =>
        Invariant($"{partial} reaches beyond the {work.Whole}'s {total} {work.Items}");

    public static string MissingShards(IReadOnlyList<ShardSpec> shards, long total, ShardedWork work) =>
        $"missing {(shards.Count == 1 ? "shard" : "shards")} {Join(shards.Select(s => s.ToString()).ToList())} " +
        $"({work.Items} {Join(shards.Select(s => s.RangeOf(total).ToString()).ToList())})";

    public static string MissingItems(IReadOnlyList<ReplicationRange> gaps, long total, ShardedWork work) =>
        Invariant($"missing {work.Items} {Join(gaps)} of {total}");

    /// <summary>A partial as messages name it: its source or shard, and what it covers.</summary>
    public static string Describe(string? source, ShardSpec? shard, IReadOnlyList<ReplicationRange> ranges, ShardedWork work)
    {
        string covers = $"{work.Items} {Join(ranges)}";
        return (source, shard) switch
        {
            ({ } s, { } k) => $"{s} (shard {k}, {covers})",
            ({ } s, null) => $"{s} ({covers})",
            (null, { } k) => $"shard {k} ({covers})",
            _ => $"a partial ({covers})",
        };
    }

    /// <summary>A partial's short name: its source, else its shard, else its ranges.</summary>
    public static string Label(string? source, ShardSpec? shard, IReadOnlyList<ReplicationRange> ranges, ShardedWork work) =>
        source ?? (shard is { } k ? $"shard {k}" : $"the partial of {work.Items} {Join(ranges)}");

    /// <summary>Ranges joined as a list: <c>[0, 10)</c>, <c>[0, 10) and [20, 30)</c>; empty says so.</summary>
    public static string Join(IReadOnlyList<ReplicationRange> ranges) => ReplicationRange.Describe(ranges);

    /// <summary>Items joined as English: <c>a</c>, <c>a and b</c>, <c>a, b and c</c>.</summary>
    public static string Join(IReadOnlyList<string> items) => Phrasing.And(items);

    private static string Groups(IEnumerable<(string Value, IReadOnlyList<string> Sources)> groups) =>
        Join(groups.Select(g => $"{g.Value} ({Sources(g.Sources)})").ToList());

    private static string Sources(IReadOnlyList<string> sources) =>
        sources.Count <= ListedSources
            ? string.Join(", ", sources)
            : Invariant($"{string.Join(", ", sources.Take(ListedSources))} and {sources.Count - ListedSources} more");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

using ScenarioSim.Engine;
using ScenarioSim.IO;
using ScenarioSim.Model;
using ScenarioSim.Output;
using ScenarioSim.Statistics;

namespace ScenarioSim.ScaleOut;

/// <summary>
/// The partial-result file (<c>*.partial.json</c>), format version 2, written and read as the records of
/// <see cref="PartialResultFileJson"/>: a self-contained, versioned
/// stamp followed by every histogram of the partial as sorted <c>[value, count]</c> pairs, and last its
/// content hash (<see cref="ContentSeal"/>). The bytes
/// are deterministic: fixed field order, two-space indentation, <c>\n</c> line endings, shortest
/// round-trip numbers (so values read back bit for bit), one histogram per line, a final new line.
/// The scenario is embedded in its canonical JSON form, the exact bytes its sha256 is taken of, so a
/// merge needs nothing but the partial files.
/// </summary>
/// <remarks>
/// <code>
/// {
///   "format": "scenariosim-partial-result",
///   "format_version": 2,
///   "version": "0.1.0",
///   "scenario": { "name": "baseline", "sha256": "…", "model": {…canonical scenario…} },
///   "seed": 20240927,
///   "run_replications": 1000,
///   "shard": "3/7",
///   "ranges": [ { "first": 285, "count": 143 } ],
///   "replications": 143,
///   "histograms": { "metric/militia_attacks_total": [[12,1],[15,3],…], "troops/anbar/2024-09": […], … },
///   "content_sha256": "…"
/// }
/// </code>
/// <c>run_replications</c> and <c>shard</c> are <c>null</c> for partials that are not shards. Reading checks
/// everything a merge relies on: the header and content hash (<see cref="PartialJsonReader"/>), each value as the
/// records are read (<see cref="PartialHistogramsJson"/>), then the stamp against itself and the embedded scenario,
/// and the histograms against the scenario's.
/// Stateless and thread-safe.
/// </remarks>
internal static class PartialResultJson
{
    /// <summary>The value of the <c>format</c> field.</summary>
    public const string FormatName = "scenariosim-partial-result";

    /// <summary>The format version this library writes and reads.</summary>
    public const int FormatVersion = 2;

    private const string Kind = "partial result";

    /// <summary>Writes <paramref name="partial"/> to <paramref name="stream"/>, leaving it open.</summary>
    public static void Write(Stream stream, PartialResult partial) =>
        ContentSeal.Write(stream, body => DeterministicJson.Serialize(body, ToJson(partial), PartialJsonContext.Default.PartialResultFileJson));

    /// <summary>Reads a partial, checking everything a merge relies on.</summary>
    /// <exception cref="FormatException">The content is not a valid partial of a supported version; the message names <paramref name="source"/>.</exception>
    public static PartialResult Read(Stream stream, string? source)
    {
        var reader = new PartialJsonReader(source ?? Kind, Kind);
        var file = reader.Read(stream, FormatName, FormatVersion, PartialJsonContext.Default.PartialResultFileJson);
        string version = file.Version ?? throw reader.Missing("version");
        var scenario = ReadScenario(file.Scenario ?? throw reader.Missing("scenario"), reader, out string sha256);
        ulong seed = file.Seed ?? throw reader.Missing("seed");
        long? total = file.RunReplications;
        if (total is < 1)
        {
            throw reader.Corrupt($"'run_replications' must be at least 1, but is {total}");
        }

        var ranges = ReadRanges(file.Ranges ?? throw reader.Missing("ranges"), reader);
        long replications = file.Replications ?? throw reader.Missing("replications");
        if (replications != ranges.Sum(r => r.Count))
        {
            throw reader.Corrupt($"'replications' is {replications}, but the ranges hold {ranges.Sum(r => r.Count)}");
        }

        CheckStamp(ranges, total, file.Shard, reader);
        var accumulator = new ResultAccumulator(ScenarioCompiler.Compile(scenario));
        ReadHistograms(file.Histograms ?? throw reader.Missing("histograms"), accumulator, replications, reader);
        accumulator.RestoreReplications(replications);
        return new PartialResult(sha256, seed, ranges, accumulator, version, total, file.Shard, source);
    }

    private static PartialResultFileJson ToJson(PartialResult partial) => new(
        FormatName,
        FormatVersion,
        partial.Version,
        new PartialScenarioJson(partial.Scenario.Name, partial.ScenarioSha256, partial.Scenario),
        partial.Seed,
        partial.TotalReplications,
        partial.Shard,
        [.. partial.Ranges.Select(r => new ReplicationRangeJson(r.First, r.Count))],
        partial.Replications,
        new PartialHistogramsJson([.. partial.Accumulator.Histograms().Select(h => KeyValuePair.Create(h.Key, h.Value.ToSortedCounts()))]));

    private static Scenario ReadScenario(PartialScenarioJson json, PartialJsonReader reader, out string sha256)
    {
        string name = json.Name ?? throw reader.Missing("scenario.name");
        sha256 = json.Sha256 ?? throw reader.Missing("scenario.sha256");
        var scenario = json.Model ?? throw reader.Missing("scenario.model");
        string actualSha256 = ScenarioFingerprint.Sha256(scenario);
        if (actualSha256 != sha256)
        {
            throw reader.Corrupt($"'scenario.sha256' is {sha256}, but the embedded scenario's fingerprint is {actualSha256}");
        }

        if (scenario.Name != name)
        {
            throw reader.Corrupt($"'scenario.name' is '{name}', but the embedded scenario is named '{scenario.Name}'");
        }

        if (ScenarioValidator.Validate(scenario) is { Count: > 0 } problems)
        {
            throw reader.Corrupt($"the embedded scenario is invalid: {problems[0].Message}");
        }

        return scenario;
    }

    private static List<ReplicationRange> ReadRanges(List<ReplicationRangeJson?> json, PartialJsonReader reader)
    {
        var ranges = new List<ReplicationRange>();
        foreach (var element in json)
        {
            string at = $"ranges[{ranges.Count}]";
            var entry = element ?? throw reader.Corrupt($"'{at}' must be an object, but is null");
            var range = new ReplicationRange(entry.First ?? throw reader.Missing(at + ".first"), entry.Count ?? throw reader.Missing(at + ".count"));
            if (range.First < 0 || range.Count < 1 || range.First > long.MaxValue - range.Count)
            {
                throw reader.Corrupt($"the range {range} must start at 0 or later and hold at least one replication");
            }

            if (ranges.Count > 0 && range.First < ranges[^1].End)
            {
                throw reader.Corrupt($"the ranges {ranges[^1]} and {range} are not in ascending order and disjoint");
            }

            ranges.Add(range);
        }

        return ranges;
    }

    private static void CheckStamp(List<ReplicationRange> ranges, long? total, ShardSpec? shard, PartialJsonReader reader)
    {
        if (total is { } run && ranges.Count > 0 && ranges[^1].End > run)
        {
            throw reader.Corrupt($"the range {ranges[^1]} reaches beyond the run's {run} replications");
        }

        if (shard is not { } k)
        {
            return;
        }

        if (total is not { } n)
        {
            throw reader.Corrupt($"'shard' is {k}, but 'run_replications' is null");
        }

        var expected = k.RangeOf(n);
        if (!ranges.SequenceEqual(expected.Count == 0 ? [] : [expected]))
        {
            throw reader.Corrupt($"shard {k} of {n} replications covers {expected}, but the ranges are {ShardMergeMessages.Join(ranges)}");
        }
    }

    /// <summary>Adds the file's counts to the scenario's histograms, which must be the same keys in the same order, each counting no more than the replications.</summary>
    private static void ReadHistograms(PartialHistogramsJson json, ResultAccumulator accumulator, long replications, PartialJsonReader reader)
    {
        using var expected = accumulator.Histograms().GetEnumerator();
        int index = 0;
        foreach (var (name, counts) in json.Entries)
        {
            if (!expected.MoveNext())
            {
                throw reader.Corrupt($"'histograms' has more entries than the scenario's {index} histograms, from '{name}' on");
            }

            var (key, histogram) = expected.Current;
            if (name != key)
            {
                throw reader.Corrupt($"histogram {index} is '{name}', but the scenario's histogram {index} is '{key}'");
            }

            foreach (var (value, count) in counts)
            {
                histogram.AddCount(value, count);
            }

            bool everyReplication = !key.StartsWith(ResultAccumulator.MetricKeyPrefix, StringComparison.Ordinal);
            if (histogram.Count > replications || (everyReplication && histogram.Count != replications))
            {
                throw reader.Corrupt($"histogram '{key}' counts {histogram.Count} values, but the partial has {replications} replications");
            }

            index++;
        }

        if (expected.MoveNext())
        {
            throw reader.Corrupt($"'histograms' ends after {index} entries; histogram '{expected.Current.Key}' and any after it are missing");
        }
    }
}

using System.Globalization;
using System.Text.Json;
using ScenarioSim.Engine;
using ScenarioSim.IO;
using ScenarioSim.Model;
using ScenarioSim.Output;
using ScenarioSim.Statistics;
using F = ScenarioSim.ScaleOut.PartialJsonFields;

namespace ScenarioSim.ScaleOut;

/// <summary>
/// The partial-result file (<c>*.partial.json</c>), format version 2: a self-contained, versioned
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
/// <c>run_replications</c> and <c>shard</c> are <c>null</c> for partials that are not shards.
/// Stateless and thread-safe.
/// </remarks>
internal static class PartialResultJson
{
    /// <summary>The value of the <c>format</c> field.</summary>
    public const string FormatName = "scenariosim-partial-result";

    /// <summary>The format version this library writes and reads.</summary>
    public const int FormatVersion = 2;

    private const string Model = "model";
    private const string RunReplications = "run_replications";
    private const string Ranges = "ranges";
    private const string First = "first";
    private const string Count = "count";
    private const string Histograms = "histograms";

    /// <summary>Writes <paramref name="partial"/> to <paramref name="stream"/>, leaving it open.</summary>
    public static void Write(Stream stream, PartialResult partial) =>
        ContentSeal.Write(stream, body => WriteBody(body, partial));

    private static void WriteBody(Stream stream, PartialResult partial)
    {
        using (var json = new Utf8JsonWriter(stream, DeterministicJson.Options))
        {
            json.WriteStartObject();
            json.WriteString(F.Format, FormatName);
            json.WriteNumber(F.FormatVersion, FormatVersion);
            json.WriteString(F.Version, partial.Version);

            json.WriteStartObject(F.Scenario);
            json.WriteString(F.Name, partial.Scenario.Name);
            json.WriteString(F.Sha256, partial.ScenarioSha256);
            json.WritePropertyName(Model);
            json.WriteRawValue(ScenarioFingerprint.CanonicalJson(partial.Scenario), skipInputValidation: true);
            json.WriteEndObject();

            json.WriteNumber(F.Seed, partial.Seed);
            if (partial.TotalReplications is { } total)
            {
                json.WriteNumber(RunReplications, total);
            }
            else
            {
                json.WriteNull(RunReplications);
            }

            if (partial.Shard is { } shard)
            {
                json.WriteString(F.Shard, shard.ToString());
            }
            else
            {
                json.WriteNull(F.Shard);
            }

            json.WriteStartArray(Ranges);
            foreach (var range in partial.Ranges)
            {
                json.WriteStartObject();
                json.WriteNumber(First, range.First);
                json.WriteNumber(Count, range.Count);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteNumber(F.Replications, partial.Replications);

            json.WriteStartObject(Histograms);
            using (var compact = new CompactJsonValues())
            {
                foreach (var (key, histogram) in partial.Accumulator.Histograms())
                {
                    json.WritePropertyName(key);
                    compact.Write(json, c => WriteCounts(c, histogram));
                }
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
    }

    /// <summary>Reads a partial, checking everything a merge relies on.</summary>
    /// <exception cref="FormatException">The content is not a valid partial of a supported version; the message names <paramref name="source"/>.</exception>
    public static PartialResult Read(Stream stream, string? source)
    {
        var reader = new PartialJsonReader(source ?? "partial result", "partial result");
        using var document = reader.Parse(stream);
        return Read(document.RootElement, reader, source);
    }

    private static PartialResult Read(JsonElement root, PartialJsonReader reader, string? source)
    {
        reader.CheckFormat(root, FormatName, FormatVersion);
        string version = reader.String(root, F.Version);
        var scenarioElement = reader.Property(root, F.Scenario, JsonValueKind.Object);
        string scenarioName = reader.String(scenarioElement, F.Name, F.Scenario + ".");
        string sha256 = reader.String(scenarioElement, F.Sha256, F.Scenario + ".");
        var scenario = ReadScenario(reader.Property(scenarioElement, Model, JsonValueKind.Object, F.Scenario + "."), reader);
        string actualSha256 = ScenarioFingerprint.Sha256(scenario);
        if (actualSha256 != sha256)
        {
            throw reader.Corrupt($"'{F.Scenario}.{F.Sha256}' is {sha256}, but the embedded scenario's fingerprint is {actualSha256}");
        }

        if (scenario.Name != scenarioName)
        {
            throw reader.Corrupt($"'{F.Scenario}.{F.Name}' is '{scenarioName}', but the embedded scenario is named '{scenario.Name}'");
        }

        if (ScenarioValidator.Validate(scenario) is { Count: > 0 } problems)
        {
            throw reader.Corrupt($"the embedded scenario is invalid: {problems[0].Message}");
        }

        ulong seed = reader.UInt64(root, F.Seed);
        long? total = reader.NullableWhole(root, RunReplications);
        if (total is < 1)
        {
            throw reader.Corrupt($"'{RunReplications}' must be at least 1, but is {total}");
        }

        var shard = reader.Shard(root, F.Shard);
        var ranges = ReadRanges(root, reader);
        long replications = reader.Whole(root, F.Replications);
        if (replications != ranges.Sum(r => r.Count))
        {
            throw reader.Corrupt($"'{F.Replications}' is {replications}, but the ranges hold {ranges.Sum(r => r.Count)}");
        }

        CheckStamp(ranges, total, shard, reader);
        var accumulator = new ResultAccumulator(ScenarioCompiler.Compile(scenario));
        ReadHistograms(reader.Property(root, Histograms, JsonValueKind.Object), accumulator, replications, reader);
        accumulator.RestoreReplications(replications);
        return new PartialResult(sha256, seed, ranges, accumulator, version, total, shard, source);
    }

    private static Scenario ReadScenario(JsonElement model, PartialJsonReader reader)
    {
        try
        {
            return model.Deserialize<Scenario>(ScenarioFingerprint.CanonicalOptions)
                ?? throw reader.Corrupt($"'{F.Scenario}.{Model}' is not a scenario");
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            throw reader.Corrupt($"'{F.Scenario}.{Model}' is not a scenario ({e.Message})");
        }
    }

    private static List<ReplicationRange> ReadRanges(JsonElement root, PartialJsonReader reader)
    {
        var ranges = new List<ReplicationRange>();
        foreach (var element in reader.Property(root, Ranges, JsonValueKind.Array).EnumerateArray())
        {
            reader.Expect(element, JsonValueKind.Object, $"an entry of '{Ranges}'");
            var range = new ReplicationRange(reader.Whole(element, First, Ranges + "[]."), reader.Whole(element, Count, Ranges + "[]."));
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
            throw reader.Corrupt($"'{F.Shard}' is {k}, but '{RunReplications}' is null");
        }

        var expected = k.RangeOf(n);
        if (!ranges.SequenceEqual(expected.Count == 0 ? [] : [expected]))
        {
            throw reader.Corrupt($"shard {k} of {n} replications covers {expected}, but the ranges are {ShardMergeMessages.Join(ranges)}");
        }
    }

    private static void ReadHistograms(JsonElement histograms, ResultAccumulator accumulator, long replications, PartialJsonReader reader)
    {
        using var expected = accumulator.Histograms().GetEnumerator();
        int index = 0;
        foreach (var property in histograms.EnumerateObject())
        {
            if (!expected.MoveNext())
            {
                throw reader.Corrupt($"'{Histograms}' has more entries than the scenario's {index} histograms, from '{property.Name}' on");
            }

            var (key, histogram) = expected.Current;
            if (property.Name != key)
            {
                throw reader.Corrupt($"histogram {index} is '{property.Name}', but the scenario's histogram {index} is '{key}'");
            }

            ReadCounts(property.Value, histogram, key, reader);
            bool everyReplication = !key.StartsWith(ResultAccumulator.MetricKeyPrefix, StringComparison.Ordinal);
            if (histogram.Count > replications || (everyReplication && histogram.Count != replications))
            {
                throw reader.Corrupt($"histogram '{key}' counts {histogram.Count} values, but the partial has {replications} replications");
            }

            index++;
        }

        if (expected.MoveNext())
        {
            throw reader.Corrupt($"'{Histograms}' ends after {index} entries; histogram '{expected.Current.Key}' and any after it are missing");
        }
    }

    private static void ReadCounts(JsonElement counts, ValueHistogram histogram, string key, PartialJsonReader reader)
    {
        reader.Expect(counts, JsonValueKind.Array, $"histogram '{key}'");
        var rule = HistogramValueRule.For(key);
        double previous = double.NegativeInfinity;
        bool any = false;
        foreach (var pair in counts.EnumerateArray())
        {
            if (pair.ValueKind != JsonValueKind.Array || pair.GetArrayLength() != 2)
            {
                throw reader.Corrupt($"histogram '{key}' holds {pair.GetRawText()}, not a [value, count] pair");
            }

            double value = ReadValue(pair[0]) ?? throw reader.Corrupt($"histogram '{key}' holds the value {pair[0].GetRawText()}, not a number");
            if (!rule.Allows(value))
            {
                throw reader.Corrupt($"histogram '{key}' holds the value {pair[0].GetRawText()}, which no run writes there: its values are {rule.Rule}");
            }

            if (!pair[1].TryGetInt64(out long count) || count < 1)
            {
                throw reader.Corrupt($"histogram '{key}' holds the count {pair[1].GetRawText()}, not a whole number >= 1");
            }

            if (any && !(value > previous))
            {
                throw reader.Corrupt($"histogram '{key}' holds the value {pair[0].GetRawText()} after {previous.ToString("R", CultureInfo.InvariantCulture)}; values must ascend");
            }

            histogram.AddCount(value, count);
            previous = value;
            any = true;
        }
    }

    private static void WriteCounts(Utf8JsonWriter json, ValueHistogram histogram)
    {
        json.WriteStartArray();
        foreach (var (value, count) in histogram.ToSortedCounts())
        {
            json.WriteStartArray();
            if (double.IsFinite(value))
            {
                json.WriteNumberValue(value);
            }
            else
            {
                // JSON has no infinities; a histogram holds no NaN.
                json.WriteStringValue(value > 0 ? "Infinity" : "-Infinity");
            }

            json.WriteNumberValue(count);
            json.WriteEndArray();
        }

        json.WriteEndArray();
    }

    private static double? ReadValue(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number when element.TryGetDouble(out double value) && double.IsFinite(value) => value,
        JsonValueKind.String when element.ValueEquals("Infinity") => double.PositiveInfinity,
        JsonValueKind.String when element.ValueEquals("-Infinity") => double.NegativeInfinity,
        _ => null,
    };
}

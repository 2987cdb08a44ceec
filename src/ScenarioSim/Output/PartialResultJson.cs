using System.Buffers;
using System.Globalization;
using System.Text.Json;
using ScenarioSim.Engine;
using ScenarioSim.Model;
using ScenarioSim.Statistics;

namespace ScenarioSim.Output;

/// <summary>
/// The partial-result file (<c>*.partial.json</c>), format version 1: a self-contained, versioned
/// stamp followed by every histogram of the partial as sorted <c>[value, count]</c> pairs. The bytes
/// are deterministic: fixed field order, two-space indentation, <c>\n</c> line endings, shortest
/// round-trip numbers (so values read back bit for bit), one histogram per line, a final new line.
/// The scenario is embedded in its canonical JSON form, the exact bytes its sha256 is taken of, so a
/// merge needs nothing but the partial files.
/// </summary>
/// <remarks>
/// <code>
/// {
///   "format": "scenariosim-partial-result",
///   "format_version": 1,
///   "version": "0.1.0",
///   "scenario": { "name": "baseline", "sha256": "…", "model": {…canonical scenario…} },
///   "seed": 20240927,
///   "run_replications": 1000,
///   "shard": "3/7",
///   "ranges": [ { "first": 285, "count": 143 } ],
///   "replications": 143,
///   "histograms": { "metric/militia_attacks_total": [[12,1],[15,3],…], "troops/anbar/2024-09": […], … }
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
    public const int FormatVersion = 1;

    private const string Format = "format";
    private const string FormatVersionField = "format_version";
    private const string Version = "version";
    private const string Scenario = "scenario";
    private const string Name = "name";
    private const string Sha256 = "sha256";
    private const string Model = "model";
    private const string Seed = "seed";
    private const string RunReplications = "run_replications";
    private const string Shard = "shard";
    private const string Ranges = "ranges";
    private const string First = "first";
    private const string Count = "count";
    private const string Replications = "replications";
    private const string Histograms = "histograms";

    private static readonly JsonWriterOptions CompactOptions = new() { Indented = false };

    /// <summary>Writes <paramref name="partial"/> to <paramref name="stream"/>, leaving it open.</summary>
    public static void Write(Stream stream, PartialResult partial)
    {
        using (var json = new Utf8JsonWriter(stream, DeterministicJson.Options))
        {
            json.WriteStartObject();
            json.WriteString(Format, FormatName);
            json.WriteNumber(FormatVersionField, FormatVersion);
            json.WriteString(Version, partial.Version);

            json.WriteStartObject(Scenario);
            json.WriteString(Name, partial.Scenario.Name);
            json.WriteString(Sha256, partial.ScenarioSha256);
            json.WritePropertyName(Model);
            json.WriteRawValue(ScenarioFingerprint.CanonicalJson(partial.Scenario), skipInputValidation: true);
            json.WriteEndObject();

            json.WriteNumber(Seed, partial.Seed);
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
                json.WriteString(Shard, shard.ToString());
            }
            else
            {
                json.WriteNull(Shard);
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
            json.WriteNumber(Replications, partial.Replications);

            json.WriteStartObject(Histograms);
            var buffer = new ArrayBufferWriter<byte>();
            using (var compact = new Utf8JsonWriter(buffer, CompactOptions))
            {
                foreach (var (key, histogram) in partial.Accumulator.Histograms())
                {
                    buffer.ResetWrittenCount();
                    compact.Reset(buffer);
                    WriteCounts(compact, histogram);
                    compact.Flush();
                    json.WritePropertyName(key);
                    json.WriteRawValue(buffer.WrittenSpan, skipInputValidation: true);
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
        string name = source ?? "partial result";
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream);
        }
        catch (JsonException e)
        {
            throw Corrupt(name, $"it is not valid JSON ({e.Message})");
        }

        using (document)
        {
            return Read(document.RootElement, name, source);
        }
    }

    private static PartialResult Read(JsonElement root, string name, string? source)
    {
        Expect(root, JsonValueKind.Object, "the document", name);
        string format = String(root, Format, name);
        if (format != FormatName)
        {
            throw Corrupt(name, $"'{Format}' is \"{format}\", expected \"{FormatName}\"");
        }

        long formatVersion = Whole(root, FormatVersionField, name);
        if (formatVersion != FormatVersion)
        {
            throw new FormatException(
                $"{name}: partial-result format version {formatVersion} is not supported; this version of ScenarioSim reads version {FormatVersion}.");
        }

        string version = String(root, Version, name);
        var scenarioElement = Property(root, Scenario, JsonValueKind.Object, name);
        string scenarioName = String(scenarioElement, Name, name, Scenario + ".");
        string sha256 = String(scenarioElement, Sha256, name, Scenario + ".");
        var scenario = ReadScenario(Property(scenarioElement, Model, JsonValueKind.Object, name, Scenario + "."), name);
        string actualSha256 = ScenarioFingerprint.Sha256(scenario);
        if (actualSha256 != sha256)
        {
            throw Corrupt(name, $"'{Scenario}.{Sha256}' is {sha256}, but the embedded scenario's fingerprint is {actualSha256}");
        }

        if (scenario.Name != scenarioName)
        {
            throw Corrupt(name, $"'{Scenario}.{Name}' is '{scenarioName}', but the embedded scenario is named '{scenario.Name}'");
        }

        if (ScenarioValidator.Validate(scenario) is { Count: > 0 } problems)
        {
            throw Corrupt(name, $"the embedded scenario is invalid: {problems[0].Message}");
        }

        ulong seed = Property(root, Seed, JsonValueKind.Number, name).TryGetUInt64(out ulong s)
            ? s
            : throw Corrupt(name, $"'{Seed}' must be a whole number from 0 to {ulong.MaxValue}");
        long? total = NullableWhole(root, RunReplications, name);
        if (total is < 1)
        {
            throw Corrupt(name, $"'{RunReplications}' must be at least 1, but is {total}");
        }

        ShardSpec? shard = null;
        var shardElement = Property(root, Shard, null, name);
        if (shardElement.ValueKind != JsonValueKind.Null)
        {
            Expect(shardElement, JsonValueKind.String, $"'{Shard}'", name);
            if (!ShardSpec.TryParse(shardElement.GetString(), out var parsed, out string? problem))
            {
                throw Corrupt(name, $"'{Shard}' is not a shard: {problem}");
            }

            shard = parsed;
        }

        var ranges = ReadRanges(root, name);
        long replications = Whole(root, Replications, name);
        if (replications != ranges.Sum(r => r.Count))
        {
            throw Corrupt(name, $"'{Replications}' is {replications}, but the ranges hold {ranges.Sum(r => r.Count)}");
        }

        CheckStamp(ranges, total, shard, name);
        var accumulator = new ResultAccumulator(ScenarioCompiler.Compile(scenario));
        ReadHistograms(Property(root, Histograms, JsonValueKind.Object, name), accumulator, replications, name);
        accumulator.RestoreReplications(replications);
        return new PartialResult(sha256, seed, ranges, accumulator, version, total, shard, source);
    }

    private static Scenario ReadScenario(JsonElement model, string name)
    {
        try
        {
            return model.Deserialize<Scenario>(ScenarioFingerprint.CanonicalOptions)
                ?? throw Corrupt(name, $"'{Scenario}.{Model}' is not a scenario");
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            throw Corrupt(name, $"'{Scenario}.{Model}' is not a scenario ({e.Message})");
        }
    }

    private static List<ReplicationRange> ReadRanges(JsonElement root, string name)
    {
        var ranges = new List<ReplicationRange>();
        foreach (var element in Property(root, Ranges, JsonValueKind.Array, name).EnumerateArray())
        {
            Expect(element, JsonValueKind.Object, $"an entry of '{Ranges}'", name);
            var range = new ReplicationRange(Whole(element, First, name, Ranges + "[]."), Whole(element, Count, name, Ranges + "[]."));
            if (range.First < 0 || range.Count < 1 || range.First > long.MaxValue - range.Count)
            {
                throw Corrupt(name, $"the range {range} must start at 0 or later and hold at least one replication");
            }

            if (ranges.Count > 0 && range.First < ranges[^1].End)
            {
                throw Corrupt(name, $"the ranges {ranges[^1]} and {range} are not in ascending order and disjoint");
            }

            ranges.Add(range);
        }

        return ranges;
    }

    private static void CheckStamp(List<ReplicationRange> ranges, long? total, ShardSpec? shard, string name)
    {
        if (total is { } run && ranges.Count > 0 && ranges[^1].End > run)
        {
            throw Corrupt(name, $"the range {ranges[^1]} reaches beyond the run's {run} replications");
        }

        if (shard is not { } k)
        {
            return;
        }

        if (total is not { } n)
        {
            throw Corrupt(name, $"'{Shard}' is {k}, but '{RunReplications}' is null");
        }

        var expected = k.RangeOf(n);
        if (!ranges.SequenceEqual(expected.Count == 0 ? [] : [expected]))
        {
            throw Corrupt(name, $"shard {k} of {n} replications covers {expected}, but the ranges are {ShardMergeMessages.Join(ranges)}");
        }
    }

    private static void ReadHistograms(JsonElement histograms, ResultAccumulator accumulator, long replications, string name)
    {
        using var expected = accumulator.Histograms().GetEnumerator();
        int index = 0;
        foreach (var property in histograms.EnumerateObject())
        {
            if (!expected.MoveNext())
            {
                throw Corrupt(name, $"'{Histograms}' has more entries than the scenario's {index} histograms, from '{property.Name}' on");
            }

            var (key, histogram) = expected.Current;
            if (property.Name != key)
            {
                throw Corrupt(name, $"histogram {index} is '{property.Name}', but the scenario's histogram {index} is '{key}'");
            }

            ReadCounts(property.Value, histogram, key, name);
            bool everyReplication = !key.StartsWith(ResultAccumulator.MetricKeyPrefix, StringComparison.Ordinal);
            if (histogram.Count > replications || (everyReplication && histogram.Count != replications))
            {
                throw Corrupt(name, $"histogram '{key}' counts {histogram.Count} values, but the partial has {replications} replications");
            }

            index++;
        }

        if (expected.MoveNext())
        {
            throw Corrupt(name, $"'{Histograms}' ends after {index} entries; histogram '{expected.Current.Key}' and any after it are missing");
        }
    }

    private static void ReadCounts(JsonElement counts, ValueHistogram histogram, string key, string name)
    {
        Expect(counts, JsonValueKind.Array, $"histogram '{key}'", name);
        double previous = double.NegativeInfinity;
        bool any = false;
        foreach (var pair in counts.EnumerateArray())
        {
            if (pair.ValueKind != JsonValueKind.Array || pair.GetArrayLength() != 2)
            {
                throw Corrupt(name, $"histogram '{key}' holds {pair.GetRawText()}, not a [value, count] pair");
            }

            double value = ReadValue(pair[0]) ?? throw Corrupt(name, $"histogram '{key}' holds the value {pair[0].GetRawText()}, not a number");
            if (!pair[1].TryGetInt64(out long count) || count < 1)
            {
                throw Corrupt(name, $"histogram '{key}' holds the count {pair[1].GetRawText()}, not a whole number >= 1");
            }

            if (any && !(value > previous))
            {
                throw Corrupt(name, $"histogram '{key}' holds the value {pair[0].GetRawText()} after {previous.ToString("R", CultureInfo.InvariantCulture)}; values must ascend");
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

    private static JsonElement Property(JsonElement parent, string property, JsonValueKind? kind, string name, string path = "")
    {
        if (!parent.TryGetProperty(property, out var value))
        {
            throw Corrupt(name, $"'{path}{property}' is missing");
        }

        if (kind is { } k)
        {
            Expect(value, k, $"'{path}{property}'", name);
        }

        return value;
    }

    private static string String(JsonElement parent, string property, string name, string path = "") =>
        Property(parent, property, JsonValueKind.String, name, path).GetString()!;

    private static long Whole(JsonElement parent, string property, string name, string path = "") =>
        Property(parent, property, JsonValueKind.Number, name, path).TryGetInt64(out long value)
            ? value
            : throw Corrupt(name, $"'{path}{property}' must be a whole number");

    private static long? NullableWhole(JsonElement parent, string property, string name) =>
        Property(parent, property, null, name).ValueKind == JsonValueKind.Null ? null : Whole(parent, property, name);

    private static void Expect(JsonElement element, JsonValueKind kind, string what, string name)
    {
        if (element.ValueKind != kind)
        {
            throw Corrupt(name, $"{what} must be {Describe(kind)}, but is {Describe(element.ValueKind)}");
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    private static FormatException Corrupt(string name, string detail) =>
        new($"{name}: not a valid ScenarioSim partial result: {detail}.");
}

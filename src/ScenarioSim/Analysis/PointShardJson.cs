using System.Text.Json;
using ScenarioSim.IO;
using ScenarioSim.ScaleOut;

namespace ScenarioSim.Analysis;

/// <summary>
/// The layout the analysis partial files share (<c>sweep-K-of-N.partial.json</c>,
/// <c>sensitivity-K-of-N.partial.json</c>), format version 2: the stamp, what the kind of analysis adds
/// (its design), the points held, then one row per point on one line, each part written and read as a
/// record of <see cref="PointShardJsonContext"/> (<see cref="PointShardHeadJson"/>, the kind's,
/// <see cref="PointShardRangeJson"/>, per row <see cref="PointRowJson"/> and the kind's) laid out in turn
/// (<see cref="JsonMembers"/>), and sealed last (<see cref="ContentSeal"/>). Deterministic to the byte like
/// every ScenarioSim JSON file (<see cref="DeterministicJson"/>); numbers are shortest round-trip, so
/// parameter values and outputs read back bit for bit.
/// </summary>
/// <remarks>
/// <code>
/// {
///   "format": "scenariosim-sweep-partial",
///   "format_version": 1,
///   "version": "0.1.0",
///   "scenario": { "name": "baseline", "sha256": "…" },
///   "seed": 20240927,
///   "replications": 1000,
///   "parameters": [ { "path": "militia.casualties.p_fatal", "low": 0.003, "high": 0.012, "steps": 4 } ],
///   …the kind's design fields…,
///   "design_points": 4,
///   "shard": "2/3",
///   "first_point": 1,
///   "point_count": 1,
///   "rows": [
///     {"point":1,"values":[0.006],…the kind's row fields…}
///   ]
/// }
/// </code>
/// Stateless and thread-safe.
/// </remarks>
internal static class PointShardJson
{
    /// <summary>The format version of both analysis partial files.</summary>
    public const int FormatVersion = 2;

    private const string Rows = "rows";

    private static PointShardJsonContext Context => PointShardJsonContext.Default;

    /// <summary>
    /// Writes a partial: the stamp, then <paramref name="writeDesign"/>'s fields, the points held, and one row per
    /// point (its index and values, then <paramref name="writeRow"/>'s fields).
    /// </summary>
    public static void Write<T>(
        Stream stream, string formatName, PointShardStamp stamp, Action<Utf8JsonWriter> writeDesign,
        IReadOnlyList<T> rows, Func<T, IReadOnlyList<double>> values, Action<Utf8JsonWriter, T> writeRow)
    {
        var head = new PointShardHeadJson(
            formatName, FormatVersion, stamp.Version, new PartialScenarioJson(stamp.ScenarioName, stamp.ScenarioSha256), stamp.Seed, stamp.Replications,
            [.. stamp.Parameters.Select(p => new ParameterRangeJson(p.Path, p.Low, p.High, p.Steps))]);
        var range = new PointShardRangeJson(stamp.TotalPoints, stamp.Shard, stamp.FirstPoint, stamp.PointCount);
        ContentSeal.Write(stream, body => DeterministicJson.Write(body, json =>
        {
            json.WriteStartObject();
            JsonMembers.Write(json, head, Context.PointShardHeadJson);
            writeDesign(json);
            JsonMembers.Write(json, range, Context.PointShardRangeJson);
            json.WriteStartArray(Rows);
            using (var compact = new CompactJsonValues())
            {
                for (int i = 0; i < rows.Count; i++)
                {
                    var point = new PointRowJson(stamp.FirstPoint + i, [.. values(rows[i])]);
                    var row = rows[i];
                    compact.WriteElement(json, c =>
                    {
                        c.WriteStartObject();
                        JsonMembers.Write(c, point, Context.PointRowJson);
                        writeRow(c, row);
                        c.WriteEndObject();
                    });
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }));
    }

    /// <summary>
    /// Reads a partial of the format <paramref name="formatName"/>: checks the format and the stamp, then lets
    /// <paramref name="read"/> read the kind's fields and rows (see <see cref="ReadRows"/>).
    /// </summary>
    /// <param name="stream">The UTF-8 JSON.</param>
    /// <param name="source">Names the stream in messages; <see langword="null"/> says <paramref name="kind"/>.</param>
    /// <param name="kind">What the file should be, e.g. <c>sweep partial</c>.</param>
    /// <param name="formatName">The expected <c>format</c>.</param>
    /// <param name="read">Reads the rest from the reader, the document's root and the stamp.</param>
    /// <exception cref="FormatException">The content is not a valid partial of this kind; the message names the source.</exception>
    public static T Read<T>(Stream stream, string? source, string kind, string formatName, Func<PartialJsonReader, JsonElement, PointShardStamp, T> read)
    {
        var reader = new PartialJsonReader(source ?? kind, kind);
        using var document = reader.Parse(stream);
        var root = document.RootElement;
        reader.CheckFormat(root, formatName, FormatVersion);
        return read(reader, root, ReadStamp(reader, root, source));
    }

    /// <summary>
    /// Reads the rows, checking that they are exactly the points the stamp holds, in order, each with one
    /// finite value per parameter; <paramref name="readRow"/> reads the rest of a row given its index and values.
    /// </summary>
    public static List<T> ReadRows<T>(PartialJsonReader reader, JsonElement root, PointShardStamp stamp, Func<JsonElement, int, double[], T> readRow)
    {
        if (!root.TryGetProperty(Rows, out var rows))
        {
            throw reader.Missing(Rows);
        }

        reader.Expect(rows, JsonValueKind.Array, $"'{Rows}'");
        if (rows.GetArrayLength() != stamp.PointCount)
        {
            throw reader.Corrupt($"'point_count' is {stamp.PointCount}, but '{Rows}' holds {rows.GetArrayLength()} rows");
        }

        var result = new List<T>(stamp.PointCount);
        int index = stamp.FirstPoint;
        foreach (var row in rows.EnumerateArray())
        {
            string at = $"{Rows}[{result.Count}]";
            reader.Expect(row, JsonValueKind.Object, $"row {result.Count}");
            var point = reader.Deserialize(row, Context.PointRowJson, at)!;
            long number = point.Point ?? throw reader.Missing(at + ".point");
            if (number != index)
            {
                throw reader.Corrupt($"row {result.Count} is point {number}, but the rows must be points {stamp.FirstPoint} to {stamp.FirstPoint + stamp.PointCount - 1} in order");
            }

            var values = point.Values ?? throw reader.Missing(at + ".values");
            if (values.Count != stamp.Parameters.Count)
            {
                throw reader.Corrupt($"point {index} has {values.Count} values for {stamp.Parameters.Count} parameters");
            }

            result.Add(readRow(row, index, [.. values]));
            index++;
        }

        return result;
    }

    private static PointShardStamp ReadStamp(PartialJsonReader reader, JsonElement root, string? source)
    {
        var head = reader.Deserialize(root, Context.PointShardHeadJson)!;
        var range = reader.Deserialize(root, Context.PointShardRangeJson)!;
        string version = head.Version ?? throw reader.Missing("version");
        var scenario = head.Scenario ?? throw reader.Missing("scenario");
        string name = scenario.Name ?? throw reader.Missing("scenario.name");
        string sha256 = scenario.Sha256 ?? throw reader.Missing("scenario.sha256");
        ulong seed = head.Seed ?? throw reader.Missing("seed");
        int replications = reader.Count(head.Replications, "replications", minimum: 1);
        var parameters = ReadParameters(reader, head.Parameters ?? throw reader.Missing("parameters"));
        int total = reader.Count(range.DesignPoints, "design_points", minimum: 1);
        var shard = range.Shard;
        int first = reader.Count(range.FirstPoint, "first_point", minimum: 0);
        int count = reader.Count(range.PointCount, "point_count", minimum: 0);
        if ((long)first + count > total)
        {
            throw reader.Corrupt($"the points [{first}, {(long)first + count}) reach beyond the design's {total} points");
        }

        if (shard is { } k && (k.StartOf(total) != first || k.EndOf(total) != first + count))
        {
            throw reader.Corrupt($"shard {k} of {total} points holds [{k.StartOf(total)}, {k.EndOf(total)}), but the partial holds [{first}, {first + count})");
        }

        return new PointShardStamp(version, name, sha256, seed, replications, parameters, total, shard, first, count, source);
    }

    private static List<ParameterRange> ReadParameters(PartialJsonReader reader, List<ParameterRangeJson?> json)
    {
        var parameters = new List<ParameterRange>();
        foreach (var element in json)
        {
            string at = $"parameters[{parameters.Count}]";
            var entry = element ?? throw reader.Corrupt($"'{at}' must be an object, but is null");
            string path = entry.Path ?? throw reader.Missing(at + ".path");
            double low = entry.Low ?? throw reader.Missing(at + ".low");
            double high = entry.High ?? throw reader.Missing(at + ".high");
            int? steps = entry.Steps is null ? null : reader.Count(entry.Steps, at + ".steps", minimum: 1);
            if (low > high || parameters.Exists(p => p.Path == path))
            {
                throw reader.Corrupt($"the parameter '{path}' must have low <= high and appear once");
            }

            parameters.Add(new ParameterRange(path, low, high, steps));
        }

        return parameters.Count > 0 ? parameters : throw reader.Corrupt("'parameters' is empty");
    }
}

using System.Text.Json;
using ScenarioSim.IO;
using ScenarioSim.Output;
using ScenarioSim.ScaleOut;
using F = ScenarioSim.ScaleOut.PartialJsonFields;

namespace ScenarioSim.Analysis;

/// <summary>
/// The layout the analysis partial files share (<c>sweep-K-of-N.partial.json</c>,
/// <c>sensitivity-K-of-N.partial.json</c>), format version 1: the stamp, what the kind of analysis adds
/// (its design), the points held, then one row per point on one line. Deterministic to the byte like
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

    private const string Parameters = "parameters";
    private const string Path = "path";
    private const string Low = "low";
    private const string High = "high";
    private const string Steps = "steps";
    private const string DesignPoints = "design_points";
    private const string FirstPoint = "first_point";
    private const string PointCount = "point_count";
    private const string Rows = "rows";
    private const string Point = "point";
    private const string Values = "values";

    /// <summary>
    /// Writes a partial: the stamp, then <paramref name="writeDesign"/>'s fields, the points held, and one row per
    /// point (its index and values, then <paramref name="writeRow"/>'s fields).
    /// </summary>
    public static void Write<T>(
        Stream stream, string formatName, PointShardStamp stamp, Action<Utf8JsonWriter> writeDesign,
        IReadOnlyList<T> rows, Func<T, IReadOnlyList<double>> values, Action<Utf8JsonWriter, T> writeRow)
    {
        ContentSeal.Write(stream, body => DeterministicJson.Write(body, json =>
        {
            json.WriteStartObject();
            json.WriteString(F.Format, formatName);
            json.WriteNumber(F.FormatVersion, FormatVersion);
            json.WriteString(F.Version, stamp.Version);
            json.WriteStartObject(F.Scenario);
            json.WriteString(F.Name, stamp.ScenarioName);
            json.WriteString(F.Sha256, stamp.ScenarioSha256);
            json.WriteEndObject();
            json.WriteNumber(F.Seed, stamp.Seed);
            json.WriteNumber(F.Replications, stamp.Replications);
            WriteParameters(json, stamp.Parameters);
            writeDesign(json);
            json.WriteNumber(DesignPoints, stamp.TotalPoints);
            if (stamp.Shard is { } shard)
            {
                json.WriteString(F.Shard, shard.ToString());
            }
            else
            {
                json.WriteNull(F.Shard);
            }

            json.WriteNumber(FirstPoint, stamp.FirstPoint);
            json.WriteNumber(PointCount, stamp.PointCount);
            json.WriteStartArray(Rows);
            using (var compact = new CompactJsonValues())
            {
                for (int i = 0; i < rows.Count; i++)
                {
                    int index = stamp.FirstPoint + i;
                    var row = rows[i];
                    compact.WriteElement(json, c =>
                    {
                        c.WriteStartObject();
                        c.WriteNumber(Point, index);
                        c.WriteStartArray(Values);
                        foreach (double value in values(row))
                        {
                            c.WriteNumberValue(value);
                        }

                        c.WriteEndArray();
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
        var rows = reader.Property(root, Rows, JsonValueKind.Array);
        if (rows.GetArrayLength() != stamp.PointCount)
        {
            throw reader.Corrupt($"'{PointCount}' is {stamp.PointCount}, but '{Rows}' holds {rows.GetArrayLength()} rows");
        }

        var result = new List<T>(stamp.PointCount);
        int index = stamp.FirstPoint;
        foreach (var row in rows.EnumerateArray())
        {
            reader.Expect(row, JsonValueKind.Object, $"row {result.Count}");
            long point = reader.Whole(row, Point, $"{Rows}[{result.Count}].");
            if (point != index)
            {
                throw reader.Corrupt($"row {result.Count} is point {point}, but the rows must be points {stamp.FirstPoint} to {stamp.FirstPoint + stamp.PointCount - 1} in order");
            }

            var values = reader.Property(row, Values, JsonValueKind.Array, $"{Rows}[{result.Count}].");
            if (values.GetArrayLength() != stamp.Parameters.Count)
            {
                throw reader.Corrupt($"point {index} has {values.GetArrayLength()} values for {stamp.Parameters.Count} parameters");
            }

            double[] numbers = [.. values.EnumerateArray().Select(v => reader.Finite(v, $"a value of point {index}"))];
            result.Add(readRow(row, index, numbers));
            index++;
        }

        return result;
    }

    private static void WriteParameters(Utf8JsonWriter json, IReadOnlyList<ParameterRange> parameters)
    {
        json.WriteStartArray(Parameters);
        foreach (var parameter in parameters)
        {
            json.WriteStartObject();
            json.WriteString(Path, parameter.Path);
            json.WriteNumber(Low, parameter.Low);
            json.WriteNumber(High, parameter.High);
            if (parameter.Steps is { } steps)
            {
                json.WriteNumber(Steps, steps);
            }
            else
            {
                json.WriteNull(Steps);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static PointShardStamp ReadStamp(PartialJsonReader reader, JsonElement root, string? source)
    {
        string version = reader.String(root, F.Version);
        var scenario = reader.Property(root, F.Scenario, JsonValueKind.Object);
        string name = reader.String(scenario, F.Name, F.Scenario + ".");
        string sha256 = reader.String(scenario, F.Sha256, F.Scenario + ".");
        ulong seed = reader.UInt64(root, F.Seed);
        int replications = reader.Count(root, F.Replications, minimum: 1);
        var parameters = ReadParameters(reader, root);
        int total = reader.Count(root, DesignPoints, minimum: 1);
        var shard = reader.Shard(root, F.Shard);
        int first = reader.Count(root, FirstPoint, minimum: 0);
        int count = reader.Count(root, PointCount, minimum: 0);
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

    private static List<ParameterRange> ReadParameters(PartialJsonReader reader, JsonElement root)
    {
        var parameters = new List<ParameterRange>();
        foreach (var element in reader.Property(root, Parameters, JsonValueKind.Array).EnumerateArray())
        {
            string at = $"{Parameters}[{parameters.Count}].";
            reader.Expect(element, JsonValueKind.Object, $"'{Parameters}[{parameters.Count}]'");
            string path = reader.String(element, Path, at);
            double low = reader.Finite(element, Low, at);
            double high = reader.Finite(element, High, at);
            long? steps = reader.Property(element, Steps, null, at).ValueKind == JsonValueKind.Null ? null : reader.Count(element, Steps, minimum: 1, at);
            if (low > high || parameters.Exists(p => p.Path == path))
            {
                throw reader.Corrupt($"the parameter '{path}' must have low <= high and appear once");
            }

            parameters.Add(new ParameterRange(path, low, high, (int?)steps));
        }

        return parameters.Count > 0 ? parameters : throw reader.Corrupt($"'{Parameters}' is empty");
    }
}

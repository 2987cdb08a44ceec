using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using ScenarioSim.IO;
using ScenarioSim.Output;

namespace ScenarioSim.ScaleOut;

/// <summary>
/// The <c>histograms</c> of a partial-result file: per histogram key, in the accumulator's order, its values
/// and counts in ascending order of value, written as <c>[[value, count], …]</c> on one line. JSON has no
/// infinities: an infinite value is the string <c>"Infinity"</c> or <c>"-Infinity"</c> (a histogram holds no NaN).
/// </summary>
/// <param name="Entries">Each histogram's key and sorted counts.</param>
[JsonConverter(typeof(Converter))]
internal sealed record PartialHistogramsJson(IReadOnlyList<KeyValuePair<string, IReadOnlyList<KeyValuePair<double, long>>>> Entries)
{
    /// <summary>
    /// Writes and reads the block. Reading checks every pair as it goes: a pair of a number (or infinity) and a
    /// whole count &gt;= 1, the value one the histogram's key allows (<see cref="HistogramValueRule"/>), the values
    /// ascending; a problem is a <see cref="PartialValueException"/> naming the histogram and the text found.
    /// </summary>
    internal sealed class Converter : JsonConverter<PartialHistogramsJson>
    {
        /// <inheritdoc/>
        public override void Write(Utf8JsonWriter writer, PartialHistogramsJson value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            using (var compact = new CompactJsonValues())
            {
                foreach (var (key, counts) in value.Entries)
                {
                    writer.WritePropertyName(key);
                    compact.Write(writer, json => WriteCounts(json, counts));
                }
            }

            writer.WriteEndObject();
        }

        /// <inheritdoc/>
        public override PartialHistogramsJson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new PartialValueException($"must be an object, but is {PartialJsonScalars.Describe(reader.TokenType)}");
            }

            var entries = new List<KeyValuePair<string, IReadOnlyList<KeyValuePair<double, long>>>>();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                string key = reader.GetString()!;
                reader.Read();
                entries.Add(new(key, ReadCounts(ref reader, key)));
            }

            return new PartialHistogramsJson(entries);
        }

        private static void WriteCounts(Utf8JsonWriter json, IReadOnlyList<KeyValuePair<double, long>> counts)
        {
            json.WriteStartArray();
            foreach (var (value, count) in counts)
            {
                json.WriteStartArray();
                if (double.IsFinite(value))
                {
                    json.WriteNumberValue(value);
                }
                else
                {
                    json.WriteStringValue(value > 0 ? "Infinity" : "-Infinity");
                }

                json.WriteNumberValue(count);
                json.WriteEndArray();
            }

            json.WriteEndArray();
        }

        private static List<KeyValuePair<double, long>> ReadCounts(ref Utf8JsonReader reader, string key)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw Problem($"histogram '{key}' must be an array, but is {PartialJsonScalars.Describe(reader.TokenType)}");
            }

            var rule = HistogramValueRule.For(key);
            var counts = new List<KeyValuePair<double, long>>();
            double previous = double.NegativeInfinity;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                // The readers are copied at the pair and its two items, so that a message can quote them.
                var pairStart = reader;
                if (!(reader.TokenType == JsonTokenType.StartArray && Item(ref reader, out var valueAt) && Item(ref reader, out var countAt)
                    && reader.Read() && reader.TokenType == JsonTokenType.EndArray))
                {
                    throw Problem($"histogram '{key}' holds {RawText(pairStart)}, not a [value, count] pair");
                }

                double value = ReadValue(valueAt) ?? throw Problem($"histogram '{key}' holds the value {RawText(valueAt)}, not a number");
                if (!rule.Allows(value))
                {
                    throw Problem($"histogram '{key}' holds the value {RawText(valueAt)}, which no run writes there: its values are {rule.Rule}");
                }

                if (countAt.TokenType != JsonTokenType.Number || !countAt.TryGetInt64(out long count) || count < 1)
                {
                    throw Problem($"histogram '{key}' holds the count {RawText(countAt)}, not a whole number >= 1");
                }

                if (counts.Count > 0 && !(value > previous))
                {
                    throw Problem(
                        $"histogram '{key}' holds the value {RawText(valueAt)} after {previous.ToString("R", CultureInfo.InvariantCulture)}; values must ascend");
                }

                counts.Add(new(value, count));
                previous = value;
            }

            return counts;
        }

        /// <summary>Moves to the next item of the pair, keeping a reader at it; false at the pair's end.</summary>
        private static bool Item(ref Utf8JsonReader reader, out Utf8JsonReader at)
        {
            reader.Read();
            at = reader;
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return false;
            }

            reader.Skip();
            return true;
        }

        private static double? ReadValue(Utf8JsonReader at) => at.TokenType switch
        {
            JsonTokenType.Number when at.TryGetDouble(out double value) && double.IsFinite(value) => value,
            JsonTokenType.String when at.ValueTextEquals("Infinity") => double.PositiveInfinity,
            JsonTokenType.String when at.ValueTextEquals("-Infinity") => double.NegativeInfinity,
            _ => null,
        };

        private static string RawText(Utf8JsonReader at)
        {
            using var value = JsonDocument.ParseValue(ref at);
            return value.RootElement.GetRawText();
        }

        private static PartialValueException Problem(string detail) => PartialValueException.InFull(detail);
    }
}

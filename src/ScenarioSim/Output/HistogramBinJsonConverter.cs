using System.Text.Json;
using System.Text.Json.Serialization;
using ScenarioSim.IO;
using ScenarioSim.Results;

namespace ScenarioSim.Output;

/// <summary>
/// A histogram bin in <c>summary.json</c> as <c>[lower, upper, count]</c>: shorter than an object per bin, and the
/// edges read back exactly. Written by hand because the serializer has no array form for a record.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal sealed class HistogramBinJsonConverter : JsonConverter<HistogramBin>
{
    /// <inheritdoc/>
    public override HistogramBin Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Expect(reader.TokenType == JsonTokenType.StartArray, ref reader);
        double lower = Next(ref reader);
        double upper = Next(ref reader);
        long count = 0;
        Expect(reader.Read() && reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out count), ref reader);
        Expect(reader.Read() && reader.TokenType == JsonTokenType.EndArray, ref reader);
        return new HistogramBin(lower, upper, count);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, HistogramBin value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        JsonNumberOrNull.WriteValue(writer, value.Lower);
        JsonNumberOrNull.WriteValue(writer, value.Upper);
        writer.WriteNumberValue(value.Count);
        writer.WriteEndArray();
    }

    private static double Next(ref Utf8JsonReader reader)
    {
        Expect(reader.Read(), ref reader);
        return JsonNumberOrNull.ReadValue(ref reader);
    }

    private static void Expect(bool holds, ref Utf8JsonReader reader)
    {
        if (!holds)
        {
            throw new JsonException($"a histogram bin must be [lower, upper, count], but found {reader.TokenType.ToString().ToLowerInvariant()}");
        }
    }
}

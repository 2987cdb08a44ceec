using System.Text.Json;
using System.Text.Json.Serialization;

namespace ScenarioSim.IO;

/// <summary>
/// How every JSON file ScenarioSim writes holds a <see cref="double"/>: the shortest text that round-trips
/// (<see cref="Utf8JsonWriter.WriteNumberValue(double)"/>), and <c>null</c> for NaN and the infinities, which
/// JSON has no numbers for. <c>null</c> reads back as NaN. The files' source-generated contexts register it.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal sealed class JsonNumberOrNull : JsonConverter<double>
{
    /// <summary>Asks for <c>null</c> tokens too, so that they read as NaN.</summary>
    public override bool HandleNull => true;

    /// <inheritdoc/>
    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadValue(ref reader);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options) => WriteValue(writer, value);

    /// <summary>The number at <paramref name="reader"/>, NaN for <c>null</c>.</summary>
    /// <exception cref="JsonException">The token is neither a number nor <c>null</c>.</exception>
    internal static double ReadValue(ref Utf8JsonReader reader) =>
        reader.TokenType switch
        {
            JsonTokenType.Null => double.NaN,
            JsonTokenType.Number => reader.GetDouble(),
            _ => throw new JsonException($"expected a number or null, but found {reader.TokenType.ToString().ToLowerInvariant()}"),
        };

    /// <summary>Writes <paramref name="value"/>, or <c>null</c> when it is not finite.</summary>
    internal static void WriteValue(Utf8JsonWriter writer, double value)
    {
        if (double.IsFinite(value))
        {
            writer.WriteNumberValue(value);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

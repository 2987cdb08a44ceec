using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ScenarioSim.Output;

/// <summary>
/// A key date in <c>summary.json</c>, <c>{ "date": "yyyy-MM-dd", "label": "…" }</c>. Key dates only mark the report's
/// time charts, so a file edited by hand still reads when one is malformed: an entry that is not an object or has
/// no valid <c>date</c> reads as <see langword="null"/> (and is skipped), a missing <c>label</c> as empty. The
/// serializer cannot skip a bad element of a list, hence this converter.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal sealed class KeyDateJsonConverter : JsonConverter<KeyDate>
{
    private const string DateFormat = "yyyy-MM-dd";

    /// <inheritdoc/>
    public override KeyDate? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        string? date = null;
        string label = string.Empty;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            string name = reader.GetString()!;
            reader.Read();
            if (reader.TokenType == JsonTokenType.String && name == "date")
            {
                date = reader.GetString();
            }
            else if (reader.TokenType == JsonTokenType.String && name == "label")
            {
                label = reader.GetString()!;
            }
            else
            {
                reader.Skip();
            }
        }

        return DateOnly.TryParseExact(date, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? new KeyDate(parsed, label)
            : null;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, KeyDate value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("date", value.Date.ToString(DateFormat, CultureInfo.InvariantCulture));
        writer.WriteString("label", value.Label);
        writer.WriteEndObject();
    }
}

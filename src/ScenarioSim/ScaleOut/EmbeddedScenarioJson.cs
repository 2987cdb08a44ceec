using System.Text.Json;
using System.Text.Json.Serialization;
using ScenarioSim.Engine;
using ScenarioSim.Model;

namespace ScenarioSim.ScaleOut;

/// <summary>
/// A scenario embedded in a partial-result file: its canonical JSON form (<see cref="ScenarioFingerprint.CanonicalJson"/>),
/// the exact bytes its sha256 is taken of, on one line; read back with the canonical options. A value that is not
/// a scenario is a <see cref="PartialValueException"/>.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal sealed class EmbeddedScenarioJson : JsonConverter<Scenario>
{
    /// <inheritdoc/>
    public override Scenario Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new PartialValueException($"must be an object, but is {PartialJsonScalars.Describe(reader.TokenType)}");
        }

        try
        {
            return JsonSerializer.Deserialize<Scenario>(ref reader, ScenarioFingerprint.ReadOptions)
                ?? throw new PartialValueException("is not a scenario");
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException or ArgumentException && e is not PartialValueException)
        {
            throw new PartialValueException($"is not a scenario ({e.Message})");
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Scenario value, JsonSerializerOptions options) =>
        writer.WriteRawValue(ScenarioFingerprint.CanonicalJson(value), skipInputValidation: true);
}

using System.Text.Json;
using System.Text.Json.Serialization;
using ScenarioSim.Engine;

namespace ScenarioSim.ScaleOut;

/// <summary>A shard in a partial file: its text <c>K/N</c>; text that is not a shard is a <see cref="PartialValueException"/> saying why.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal sealed class ShardSpecJson : JsonConverter<ShardSpec>
{
    /// <inheritdoc/>
    public override ShardSpec Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new PartialValueException($"must be a string, but is {PartialJsonScalars.Describe(reader.TokenType)}");
        }

        return ShardSpec.TryParse(reader.GetString(), out var shard, out string? problem)
            ? shard
            : throw new PartialValueException($"is not a shard: {problem}");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ShardSpec value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}

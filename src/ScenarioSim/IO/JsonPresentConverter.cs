using System.Text.Json;
using System.Text.Json.Serialization;

namespace ScenarioSim.IO;

/// <summary>
/// Reads and writes a <see cref="JsonPresent{T}"/> as its value, by the converter the options give for the value's type
/// (the context's strict scalars included), so that its bytes and messages are the value's; a <c>null</c> token reads
/// as present. Give it in a context's converters, one per value type (the context must know <typeparamref name="T"/>).
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
/// <typeparam name="T">The member's type as the file holds it, e.g. <c>long?</c>.</typeparam>
internal sealed class JsonPresentConverter<T> : JsonConverter<JsonPresent<T>>
{
    /// <summary>Asks for <c>null</c> tokens too, so that they read as a present <see langword="null"/>, not as a missing member.</summary>
    public override bool HandleNull => true;

    /// <inheritdoc/>
    public override JsonPresent<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(Value(options).Read(ref reader, typeof(T), options)!);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, JsonPresent<T> value, JsonSerializerOptions options)
    {
        if (!value.IsPresent)
        {
            throw new InvalidOperationException($"A {typeof(T).Name} member to write must have a value.");
        }

        Value(options).Write(writer, value.Value, options);
    }

    private static JsonConverter<T> Value(JsonSerializerOptions options) => (JsonConverter<T>)options.GetConverter(typeof(T));
}

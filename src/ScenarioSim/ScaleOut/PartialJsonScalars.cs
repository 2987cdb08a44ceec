using System.Text.Json;
using System.Text.Json.Serialization;

namespace ScenarioSim.ScaleOut;

/// <summary>
/// How the partial files' records read strings, whole and finite numbers: strictly, a value of another kind being a
/// <see cref="PartialValueException"/> that says what the field must be (<c>'seed' must be a whole number from 0 to …</c>).
/// Written as the serializer writes them.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class PartialJsonScalars
{
    /// <summary>A string, nothing else.</summary>
    internal sealed class Text : JsonConverter<string>
    {
        /// <inheritdoc/>
        public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String
                ? reader.GetString()!
                : throw new PartialValueException($"must be a string, but is {Describe(reader.TokenType)}");

        /// <inheritdoc/>
        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }

    /// <summary>A whole number in the range of <see cref="long"/>.</summary>
    internal sealed class Whole : JsonConverter<long>
    {
        /// <inheritdoc/>
        public override long Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out long value)
                ? value
                : throw new PartialValueException(reader.TokenType == JsonTokenType.Number ? "must be a whole number" : $"must be a number, but is {Describe(reader.TokenType)}");

        /// <inheritdoc/>
        public override void Write(Utf8JsonWriter writer, long value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
    }

    /// <summary>A whole number from 0 to <see cref="ulong.MaxValue"/>, such as a seed.</summary>
    internal sealed class Unsigned : JsonConverter<ulong>
    {
        /// <inheritdoc/>
        public override ulong Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Number && reader.TryGetUInt64(out ulong value)
                ? value
                : throw new PartialValueException($"must be a whole number from 0 to {ulong.MaxValue}");

        /// <inheritdoc/>
        public override void Write(Utf8JsonWriter writer, ulong value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
    }

    /// <summary>A finite number; written as the shortest text that round-trips.</summary>
    internal sealed class Finite : JsonConverter<double>
    {
        /// <inheritdoc/>
        public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.Number)
            {
                throw new PartialValueException($"must be a number, but is {Describe(reader.TokenType)}");
            }

            return reader.TryGetDouble(out double value) && double.IsFinite(value)
                ? value
                : throw new PartialValueException($"must be a finite number, but is {System.Text.Encoding.UTF8.GetString(reader.ValueSpan)}");
        }

        /// <inheritdoc/>
        public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
    }

    /// <summary>A token's kind in messages: <c>an object</c>, <c>a number</c>…</summary>
    public static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        _ => "null",
    };
}

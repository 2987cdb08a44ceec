using System.Text.Json;
using System.Text.Json.Serialization;

namespace ScenarioSim.IO;

/// <summary>
/// A <see cref="double"/> member that a file may lack: a member the file does not have reads as <see langword="null"/>,
/// so that its reader can say which field is missing, while <c>null</c> in the file reads as NaN as it does for
/// <see cref="JsonNumberOrNull"/> (the serializer's own handling of <c>double?</c> would read both as <see langword="null"/>).
/// Written as <see cref="JsonNumberOrNull"/> writes a number; a <see langword="null"/> member is left out by the
/// contexts' <c>WhenWritingNull</c>.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal sealed class JsonOptionalNumber : JsonConverter<double?>
{
    /// <summary>Asks for <c>null</c> tokens too, so that they read as NaN, not as a missing member.</summary>
    public override bool HandleNull => true;

    /// <inheritdoc/>
    public override double? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonNumberOrNull.ReadValue(ref reader);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, double? value, JsonSerializerOptions options) =>
        JsonNumberOrNull.WriteValue(writer, value ?? double.NaN);
}

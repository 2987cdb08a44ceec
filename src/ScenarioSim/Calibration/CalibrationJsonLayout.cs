using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ScenarioSim.Calibration;

/// <summary>
/// How <c>calibration.json</c> and the in-sample <c>backtest.json</c> are laid out, kept from before
/// <see cref="IO.DeterministicJson"/> so that their bytes do not change: indented by two spaces with the
/// platform's line ending, non-ASCII and HTML-sensitive characters escaped (a region label's <c>+</c> is
/// <c>\u002B</c>), no final new line. Numbers and names are the serializer's, as in every other file.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class CalibrationJsonLayout
{
    private static readonly JsonWriterOptions Options = new() { Indented = true };

    /// <summary>Writes <paramref name="document"/> by its source-generated <paramref name="typeInfo"/>; the stream stays open.</summary>
    public static void Serialize<T>(Stream stream, T document, JsonTypeInfo<T> typeInfo)
    {
        using var json = new Utf8JsonWriter(stream, Options);
        JsonSerializer.Serialize(json, document, typeInfo);
    }
}

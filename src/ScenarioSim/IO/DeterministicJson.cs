using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ScenarioSim.IO;

/// <summary>
/// The conventions of every JSON file ScenarioSim writes for comparison or merging (<c>summary.json</c>,
/// partial results, <c>compare.json</c>, <c>sensitivity.json</c>): UTF-8 without a byte order mark,
/// two-space indentation, <c>\n</c> line endings and a final new line, shortest round-trip numbers,
/// NaN and infinities as <c>null</c>, no timestamps. Equal inputs give equal bytes.
/// </summary>
internal static class DeterministicJson
{
    /// <summary>The writer settings; names and region ids stay readable (the files are not embedded in HTML).</summary>
    public static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes one document with <see cref="Options"/> and the final new line; the stream stays open.</summary>
    public static void Write(Stream stream, Action<Utf8JsonWriter> writeDocument)
    {
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            writeDocument(json);
        }

        stream.WriteByte((byte)'\n');
    }

    /// <summary>
    /// Writes <paramref name="document"/> by its source-generated <paramref name="typeInfo"/> with <see cref="Options"/>
    /// and the final new line: the writer's settings, not the serializer's, lay the document out.
    /// </summary>
    public static void Serialize<T>(Stream stream, T document, JsonTypeInfo<T> typeInfo) =>
        Write(stream, json => JsonSerializer.Serialize(json, document, typeInfo));

    /// <summary>
    /// Reads a document written by <see cref="Serialize"/>; a document that is not JSON or does not have the
    /// shape of <typeparamref name="T"/> is a <see cref="FormatException"/> naming <paramref name="file"/>.
    /// </summary>
    public static T Deserialize<T>(Stream stream, JsonTypeInfo<T> typeInfo, string file)
    {
        try
        {
            return JsonSerializer.Deserialize(stream, typeInfo) ?? throw new FormatException($"{file} holds null, not a JSON object.");
        }
        catch (JsonException e)
        {
            throw new FormatException($"{file} is not valid JSON or not in the shape ScenarioSim writes: {e.Message}", e);
        }
    }

    /// <summary>A number, or <c>null</c> where JSON has no value for it (NaN, infinities).</summary>
    public static void Number(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsFinite(value))
        {
            // Utf8JsonWriter formats doubles as the shortest text that round-trips.
            json.WriteNumber(name, value);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}

using System.Text.Encodings.Web;
using System.Text.Json;

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

using System.Buffers;
using System.Text.Json;

namespace ScenarioSim.Output;

/// <summary>
/// Writes values on one line inside an indented document: a histogram or a row of a partial file is
/// written compactly into a buffer and copied in as a raw value, so the file has one entry per line.
/// </summary>
/// <remarks>Holds a buffer; not thread-safe. Dispose after the document is written.</remarks>
internal sealed class CompactJsonValues : IDisposable
{
    private static readonly JsonWriterOptions Options = new() { Indented = false, Encoder = DeterministicJson.Options.Encoder };

    private readonly ArrayBufferWriter<byte> _buffer = new();
    private readonly Utf8JsonWriter _compact;

    public CompactJsonValues() => _compact = new Utf8JsonWriter(_buffer, Options);

    /// <summary>Writes the value <paramref name="write"/> makes, on one line, as the next value of <paramref name="json"/>.</summary>
    public void Write(Utf8JsonWriter json, Action<Utf8JsonWriter> write)
    {
        _buffer.ResetWrittenCount();
        _compact.Reset(_buffer);
        write(_compact);
        _compact.Flush();
        json.WriteRawValue(_buffer.WrittenSpan, skipInputValidation: true);
    }

    /// <inheritdoc/>
    public void Dispose() => _compact.Dispose();
}

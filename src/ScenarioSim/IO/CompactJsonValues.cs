using System.Buffers;
using System.Text.Json;

namespace ScenarioSim.IO;

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

    /// <summary>Writes the value <paramref name="write"/> makes, on one line, as the value of the property just named in <paramref name="json"/>.</summary>
    public void Write(Utf8JsonWriter json, Action<Utf8JsonWriter> write)
    {
        _buffer.ResetWrittenCount();
        Copy(json, write);
    }

    /// <summary>Writes the value <paramref name="write"/> makes as the next element of the array open in <paramref name="json"/>, on a line of its own.</summary>
    public void WriteElement(Utf8JsonWriter json, Action<Utf8JsonWriter> write)
    {
        // The writer separates raw elements with a comma only; the line break and indentation are the element's.
        _buffer.ResetWrittenCount();
        int indent = json.CurrentDepth * json.Options.IndentSize;
        var prefix = _buffer.GetSpan(1 + indent);
        prefix[0] = (byte)'\n';
        prefix.Slice(1, indent).Fill((byte)' ');
        _buffer.Advance(1 + indent);
        Copy(json, write);
    }

    /// <inheritdoc/>
    public void Dispose() => _compact.Dispose();

    private void Copy(Utf8JsonWriter json, Action<Utf8JsonWriter> write)
    {
        _compact.Reset(_buffer);
        write(_compact);
        _compact.Flush();
        json.WriteRawValue(_buffer.WrittenSpan, skipInputValidation: true);
    }
}

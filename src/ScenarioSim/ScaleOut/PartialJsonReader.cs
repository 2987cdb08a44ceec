using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ScenarioSim.IO;

namespace ScenarioSim.ScaleOut;

/// <summary>
/// Reads a partial file (run, sweep and sensitivity partials) into its records strictly: the header and
/// content hash first, then the records; invalid JSON, a value the records cannot hold (<see cref="PartialValueException"/>)
/// or a missing field is a <see cref="FormatException"/> that names the file, what it should be and the problem, e.g.
/// <c>parts/a.partial.json: not a valid ScenarioSim sweep partial: 'seed' is missing.</c>
/// </summary>
/// <remarks>One reader per file; not thread-safe.</remarks>
internal sealed class PartialJsonReader
{
    private readonly string _kind;
    private ReadOnlyMemory<byte> _bytes;

    /// <summary>Creates a reader for one file.</summary>
    /// <param name="name">Names the file in messages (its path, or a default such as <c>partial result</c>).</param>
    /// <param name="kind">What the file should be, e.g. <c>partial result</c> or <c>sweep partial</c>.</param>
    public PartialJsonReader(string name, string kind)
    {
        Name = name;
        _kind = kind;
    }

    /// <summary>The file's name in messages.</summary>
    public string Name { get; }

    /// <summary>Parses the stream as JSON, keeping its bytes for the content hash (<see cref="CheckFormat"/>); invalid JSON is corrupt.</summary>
    public JsonDocument Parse(Stream stream)
    {
        Buffer(stream);
        try
        {
            return JsonDocument.Parse(_bytes);
        }
        catch (JsonException e)
        {
            throw Corrupt($"it is not valid JSON ({e.Message})");
        }
    }

    /// <summary>
    /// Reads the file's records <typeparamref name="T"/> from the stream: checks that it is JSON, its header
    /// (<see cref="PartialHeaderJson"/>: <c>format</c> = <paramref name="formatName"/>, a supported
    /// <c>format_version</c>) and its content hash, in that order, then deserializes it. A value the records
    /// cannot hold is corrupt, the message naming the field.
    /// </summary>
    public T Read<T>(Stream stream, string formatName, int formatVersion, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        Buffer(stream);
        var json = new Utf8JsonReader(_bytes.Span);
        JsonTokenType first;
        try
        {
            json.Read();
            first = json.TokenType;
            while (json.Read())
            {
            }
        }
        catch (JsonException e)
        {
            throw Corrupt($"it is not valid JSON ({e.Message})");
        }

        if (first != JsonTokenType.StartObject)
        {
            throw Corrupt($"the document must be an object, but is {PartialJsonScalars.Describe(first)}");
        }

        CheckHeader(Deserialize(_bytes.Span, PartialJsonContext.Default.PartialHeaderJson)!, formatName, formatVersion);
        return Deserialize(_bytes.Span, typeInfo)!;
    }

    /// <summary>
    /// Checks that the document is an object with <c>format</c> = <paramref name="formatName"/> and a supported
    /// <c>format_version</c>, then that its content hash matches the bytes <see cref="Parse"/> read.
    /// </summary>
    public void CheckFormat(JsonElement root, string formatName, int formatVersion)
    {
        Expect(root, JsonValueKind.Object, "the document");
        CheckHeader(Deserialize(root, PartialJsonContext.Default.PartialHeaderJson)!, formatName, formatVersion);
    }

    /// <summary>
    /// The record <typeparamref name="T"/> in <paramref name="json"/>, a part of the document at <paramref name="at"/>
    /// (e.g. <c>rows[3]</c>; the document itself when empty): a value the record cannot hold is corrupt, named by its
    /// path in the file (<c>'scenario.name' must be a string, but is a number</c>).
    /// </summary>
    public T? Deserialize<T>(JsonElement json, JsonTypeInfo<T> typeInfo, string at = "")
    {
        try
        {
            return json.Deserialize(typeInfo);
        }
        catch (JsonException e)
        {
            throw Corrupt(e, at);
        }
    }

    private T? Deserialize<T>(ReadOnlySpan<byte> json, JsonTypeInfo<T> typeInfo)
    {
        try
        {
            return JsonSerializer.Deserialize(json, typeInfo);
        }
        catch (JsonException e)
        {
            throw Corrupt(e, at: "");
        }
    }

    private FormatException Corrupt(JsonException e, string at)
    {
        string path = at + (e.Path ?? "$").TrimStart('$');
        string field = path.TrimStart('.') is { Length: > 0 } name ? $"'{name}'" : "the document";
        return e is PartialValueException problem
            ? Corrupt(problem.Complete ? problem.Message : $"{field} {problem.Message}")
            : Corrupt($"{field} is not what ScenarioSim writes there ({e.Message})");
    }

    private void CheckHeader(PartialHeaderJson header, string formatName, int formatVersion)
    {
        string format = header.Format ?? throw Missing("format");
        if (format != formatName)
        {
            throw Corrupt($"'format' is \"{format}\", expected \"{formatName}\"");
        }

        long version = header.FormatVersion ?? throw Missing("format_version");
        if (version != formatVersion)
        {
            throw new FormatException(
                $"{Name}: {_kind.Replace(' ', '-')} format version {version} is not supported; this version of ScenarioSim reads version {formatVersion}.");
        }

        if (ContentSeal.Problem(_bytes.Span) is { } problem)
        {
            throw Corrupt(problem);
        }
    }

    private void Buffer(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        _bytes = new ReadOnlyMemory<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>
    /// The string field <paramref name="property"/> of <paramref name="parent"/>, for what a kind of partial reads
    /// from the document itself rather than by its records (the sweep partial's <c>design</c>).
    /// </summary>
    public string String(JsonElement parent, string property)
    {
        if (!parent.TryGetProperty(property, out var value))
        {
            throw Missing(property);
        }

        Expect(value, JsonValueKind.String, $"'{property}'");
        return value.GetString()!;
    }

    /// <summary>The problem of a field that must be there and is not: <c>'seed' is missing</c>.</summary>
    public FormatException Missing(string field) => Corrupt($"'{field}' is missing");

    /// <summary>A whole number that must be there, from <paramref name="minimum"/> to <see cref="int.MaxValue"/>.</summary>
    public int Count(long? value, string field, int minimum) =>
        value is not { } v ? throw Missing(field)
        : v >= minimum && v <= int.MaxValue ? (int)v
        : throw Corrupt($"'{field}' must be a whole number from {minimum} to {int.MaxValue}, but is {v}");

    /// <summary>Checks the kind of <paramref name="element"/>, named <paramref name="what"/> in the message.</summary>
    public void Expect(JsonElement element, JsonValueKind kind, string what)
    {
        if (element.ValueKind != kind)
        {
            throw Corrupt($"{what} must be {Describe(kind)}, but is {Describe(element.ValueKind)}");
        }
    }

    /// <summary>The exception for a file that is not what it should be: <c>{name}: not a valid ScenarioSim {kind}: {detail}.</c></summary>
    public FormatException Corrupt(string detail) => new($"{Name}: not a valid ScenarioSim {_kind}: {detail}.");

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}

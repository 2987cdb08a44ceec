using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ScenarioSim.Engine;
using ScenarioSim.IO;
using F = ScenarioSim.ScaleOut.PartialJsonFields;

namespace ScenarioSim.ScaleOut;

/// <summary>
/// Reads the fields of a partial file strictly (run, sweep and sensitivity partials): a missing field,
/// a wrong type or an impossible value is a <see cref="FormatException"/> that names the file, what it
/// should be and the problem, e.g. <c>parts/a.partial.json: not a valid ScenarioSim sweep partial: 'seed' is missing.</c>
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
        try
        {
            while (json.Read())
            {
            }
        }
        catch (JsonException e)
        {
            throw Corrupt($"it is not valid JSON ({e.Message})");
        }

        if (Deserialize(_bytes.Span, PartialJsonContext.Default.PartialHeaderJson) is not { } header)
        {
            throw Corrupt("the document must be an object, but is null");
        }

        CheckHeader(header, formatName, formatVersion);
        return Deserialize(_bytes.Span, typeInfo) ?? throw Corrupt("the document must be an object, but is null");
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
    /// The record <typeparamref name="T"/> in <paramref name="json"/>; a value it cannot hold is corrupt, named by
    /// its path in the file (<c>'scenario.name' must be a string, but is a number</c>).
    /// </summary>
    private T? Deserialize<T>(ReadOnlySpan<byte> json, JsonTypeInfo<T> typeInfo)
    {
        try
        {
            return JsonSerializer.Deserialize(json, typeInfo);
        }
        catch (JsonException e)
        {
            throw Corrupt(e);
        }
    }

    private T? Deserialize<T>(JsonElement json, JsonTypeInfo<T> typeInfo)
    {
        try
        {
            return json.Deserialize(typeInfo);
        }
        catch (JsonException e)
        {
            throw Corrupt(e);
        }
    }

    private FormatException Corrupt(JsonException e)
    {
        string field = e.Path is null or "$" ? "the document" : $"'{e.Path.TrimStart('$').TrimStart('.')}'";
        return e is PartialValueException problem
            ? Corrupt(problem.Complete ? problem.Message : $"{field} {problem.Message}")
            : Corrupt($"{field} is not what ScenarioSim writes there ({e.Message})");
    }

    private void CheckHeader(PartialHeaderJson header, string formatName, int formatVersion)
    {
        string format = header.Format ?? throw Corrupt($"'{F.Format}' is missing");
        if (format != formatName)
        {
            throw Corrupt($"'{F.Format}' is \"{format}\", expected \"{formatName}\"");
        }

        long version = header.FormatVersion ?? throw Corrupt($"'{F.FormatVersion}' is missing");
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

    /// <summary>The field <paramref name="property"/> of <paramref name="parent"/>, of the kind given (any kind when null).</summary>
    public JsonElement Property(JsonElement parent, string property, JsonValueKind? kind, string path = "")
    {
        if (!parent.TryGetProperty(property, out var value))
        {
            throw Corrupt($"'{path}{property}' is missing");
        }

        if (kind is { } k)
        {
            Expect(value, k, $"'{path}{property}'");
        }

        return value;
    }

    /// <summary>A string field.</summary>
    public string String(JsonElement parent, string property, string path = "") =>
        Property(parent, property, JsonValueKind.String, path).GetString()!;

    /// <summary>A whole-number field.</summary>
    public long Whole(JsonElement parent, string property, string path = "") =>
        Property(parent, property, JsonValueKind.Number, path).TryGetInt64(out long value)
            ? value
            : throw Corrupt($"'{path}{property}' must be a whole number");

    /// <summary>A whole-number field from <paramref name="minimum"/> to <see cref="int.MaxValue"/>.</summary>
    public int Count(JsonElement parent, string property, int minimum, string path = "")
    {
        long value = Whole(parent, property, path);
        return value >= minimum && value <= int.MaxValue
            ? (int)value
            : throw Corrupt($"'{path}{property}' must be a whole number from {minimum} to {int.MaxValue}, but is {value}");
    }

    /// <summary>A whole-number field that may be <c>null</c>.</summary>
    public long? NullableWhole(JsonElement parent, string property) =>
        Property(parent, property, null).ValueKind == JsonValueKind.Null ? null : Whole(parent, property);

    /// <summary>A field holding a whole number from 0 to <see cref="ulong.MaxValue"/>, such as a seed.</summary>
    public ulong UInt64(JsonElement parent, string property, string path = "") =>
        Property(parent, property, JsonValueKind.Number, path).TryGetUInt64(out ulong value)
            ? value
            : throw Corrupt($"'{path}{property}' must be a whole number from 0 to {ulong.MaxValue}");

    /// <summary>A field holding a finite number.</summary>
    public double Finite(JsonElement parent, string property, string path = "") =>
        Finite(Property(parent, property, JsonValueKind.Number, path), $"'{path}{property}'");

    /// <summary>An element holding a finite number.</summary>
    public double Finite(JsonElement element, string what)
    {
        Expect(element, JsonValueKind.Number, what);
        return element.TryGetDouble(out double value) && double.IsFinite(value)
            ? value
            : throw Corrupt($"{what} must be a finite number, but is {element.GetRawText()}");
    }

    /// <summary>The field <paramref name="property"/>: <c>null</c>, or a shard <c>K/N</c>.</summary>
    public ShardSpec? Shard(JsonElement parent, string property)
    {
        var element = Property(parent, property, null);
        if (element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        Expect(element, JsonValueKind.String, $"'{property}'");
        return ShardSpec.TryParse(element.GetString(), out var shard, out string? problem)
            ? shard
            : throw Corrupt($"'{property}' is not a shard: {problem}");
    }

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

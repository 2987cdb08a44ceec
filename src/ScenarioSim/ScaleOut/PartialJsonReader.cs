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
    /// The record <typeparamref name="T"/> read from the whole document again, after <see cref="Read{T}"/>: a file laid
    /// out from several records in turn (an analysis partial) is read as each of them, each taking its own fields and
    /// skipping the others'. A value the record cannot hold is corrupt, named by its path in the file
    /// (<c>'rows[3].values[0]' must be a finite number</c>).
    /// </summary>
    public T Deserialize<T>(JsonTypeInfo<T> typeInfo)
        where T : class =>
        Deserialize(_bytes.Span, typeInfo) ?? throw Corrupt("the document must be an object, but is null");

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

    private FormatException Corrupt(JsonException e)
    {
        string field = (e.Path ?? "$").TrimStart('$').TrimStart('.') is { Length: > 0 } name ? $"'{name}'" : "the document";
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

    /// <summary>The problem of a field that must be there and is not: <c>'seed' is missing</c>.</summary>
    public FormatException Missing(string field) => Corrupt($"'{field}' is missing");

    /// <summary>A whole number that must be there, from <paramref name="minimum"/> to <see cref="int.MaxValue"/>.</summary>
    public int Count(long? value, string field, int minimum) =>
        value is not { } v ? throw Missing(field)
        : v >= minimum && v <= int.MaxValue ? (int)v
        : throw Corrupt($"'{field}' must be a whole number from {minimum} to {int.MaxValue}, but is {v}");

    /// <summary>The exception for a file that is not what it should be: <c>{name}: not a valid ScenarioSim {kind}: {detail}.</c></summary>
    public FormatException Corrupt(string detail) => new($"{Name}: not a valid ScenarioSim {_kind}: {detail}.");
}

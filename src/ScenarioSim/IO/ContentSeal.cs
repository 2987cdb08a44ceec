using System.Security.Cryptography;
using System.Text;

namespace ScenarioSim.IO;

/// <summary>
/// The content hash of a partial file: its last field, <c>"content_sha256"</c>, is the SHA-256 of the
/// file's bytes without that field (the same document ending after the field before it). Every byte of
/// the payload is covered, whatever fields a format version holds, so a count, a value, a version or a
/// stamp edited after writing is found; a file cut short or with the field removed is refused too. It
/// detects changes and corruption, not a forger who recomputes the hash.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class ContentSeal
{
    /// <summary>The field's name.</summary>
    public const string FieldName = "content_sha256";

    private const int HexLength = 64;

    // The writers end a document with "\n}" and a final new line; the field goes before that end.
    private static readonly byte[] End = "\n}\n"u8.ToArray();
    private static readonly byte[] Opening = Encoding.UTF8.GetBytes($",\n  \"{FieldName}\": \"");
    private static readonly byte[] Closing = "\""u8.ToArray();

    /// <summary>Writes the document <paramref name="writeBody"/> writes, with its content hash as the last field.</summary>
    public static void Write(Stream stream, Action<Stream> writeBody)
    {
        using var body = new MemoryStream();
        writeBody(body);
        byte[] bytes = body.GetBuffer();
        int length = (int)body.Length;
        if (!bytes.AsSpan(0, length).EndsWith(End))
        {
            throw new InvalidOperationException("A sealed document must end with a closing brace and a new line.");
        }

        stream.Write(bytes, 0, length - End.Length);
        stream.Write(Opening);
        stream.Write(Encoding.ASCII.GetBytes(Hex(bytes.AsSpan(0, length))));
        stream.Write(Closing);
        stream.Write(End);
    }

    /// <summary>Checks the content hash of <paramref name="sealedBytes"/>.</summary>
    /// <returns>Why the file is refused, or <see langword="null"/> when its hash matches.</returns>
    public static string? Problem(ReadOnlySpan<byte> sealedBytes)
    {
        int suffix = Opening.Length + HexLength + Closing.Length + End.Length;
        if (sealedBytes.Length < suffix + 1
            || !sealedBytes.EndsWith(End)
            || !sealedBytes[(sealedBytes.Length - suffix)..].StartsWith(Opening)
            || !sealedBytes[(sealedBytes.Length - End.Length - Closing.Length)..].StartsWith(Closing))
        {
            return $"it does not end with its content hash ('{FieldName}', the last field): it was cut short or changed, or written by a version without content hashes; write it again";
        }

        var hash = sealedBytes.Slice(sealedBytes.Length - suffix + Opening.Length, HexLength);
        string recorded = Encoding.ASCII.GetString(hash);
        byte[] body = new byte[sealedBytes.Length - suffix + End.Length];
        sealedBytes[..(sealedBytes.Length - suffix)].CopyTo(body);
        End.CopyTo(body, body.Length - End.Length);
        string actual = Hex(body);
        return recorded == actual
            ? null
            : $"its content hash ('{FieldName}') is {Abbreviate(recorded)}, but its content's SHA-256 is {Abbreviate(actual)}: the file was changed after it was written (a count, a value or a field edited, or the file damaged); write it again";
    }

    /// <summary>
    /// Seals the JSON object <paramref name="json"/> anew, as a forger who recomputes the hash would: for tests
    /// of the checks behind the hash. Any <c>content_sha256</c> in it is replaced.
    /// </summary>
    internal static byte[] Reseal(string json)
    {
        var document = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        document.Remove(FieldName);
        var options = new System.Text.Json.JsonSerializerOptions { WriteIndented = true, IndentSize = 2 };
        using var sealedStream = new MemoryStream();
        Write(sealedStream, body =>
        {
            body.Write(Encoding.UTF8.GetBytes(document.ToJsonString(options)));
            body.WriteByte((byte)'\n');
        });
        return sealedStream.ToArray();
    }

    private static string Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static string Abbreviate(string hex) => hex.Length > 12 ? hex[..12] + "…" : hex;
}

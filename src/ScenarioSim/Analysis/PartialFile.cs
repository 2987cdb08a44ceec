using System.Text.Json;
using ScenarioSim.Output;
using ScenarioSim.ScaleOut;

namespace ScenarioSim.Analysis;

/// <summary>
/// Tells the kinds of partial file apart without reading them whole, so that a merge can send each file to
/// its reader (<see cref="PartialResultFile"/>, <see cref="SweepPartial.ReadFrom(string)"/>,
/// <see cref="SensitivityPartial.ReadFrom(string)"/>): every partial file starts with its <c>format</c>.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class PartialFile
{
    /// <summary>How much of a file is looked at: the <c>format</c> field comes first.</summary>
    private const int Prefix = 4096;

    /// <summary>The kind of the partial file at <paramref name="path"/>, from its <c>format</c> field.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The kind; <see langword="null"/> when the file cannot be read or does not start with a known <c>format</c> (its reader then says why).</returns>
    public static PartialKind? KindOf(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: Prefix);
            return KindOf(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The kind of the partial in <paramref name="stream"/>, from its <c>format</c> field; reads at most the first 4 KiB.</summary>
    /// <param name="stream">The file's content, from its start.</param>
    /// <returns>The kind; <see langword="null"/> when the content does not start with a known <c>format</c>.</returns>
    public static PartialKind? KindOf(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        byte[] buffer = new byte[Prefix];
        int length = 0;
        int read;
        while (length < buffer.Length && (read = stream.Read(buffer, length, buffer.Length - length)) > 0)
        {
            length += read;
        }

        try
        {
            var json = new Utf8JsonReader(buffer.AsSpan(0, length), isFinalBlock: length < buffer.Length, state: default);
            if (!json.Read() || json.TokenType != JsonTokenType.StartObject
                || !json.Read() || json.TokenType != JsonTokenType.PropertyName || !json.ValueTextEquals("format")
                || !json.Read() || json.TokenType != JsonTokenType.String)
            {
                return null;
            }

            return json.GetString() switch
            {
                PartialResultJson.FormatName => PartialKind.Run,
                SweepPartialJson.FormatName => PartialKind.Sweep,
                SensitivityPartialJson.FormatName => PartialKind.Sensitivity,
                _ => null,
            };
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

using ScenarioSim.Engine;
using ScenarioSim.IO;

namespace ScenarioSim.ScaleOut;

/// <summary>
/// Reads and writes <see cref="PartialResult"/>s as partial-result files (<c>*.partial.json</c>, the format of
/// <see cref="PartialResultJson"/>): <c>partial.WriteTo(path)</c>, <c>PartialResultFile.Read(path)</c>. The
/// format sits here, above the engine whose results it holds.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class PartialResultFile
{
    /// <summary>
    /// Writes the partial as UTF-8 JSON, deterministic to the byte: a stamp (format version, library
    /// version, scenario name, fingerprint and canonical form, seed, run size, shard and ranges), then
    /// every histogram as sorted value/count pairs.
    /// </summary>
    /// <param name="partial">The partial.</param>
    /// <param name="stream">Receives the bytes; it is not closed.</param>
    public static void WriteTo(this PartialResult partial, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(partial);
        ArgumentNullException.ThrowIfNull(stream);
        PartialResultJson.Write(stream, partial);
    }

    /// <summary>Writes the partial to <paramref name="path"/> atomically (see <see cref="AtomicFile"/>), creating its directory if missing.</summary>
    /// <param name="partial">The partial.</param>
    /// <param name="path">The file to write.</param>
    public static void WriteTo(this PartialResult partial, string path)
    {
        ArgumentNullException.ThrowIfNull(partial);
        ArgumentException.ThrowIfNullOrEmpty(path);
        AtomicFile.Write(path, stream => PartialResultJson.Write(stream, partial));
    }

    /// <summary>
    /// Reads a partial written by <c>WriteTo</c>: checks the stamp and the embedded scenario against its
    /// fingerprint, recompiles the scenario and rebuilds the histograms exactly.
    /// </summary>
    /// <param name="stream">The UTF-8 JSON.</param>
    /// <param name="source">Names the stream in messages, e.g. its file path; <see langword="null"/> says "partial result".</param>
    /// <returns>The partial, equal in every count to the one written.</returns>
    /// <exception cref="FormatException">The content is not a valid partial result of a supported format version; the message names <paramref name="source"/> and the problem.</exception>
    public static PartialResult Read(Stream stream, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return PartialResultJson.Read(stream, source);
    }

    /// <summary>Reads the partial-result file at <paramref name="path"/>, as the stream reader does.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The partial, with <see cref="PartialResult.Source"/> set to <paramref name="path"/>.</returns>
    /// <exception cref="FormatException">The file is not a valid partial result; the message names it.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static PartialResult Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
        return PartialResultJson.Read(stream, path);
    }
}

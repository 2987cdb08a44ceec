using ScenarioSim.Engine;
using ScenarioSim.IO;

namespace ScenarioSim.Analysis;

/// <summary>
/// A contiguous range of the points of an analysis design (a sweep, or a sensitivity design) and their
/// outcomes, stamped with everything that must agree for ranges to be joined: the scenario and its
/// fingerprint, the seed and replications of every point, the parameters, the number of points of the
/// whole design, the shard and the library version. Shards of one design run on many machines
/// (<see cref="ParameterSweep.RunShard"/>, <see cref="SensitivitySharding"/>) and are joined into exactly
/// the unsharded outcome, since every point runs with the same seed wherever it runs.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal abstract class AnalysisPartial
{
    private protected AnalysisPartial(PointShardStamp stamp) => Stamp = stamp;

    /// <summary>The library version that ran the points; a partial read from a file keeps the version that wrote it.</summary>
    public string Version => Stamp.Version;

    /// <summary>The scenario's name.</summary>
    public string ScenarioName => Stamp.ScenarioName;

    /// <summary>The fingerprint of the scenario with the template's overrides (<c>--set</c>, <c>--set-file</c>) and none of the parameters'.</summary>
    public string ScenarioSha256 => Stamp.ScenarioSha256;

    /// <summary>The seed every point runs with.</summary>
    public ulong Seed => Stamp.Seed;

    /// <summary>Replications per point.</summary>
    public int Replications => Stamp.Replications;

    /// <summary>The parameters varied, in the order of each point's values.</summary>
    public IReadOnlyList<ParameterRange> Parameters => Stamp.Parameters;

    /// <summary>How many points the whole design has.</summary>
    public int TotalPoints => Stamp.TotalPoints;

    /// <summary>Which shard of the design this partial is, when it is one.</summary>
    public ShardSpec? Shard => Stamp.Shard;

    /// <summary>The index of the first point held; the points held are [<see cref="FirstPoint"/>, <see cref="FirstPoint"/> + <see cref="PointCount"/>).</summary>
    public int FirstPoint => Stamp.FirstPoint;

    /// <summary>How many points are held (0 for a shard of a design with fewer points than shards).</summary>
    public int PointCount => Stamp.PointCount;

    /// <summary>Where the partial was read from, for messages; <see langword="null"/> for partials made in memory.</summary>
    public string? Source => Stamp.Source;

    internal PointShardStamp Stamp { get; }

    /// <summary>Writes the partial as UTF-8 JSON, deterministic to the byte (see <c>docs/scale-out.md</c>).</summary>
    /// <param name="stream">Receives the bytes; it is not closed.</param>
    public void WriteTo(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Write(stream);
    }

    /// <summary>Writes the partial to <paramref name="path"/> atomically (see <see cref="AtomicFile"/>), creating its directory if missing.</summary>
    /// <param name="path">The file to write.</param>
    public void WriteTo(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        AtomicFile.Write(path, WriteTo);
    }

    /// <summary>Writes the partial's JSON to <paramref name="stream"/>.</summary>
    private protected abstract void Write(Stream stream);

    /// <summary>The file name of shard <paramref name="shard"/> of an analysis of kind <paramref name="kind"/>: <c>kind-K-of-N.partial.json</c>.</summary>
    private protected static string FileNameOf(string kind, ShardSpec shard) =>
        $"{kind}-{shard.Index}-of-{shard.Count}{PartialResult.FileExtension}";

    /// <summary>Reads <paramref name="stream"/> with <paramref name="read"/>, naming it <paramref name="source"/> in messages.</summary>
    private protected static T ReadStream<T>(Stream stream, string? source, Func<Stream, string?, T> read)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return read(stream, source);
    }

    /// <summary>Reads the file at <paramref name="path"/> with <paramref name="read"/>, naming it by its path.</summary>
    private protected static T ReadFile<T>(string path, Func<Stream, string, T> read)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
        return read(stream, path);
    }
}

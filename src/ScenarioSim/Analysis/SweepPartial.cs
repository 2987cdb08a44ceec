using ScenarioSim.Engine;
using ScenarioSim.Output;
using ScenarioSim.ScaleOut;

namespace ScenarioSim.Analysis;

/// <summary>
/// A shard of a parameter sweep (<see cref="ParameterSweep.RunShard"/>): a contiguous range of the
/// design's points, each run with the sweep's seed and replications, stamped like every analysis partial
/// and with the design (<c>grid</c> or <c>latin-hypercube</c>). Each point's run is identical to that
/// point's run in the unsharded sweep, so the shards of a sweep, joined (<see cref="Combine"/>), give
/// exactly the unsharded <c>sweep.csv</c> (<see cref="SweepOutput"/>). A partial keeps each point's metric
/// summaries and exceedance probabilities, not its monthly series: the <see cref="SweepPoint.Result"/>s
/// of a partial read from a file have empty <see cref="Results.SimulationResult.Series"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class SweepPartial : AnalysisPartial
{
    private static readonly ShardedWork Work = new("sweep", "points");

    internal SweepPartial(PointShardStamp stamp, string design, IReadOnlyList<SweepPoint> points)
        : base(stamp)
    {
        Design = design;
        Points = points;
    }

    /// <summary>How the sweep's points were chosen: <see cref="ParameterSweep.GridDesign"/>, <see cref="ParameterSweep.LatinHypercubeDesign"/> or <see cref="ParameterSweep.NearlyOrthogonalDesign"/>.</summary>
    public string Design { get; }

    /// <summary>The points held, in design order, with their indices in the whole design.</summary>
    public IReadOnlyList<SweepPoint> Points { get; }

    /// <summary>The file name a sweep shard is written under: <c>sweep-K-of-N.partial.json</c>.</summary>
    /// <param name="shard">The shard.</param>
    /// <returns>The file name, without a directory.</returns>
    public static string FileNameOf(ShardSpec shard) => FileNameOf("sweep", shard);

    /// <summary>
    /// Joins the shards of one sweep, checking that they are exactly that sweep: the same scenario, seed,
    /// version, replications per point, parameters and design, no shard twice, no overlap, no point missing.
    /// Refusals are worded as those of <see cref="ShardMerge"/>, with points in place of replications.
    /// </summary>
    /// <param name="partials">The shards, in any order.</param>
    /// <returns>A partial holding every point of the sweep; <see cref="ToResult"/> gives the sweep.</returns>
    /// <exception cref="Diagnostics.InvalidInputException">The partials are not exactly one sweep; every problem is listed.</exception>
    public static SweepPartial Combine(IEnumerable<SweepPartial> partials)
    {
        ArgumentNullException.ThrowIfNull(partials);
        var list = partials.ToList();
        var whole = PointShardMerge.Check(list, Work, [new StampField<SweepPartial>(ShardMergeMessages.DifferentDesigns, p => p.Design, p => p.Design)]);
        return new SweepPartial(whole, list[0].Design, [.. list.SelectMany(p => p.Points).OrderBy(p => p.Index)]);
    }

    /// <summary>The sweep over the points held (every point, after <see cref="Combine"/>).</summary>
    /// <returns>The sweep, as <see cref="ParameterSweep.Run"/> returns it but for the points' monthly series.</returns>
    public SweepResult ToResult() => new(Parameters, Design, Seed, Replications, Points);

    /// <inheritdoc/>
    private protected override void Write(Stream stream) => SweepPartialJson.Write(stream, this);

    /// <summary>Reads a partial written by <see cref="AnalysisPartial.WriteTo(Stream)"/>, checking its stamp and rows.</summary>
    /// <param name="stream">The UTF-8 JSON.</param>
    /// <param name="source">Names the stream in messages, e.g. its file path; <see langword="null"/> says "sweep partial".</param>
    /// <returns>The partial, with every value as written.</returns>
    /// <exception cref="FormatException">The content is not a valid sweep partial of a supported format version; the message names <paramref name="source"/> and the problem.</exception>
    public static SweepPartial ReadFrom(Stream stream, string? source = null) => ReadStream(stream, source, SweepPartialJson.Read);

    /// <summary>Reads the sweep partial file at <paramref name="path"/>. See <see cref="ReadFrom(Stream, string?)"/>.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The partial, with <see cref="AnalysisPartial.Source"/> set to <paramref name="path"/>.</returns>
    /// <exception cref="FormatException">The file is not a valid sweep partial; the message names it.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static SweepPartial ReadFrom(string path) => ReadFile(path, SweepPartialJson.Read);
}

using System.Globalization;
using ScenarioSim.Engine;
using ScenarioSim.Output;
using ScenarioSim.ScaleOut;

namespace ScenarioSim.Analysis;

/// <summary>
/// A shard of a sensitivity analysis of a scenario (<see cref="SensitivitySharding"/>): a contiguous range
/// of the points of its design (Sobol' or Morris, <see cref="SobolSensitivity.Design"/>,
/// <see cref="MorrisScreening.Design"/>) and the model output at each, the metric's mean, stamped like
/// every analysis partial and with the metric and the design's settings. Every output is the one the
/// unsharded analysis computes at that point, so the shards, joined (<see cref="Combine"/>), give the
/// estimator exactly the unsharded outputs (<see cref="EstimateSobol"/>, <see cref="EstimateMorris"/>),
/// and <c>sensitivity.json</c> is identical to the byte.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class SensitivityPartial : AnalysisPartial
{
    private static readonly ShardedWork Work = new("design", "points");

    internal SensitivityPartial(
        PointShardStamp stamp, string metric, SobolOptions? sobol, MorrisOptions? morris,
        IReadOnlyList<IReadOnlyList<double>> points, IReadOnlyList<double> outputs)
        : base(stamp)
    {
        Metric = metric;
        Sobol = sobol;
        Morris = morris;
        Points = points;
        Outputs = outputs;
    }

    /// <summary>The metric whose mean over the replications is the output.</summary>
    public string Metric { get; }

    /// <summary><see cref="SobolSensitivity.MethodName"/> or <see cref="MorrisScreening.MethodName"/>.</summary>
    public string Method => Sobol is not null ? SobolSensitivity.MethodName : MorrisScreening.MethodName;

    /// <summary>The Sobol' design's settings (threads unset), when the method is Sobol'.</summary>
    public SobolOptions? Sobol { get; }

    /// <summary>The Morris design's settings (threads unset), when the method is Morris.</summary>
    public MorrisOptions? Morris { get; }

    /// <summary>The parameter values of the points held, in design order.</summary>
    public IReadOnlyList<IReadOnlyList<double>> Points { get; }

    /// <summary>The model output (the metric's mean) at each point held, in design order.</summary>
    public IReadOnlyList<double> Outputs { get; }

    /// <summary>What <c>sensitivity.json</c> records of the analysis: scenario, metric, seed, replications and version.</summary>
    public ResponseStamp Response => new(ScenarioName, ScenarioSha256, Metric, Seed, Replications, Version);

    /// <summary>The design's method and settings as messages show them, e.g. <c>sobol (sobol-sequence, N = 16, bootstrap 200, seed 11)</c>.</summary>
    internal string DesignText => Sobol is { } s
        ? string.Create(CultureInfo.InvariantCulture, $"{Method} ({SensitivityOutput.SamplingName(s.Sampling)}, N = {s.Samples}, bootstrap {s.BootstrapResamples}, seed {s.Seed})")
        : string.Create(CultureInfo.InvariantCulture, $"{Method} (r = {Morris!.Trajectories}, p = {Morris.Levels}, bootstrap {Morris.BootstrapResamples}, seed {Morris.Seed})");

    /// <summary>The file name a sensitivity shard is written under: <c>sensitivity-K-of-N.partial.json</c>.</summary>
    /// <param name="shard">The shard.</param>
    /// <returns>The file name, without a directory.</returns>
    public static string FileNameOf(ShardSpec shard) => FileNameOf("sensitivity", shard);

    /// <summary>
    /// Joins the shards of one sensitivity analysis, checking that they are exactly its design: the same
    /// scenario, seed, version, replications per point, parameters, metric and design, no shard twice, no
    /// overlap, no point missing. Refusals are worded as those of <see cref="ShardMerge"/>, with points in
    /// place of replications.
    /// </summary>
    /// <param name="partials">The shards, in any order.</param>
    /// <returns>A partial holding every point of the design, ready for <see cref="EstimateSobol"/> or <see cref="EstimateMorris"/>.</returns>
    /// <exception cref="Diagnostics.InvalidInputException">The partials are not exactly one design; every problem is listed.</exception>
    public static SensitivityPartial Combine(IEnumerable<SensitivityPartial> partials)
    {
        ArgumentNullException.ThrowIfNull(partials);
        var list = partials.ToList();
        var whole = PointShardMerge.Check(
            list,
            Work,
            [
                new StampField<SensitivityPartial>(ShardMergeMessages.DifferentMetrics, p => p.Metric, p => p.Metric),
                new StampField<SensitivityPartial>(ShardMergeMessages.DifferentDesigns, p => p.DesignText, p => p.DesignText),
            ]);
        var ordered = list.Where(p => p.PointCount > 0).OrderBy(p => p.FirstPoint).ToList();
        var first = list[0];
        return new SensitivityPartial(
            whole, first.Metric, first.Sobol, first.Morris, [.. ordered.SelectMany(p => p.Points)], [.. ordered.SelectMany(p => p.Outputs)]);
    }

    /// <summary>The Sobol' indices from the outputs of every point of the design (see <see cref="SobolSensitivity.Estimate"/>).</summary>
    /// <returns>The indices, equal to those of <see cref="SobolSensitivity.Analyze"/> over the same design.</returns>
    /// <exception cref="InvalidOperationException">The design is not Sobol's, or the partial does not hold every point (join the shards with <see cref="Combine"/>).</exception>
    public SobolResult EstimateSobol() =>
        SobolSensitivity.Estimate(Parameters, WholeOutputs(SobolSensitivity.MethodName), Sobol!);

    /// <summary>Morris's μ*, μ and σ from the outputs of every point of the design (see <see cref="MorrisScreening.Estimate"/>).</summary>
    /// <returns>The effects, equal to those of <see cref="MorrisScreening.Analyze"/> over the same design.</returns>
    /// <exception cref="InvalidOperationException">The design is not Morris's, or the partial does not hold every point (join the shards with <see cref="Combine"/>).</exception>
    public MorrisResult EstimateMorris() =>
        MorrisScreening.Estimate(Parameters, WholeOutputs(MorrisScreening.MethodName), Morris!);

    /// <inheritdoc/>
    private protected override void Write(Stream stream) => SensitivityPartialJson.Write(stream, this);

    /// <summary>Reads a partial written by <see cref="AnalysisPartial.WriteTo(Stream)"/>, checking its stamp, design and rows.</summary>
    /// <param name="stream">The UTF-8 JSON.</param>
    /// <param name="source">Names the stream in messages, e.g. its file path; <see langword="null"/> says "sensitivity partial".</param>
    /// <returns>The partial, every output bit for bit as written.</returns>
    /// <exception cref="FormatException">The content is not a valid sensitivity partial of a supported format version; the message names <paramref name="source"/> and the problem.</exception>
    public static SensitivityPartial ReadFrom(Stream stream, string? source = null) => ReadStream(stream, source, SensitivityPartialJson.Read);

    /// <summary>Reads the sensitivity partial file at <paramref name="path"/>. See <see cref="ReadFrom(Stream, string?)"/>.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The partial, with <see cref="AnalysisPartial.Source"/> set to <paramref name="path"/>.</returns>
    /// <exception cref="FormatException">The file is not a valid sensitivity partial; the message names it.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static SensitivityPartial ReadFrom(string path) => ReadFile(path, SensitivityPartialJson.Read);

    private IReadOnlyList<double> WholeOutputs(string method)
    {
        if (Method != method)
        {
            throw new InvalidOperationException($"This partial holds a {Method} design, not a {method} one.");
        }

        if (FirstPoint != 0 || PointCount != TotalPoints)
        {
            throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture,
                $"This partial holds points [{FirstPoint}, {FirstPoint + PointCount}) of the design's {TotalPoints}; join every shard with SensitivityPartial.Combine first."));
        }

        return Outputs;
    }
}

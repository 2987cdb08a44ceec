using ScenarioSim.Engine;
using ScenarioSim.Model;

namespace ScenarioSim.Analysis;

/// <summary>
/// Runs a scenario at many parameter points, every point with the same seed and replications, so that
/// differences between points are not blurred by different random draws (common random numbers). Each
/// point is the template's scenario with the parameters set in memory, validated like <c>--set</c>
/// (see <see cref="ScenarioTemplate"/>).
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class ParameterSweep
{
    /// <summary>The design name of a full grid.</summary>
    public const string GridDesign = "grid";

    /// <summary>The design name of a Latin hypercube.</summary>
    public const string LatinHypercubeDesign = "latin-hypercube";

    /// <summary>The design name of a nearly orthogonal Latin hypercube.</summary>
    public const string NearlyOrthogonalDesign = "nearly-orthogonal-latin-hypercube";

    /// <summary>
    /// The full grid over the parameters' <see cref="ParameterRange.Steps"/>: each parameter takes
    /// <c>steps</c> evenly spaced values from low to high, both included (one step: the low end only).
    /// The first parameter varies slowest.
    /// </summary>
    /// <param name="parameters">Parameters, each with steps.</param>
    /// <param name="cancellationToken">Stops building a large grid.</param>
    /// <returns>One array of values per point: the product of the steps.</returns>
    /// <exception cref="ArgumentException">A parameter has no steps.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static IReadOnlyList<double[]> Grid(IReadOnlyList<ParameterRange> parameters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (parameters.FirstOrDefault(p => p.Steps is null) is { } missing)
        {
            throw new ArgumentException($"--param {missing.Path}: a grid needs steps ({ParameterRange.Syntax}).", nameof(parameters));
        }

        IEnumerable<double[]> points = [[]];
        foreach (var parameter in parameters)
        {
            int steps = parameter.Steps!.Value;
            var values = Enumerable.Range(0, steps).Select(j => steps == 1 ? parameter.Low : parameter.At((double)j / (steps - 1))).ToArray();
            points = points.SelectMany(point =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                return values.Select(v => (double[])[.. point, v]);
            }).ToList();
        }

        return points.ToList();
    }

    /// <summary>A Latin hypercube of <paramref name="points"/> points over the parameters' ranges (steps are ignored).</summary>
    /// <param name="parameters">The parameters.</param>
    /// <param name="points">Number of points (≥ 1).</param>
    /// <param name="seed">The design's seed.</param>
    /// <param name="cancellationToken">Stops drawing a large design.</param>
    /// <returns>One array of values per point.</returns>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static IReadOnlyList<double[]> LatinHypercube(IReadOnlyList<ParameterRange> parameters, int points, ulong seed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return Analysis.LatinHypercube.Sample(points, parameters.Count, seed, cancellationToken).Scale(parameters);
    }

    /// <summary>
    /// The nearly orthogonal Latin hypercube for the parameters' count (<see cref="NearlyOrthogonalLatinHypercube"/>),
    /// <paramref name="stack"/> designs stacked, over their ranges (steps are ignored). It does not depend on any seed.
    /// </summary>
    /// <param name="parameters">The parameters, 1 to <see cref="NearlyOrthogonalLatinHypercube.MaxFactors"/>.</param>
    /// <param name="stack">Designs stacked (≥ 1).</param>
    /// <returns>One array of values per point.</returns>
    public static IReadOnlyList<double[]> NearlyOrthogonal(IReadOnlyList<ParameterRange> parameters, int stack = 1)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return NearlyOrthogonalLatinHypercube.Generate(parameters.Count, stack).Scale(parameters);
    }

    /// <summary>
    /// Runs the scenario at every point. The seed and replications are resolved once, from
    /// <paramref name="options"/>, else the template's scenario, else the defaults, and used at every point.
    /// </summary>
    /// <param name="template">The scenario to instantiate at each point.</param>
    /// <param name="parameters">The parameters, in the order of each point's values.</param>
    /// <param name="points">The points (from <see cref="Grid"/>, <see cref="LatinHypercube"/> or anywhere).</param>
    /// <param name="design">The design's name, recorded in the result.</param>
    /// <param name="options">Replications, seed and threads.</param>
    /// <param name="progress">Receives progress in points.</param>
    /// <param name="cancellationToken">Stops the sweep.</param>
    /// <returns>Every point's run.</returns>
    /// <exception cref="Diagnostics.InvalidInputException">The scenario is invalid at some point, or the options are.</exception>
    public static SweepResult Run(
        ScenarioTemplate template,
        IReadOnlyList<ParameterRange> parameters,
        IReadOnlyList<double[]> points,
        string design,
        RunOptions? options = null,
        IProgress<RunProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        // The whole sweep is its one shard: one code path for sharded and unsharded sweeps.
        return RunShard(template, parameters, points, design, new ShardSpec(1, 1), options, progress, cancellationToken).ToResult();
    }

    /// <summary>
    /// Runs shard <paramref name="shard"/> of the sweep: the points [<see cref="ShardSpec.StartOf"/>,
    /// <see cref="ShardSpec.EndOf"/>) of <paramref name="points"/>, each exactly as <see cref="Run"/> runs it,
    /// and stamps them for <see cref="SweepPartial.Combine"/>. Every shard must be given the same template,
    /// parameters, points, design and options (threads may differ).
    /// </summary>
    /// <param name="template">The scenario to instantiate at each point.</param>
    /// <param name="parameters">The parameters, in the order of each point's values.</param>
    /// <param name="points">Every point of the sweep (from <see cref="Grid"/>, <see cref="LatinHypercube"/> or anywhere).</param>
    /// <param name="design">The design's name, recorded in the partial.</param>
    /// <param name="shard">Which shard to run.</param>
    /// <param name="options">Replications, seed and threads.</param>
    /// <param name="progress">Receives progress in points.</param>
    /// <param name="cancellationToken">Stops the sweep.</param>
    /// <param name="monthlySeries">
    /// Whether each point's result keeps the monthly series by region. The command line's sweep reads only
    /// the points' metrics and exceedances (and a partial file keeps no series), so it runs without them,
    /// which spares each point most of its histograms; the metrics are the same either way.
    /// </param>
    /// <returns>The shard's points, stamped; empty when there are more shards than points.</returns>
    /// <exception cref="Diagnostics.InvalidInputException">The scenario is invalid at some point, or the options are.</exception>
    internal static SweepPartial RunShard(
        ScenarioTemplate template,
        IReadOnlyList<ParameterRange> parameters,
        IReadOnlyList<double[]> points,
        string design,
        ShardSpec shard,
        RunOptions? options = null,
        IProgress<RunProgress>? progress = null,
        CancellationToken cancellationToken = default,
        bool monthlySeries = true)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(design);
        var resolved = ResolveOptions(template, options);
        var scenario = template.Load().GetValueOrThrow();
        var stamp = PointShardStamp.ForShard(
            scenario.Name, ScenarioFingerprint.Sha256(scenario), resolved.Seed!.Value, resolved.Replications!.Value, parameters, points.Count, shard);
        var runner = new ScenarioRunner();
        var scenarios = template.Points(parameters);
        var results = PointEvaluator.Run(
            stamp.PointCount,
            PointEvaluator.Threads(resolved),
            (i, threads) =>
            {
                int index = stamp.FirstPoint + i;
                var instance = scenarios.Instantiate(points[index]);
                var result = runner.RunValidated(instance, resolved with { MaxDegreeOfParallelism = threads }, null, cancellationToken, monthlySeries);
                return new SweepPoint(index, points[index], result);
            },
            progress,
            cancellationToken);
        return new SweepPartial(stamp, design, results);
    }

    /// <summary>
    /// The options with seed and replications fixed: from <paramref name="options"/>, else the template's
    /// own scenario (its <c>run:</c> block), else the defaults. Analyses use them at every point.
    /// </summary>
    /// <param name="template">The template whose scenario supplies the defaults.</param>
    /// <param name="options">The caller's options.</param>
    /// <returns>Options with <see cref="RunOptions.Seed"/> and <see cref="RunOptions.Replications"/> set.</returns>
    /// <exception cref="Diagnostics.InvalidInputException">The template's scenario is invalid.</exception>
    public static RunOptions ResolveOptions(ScenarioTemplate template, RunOptions? options)
    {
        var baseScenario = template.Load().GetValueOrThrow();
        return (options ?? new RunOptions()) with
        {
            Seed = AnalysisStreams.ResolveSeed(baseScenario, options),
            Replications = options?.Replications ?? baseScenario.Run.Replications ?? ModelDefaults.Replications,
        };
    }
}

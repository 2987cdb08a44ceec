using ScenarioSim.Engine;

namespace ScenarioSim.Analysis;

/// <summary>
/// Runs one shard of a sensitivity analysis of a scenario: the building block of scaling Sobol' and Morris
/// designs out over processes or machines, as <see cref="ScaleOut.ScenarioRunnerSharding"/> does for runs. Shard K of
/// N evaluates the design's points [<see cref="ShardSpec.StartOf"/>, <see cref="ShardSpec.EndOf"/>) and
/// returns a stamped partial; <see cref="SensitivityPartial.Combine"/> joins the shards and
/// <see cref="SensitivityPartial.EstimateSobol"/> or <see cref="SensitivityPartial.EstimateMorris"/> gives
/// exactly the unsharded result, since every point runs with the same seed wherever it runs.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class SensitivitySharding
{
    /// <summary>Evaluates shard <paramref name="shard"/> of the Sobol' design of <paramref name="response"/>'s parameters.</summary>
    /// <param name="response">The scenario response: template, parameters, metric, seed and replications.</param>
    /// <param name="shard">Which shard to run.</param>
    /// <param name="options">The design's settings (every shard must be given the same, but for threads).</param>
    /// <param name="progress">Receives progress in model evaluations.</param>
    /// <param name="cancellationToken">Stops the evaluations.</param>
    /// <returns>The shard's outputs, stamped; empty when there are more shards than points.</returns>
    /// <exception cref="ArgumentException">The options or the parameters do not make a Sobol' design.</exception>
    public static SensitivityPartial RunShard(
        this ScenarioResponse response, ShardSpec shard, SobolOptions options, IProgress<RunProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(options);
        var design = options with { MaxDegreeOfParallelism = null };
        return RunShard(
            response, shard, SobolSensitivity.Design(response.Parameters, options, cancellationToken), options.MaxDegreeOfParallelism,
            (stamp, points, outputs) => new SensitivityPartial(stamp, response.Metric, design, null, points, outputs),
            progress, cancellationToken);
    }

    /// <summary>Evaluates shard <paramref name="shard"/> of the Morris trajectories of <paramref name="response"/>'s parameters.</summary>
    /// <param name="response">The scenario response: template, parameters, metric, seed and replications.</param>
    /// <param name="shard">Which shard to run.</param>
    /// <param name="options">The design's settings (every shard must be given the same, but for threads).</param>
    /// <param name="progress">Receives progress in model evaluations.</param>
    /// <param name="cancellationToken">Stops the evaluations.</param>
    /// <returns>The shard's outputs, stamped; empty when there are more shards than points.</returns>
    /// <exception cref="ArgumentException">The options or the parameters do not make a Morris design.</exception>
    public static SensitivityPartial RunShard(
        this ScenarioResponse response, ShardSpec shard, MorrisOptions options, IProgress<RunProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(options);
        var design = options with { MaxDegreeOfParallelism = null };
        return RunShard(
            response, shard, MorrisScreening.Design(response.Parameters, options, cancellationToken), options.MaxDegreeOfParallelism,
            (stamp, points, outputs) => new SensitivityPartial(stamp, response.Metric, null, design, points, outputs),
            progress, cancellationToken);
    }

    private static SensitivityPartial RunShard(
        ScenarioResponse response,
        ShardSpec shard,
        IReadOnlyList<double[]> design,
        int? threads,
        Func<PointShardStamp, IReadOnlyList<IReadOnlyList<double>>, IReadOnlyList<double>, SensitivityPartial> create,
        IProgress<RunProgress>? progress,
        CancellationToken cancellationToken)
    {
        var stamp = PointShardStamp.ForShard(
            response.ScenarioName, response.ScenarioSha256, response.Seed, response.Replications, response.Parameters, design.Count, shard);
        var points = design.Skip(stamp.FirstPoint).Take(stamp.PointCount).ToList();
        var outputs = PointEvaluator.Run(
            points.Count, threads ?? Environment.ProcessorCount, (i, _) => response.Evaluate(points[i]), progress, cancellationToken);
        return create(stamp, points, outputs);
    }
}

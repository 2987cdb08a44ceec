using ScenarioSim.Diagnostics;
using ScenarioSim.Engine;
using ScenarioSim.Model;

namespace ScenarioSim.ScaleOut;

/// <summary>
/// Runs one shard of a run: the building block of scaling a run out over processes or machines
/// (Kubernetes Indexed Jobs, Slurm job arrays). Each shard runs its contiguous range of replications
/// (<see cref="ShardSpec.RangeOf"/>) and returns a stamped partial; <see cref="ShardMerge"/> brings the
/// shards back together into exactly the unsharded result, since every replication draws only from its
/// own streams keyed by (seed, replication, component).
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class ScenarioRunnerSharding
{
    /// <summary>
    /// Runs shard <paramref name="shard"/> of the run that <paramref name="options"/> describe and stamps
    /// the partial with the shard and the run's size.
    /// </summary>
    /// <param name="runner">The runner.</param>
    /// <param name="scenario">The scenario to run.</param>
    /// <param name="shard">Which shard to run.</param>
    /// <param name="options">
    /// Replications of the <em>whole</em> run, seed and threads; <see langword="null"/> values fall back to
    /// the scenario's, then to 10,000 replications and seed 1. Every shard must be given the same.
    /// </param>
    /// <param name="progress">Receives progress as the shard's replications complete.</param>
    /// <param name="cancellationToken">Stops the run; an <see cref="OperationCanceledException"/> follows.</param>
    /// <returns>The shard's partial, stamped with <see cref="PartialResult.Shard"/> and <see cref="PartialResult.TotalReplications"/>.</returns>
    /// <exception cref="InvalidInputException">The scenario or the options are invalid.</exception>
    public static PartialResult RunShard(
        this ScenarioRunner runner,
        Scenario scenario,
        ShardSpec shard,
        RunOptions? options = null,
        IProgress<RunProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(scenario);
        if (shard.Count < 1)
        {
            throw new ArgumentException("The default ShardSpec is not a shard; create one with the constructor or ShardSpec.Parse.", nameof(shard));
        }

        options ??= new RunOptions();
        var problems = new List<Diagnostic>(ScenarioValidator.Validate(scenario));
        if (options.Replications is < 1)
        {
            problems.Add(new Diagnostic("replications", $"replications must be >= 1, but was {options.Replications}"));
        }

        if (problems.Count > 0)
        {
            throw new InvalidInputException(problems);
        }

        long total = options.Replications ?? scenario.Run.Replications ?? ModelDefaults.Replications;
        var partial = runner.RunPartial(scenario, shard.RangeOf(total), options, progress, cancellationToken);
        return partial.AsShard(shard, total);
    }
}

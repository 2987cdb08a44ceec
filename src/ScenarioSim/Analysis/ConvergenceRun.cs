using ScenarioSim.Engine;
using ScenarioSim.Model;

namespace ScenarioSim.Analysis;

/// <summary>
/// Runs a scenario in batches until one metric's Monte Carlo standard error is below a target, or a cap
/// is reached. Batch b covers replications [(b−1)·B, b·B); the partial results are merged as they come,
/// so the final result is bit-identical to a single run of the same number of replications with the
/// same seed. The stopping rule looks at the estimate it stops on, which biases the standard error
/// slightly low when batches are small; with batches of hundreds or more the effect is negligible.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class ConvergenceRun
{
    /// <summary>Runs <paramref name="scenario"/> until the target is met or the cap reached.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="target">The metric and standard error to reach.</param>
    /// <param name="convergence">Batch size and cap; <see langword="null"/> uses the defaults.</param>
    /// <param name="options">Seed and threads (<see cref="RunOptions.Replications"/> is ignored).</param>
    /// <param name="progress">Receives progress as a share of the cap.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The result, its partial and the trace.</returns>
    /// <exception cref="Diagnostics.InvalidInputException">The scenario or the options are invalid.</exception>
    public static ConvergenceResult Run(
        Scenario scenario,
        ConvergenceTarget target,
        ConvergenceOptions? convergence = null,
        RunOptions? options = null,
        IProgress<RunProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(target);
        convergence ??= new ConvergenceOptions();
        if (convergence.BatchSize < 1 || convergence.MaxReplications < 1)
        {
            throw new ArgumentException(
                $"Batches and the cap must hold at least one replication, but were {convergence.BatchSize} and {convergence.MaxReplications}.",
                nameof(convergence));
        }

        var runner = new ScenarioRunner();
        var trace = new List<ConvergenceStep>();
        PartialResult? merged = null;
        Results.SimulationResult result;
        int done = 0;
        while (true)
        {
            int count = Math.Min(convergence.BatchSize, convergence.MaxReplications - done);
            var batch = runner.RunPartial(
                scenario, new ReplicationRange(done, count), options, ProgressRelay.Offset(progress, done, convergence.MaxReplications), cancellationToken);
            merged = merged is null ? batch : PartialResult.Merge([merged, batch]);
            done += count;
            result = merged.ToResult();
            var statistics = result.Metric(target.Metric).Statistics;
            trace.Add(new ConvergenceStep(trace.Count + 1, done, statistics.Mean, statistics.Se));
            if (statistics.Se < target.StandardError || done >= convergence.MaxReplications)
            {
                break;
            }
        }

        return new ConvergenceResult(target, convergence, result, merged, trace);
    }
}

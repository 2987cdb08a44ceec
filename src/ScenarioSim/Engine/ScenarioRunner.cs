using ScenarioSim.Model;
using ScenarioSim.Results;

namespace ScenarioSim.Engine;

/// <summary>
/// Runs scenarios as Monte Carlo simulations. Replications run in parallel, each drawing only from its
/// own streams keyed by (seed, replication, component), so results are bit-identical for a seed
/// whatever the thread count.
/// </summary>
/// <remarks>Stateless and thread-safe: one instance can serve many concurrent runs.</remarks>
public sealed class ScenarioRunner
{
    /// <summary>
    /// Validates and runs <paramref name="scenario"/>.
    /// </summary>
    /// <param name="scenario">The scenario to run.</param>
    /// <param name="options">Replications, seed and threads; <see langword="null"/> uses the scenario's and the defaults.</param>
    /// <param name="progress">Receives progress as replications complete.</param>
    /// <param name="cancellationToken">Stops the run; an <see cref="OperationCanceledException"/> follows.</param>
    /// <returns>The summaries of metrics, exceedances and monthly series.</returns>
    /// <exception cref="ScenarioSim.Diagnostics.ScenarioValidationException">The scenario or the options are invalid.</exception>
    public SimulationResult Run(
        Scenario scenario,
        RunOptions? options = null,
        IProgress<RunProgress>? progress = null,
        CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();

    /// <summary>
    /// Replays replication <paramref name="replication"/> exactly as it runs inside a full run with the
    /// same seed, recording its day-by-day state.
    /// </summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="replication">Zero-based replication index.</param>
    /// <param name="seed">Seed; <see langword="null"/> uses the scenario's, else 1.</param>
    /// <returns>The replication's days.</returns>
    public ReplicationTrace Trace(Scenario scenario, int replication, ulong? seed = null) =>
        throw new NotImplementedException();
}

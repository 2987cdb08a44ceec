using ScenarioSim.Diagnostics;
using ScenarioSim.Engine;
using ScenarioSim.Model;
using ScenarioSim.Results;

namespace ScenarioSim.Hosting;

/// <summary>
/// Runs scenarios for an application, applying the host's <see cref="ScenarioSimOptions"/>: a value the
/// call leaves unset comes from the scenario's <c>run:</c> block, then from the options. Registered by
/// <c>AddScenarioSim</c>; depend on it to run scenarios or to replace the runner in your tests.
/// </summary>
/// <remarks>Implementations are thread-safe: one instance serves many concurrent runs.</remarks>
public interface IScenarioRunner
{
    /// <summary>
    /// The options a run of <paramref name="scenario"/> with <paramref name="options"/> uses: each unset
    /// value taken from the scenario's <c>run:</c> block, else from <see cref="ScenarioSimOptions"/>.
    /// </summary>
    /// <param name="scenario">The scenario to run.</param>
    /// <param name="options">The call's options; <see langword="null"/> sets none.</param>
    /// <returns>Options with <see cref="RunOptions.Replications"/> and <see cref="RunOptions.Seed"/> set.</returns>
    RunOptions ResolveOptions(Scenario scenario, RunOptions? options = null);

    /// <summary>Validates and runs <paramref name="scenario"/>; see <see cref="ScenarioRunner.Run"/>.</summary>
    /// <param name="scenario">The scenario to run.</param>
    /// <param name="options">Replications, seed and threads; unset values are resolved by <see cref="ResolveOptions"/>.</param>
    /// <param name="progress">Receives progress as replications complete.</param>
    /// <param name="cancellationToken">Stops the run; an <see cref="OperationCanceledException"/> follows.</param>
    /// <returns>The summaries of metrics, exceedances and monthly series.</returns>
    /// <exception cref="InvalidInputException">The scenario or the options are invalid.</exception>
    SimulationResult Run(
        Scenario scenario,
        RunOptions? options = null,
        IProgress<RunProgress>? progress = null,
        CancellationToken cancellationToken = default);

    /// <summary>Runs only the replications in <paramref name="range"/>; see <see cref="ScenarioRunner.RunPartial"/>.</summary>
    /// <param name="scenario">The scenario to run.</param>
    /// <param name="range">The replication indices to run.</param>
    /// <param name="options">Seed and threads; unset values are resolved by <see cref="ResolveOptions"/>. Replications are ignored.</param>
    /// <param name="progress">Receives progress as replications complete.</param>
    /// <param name="cancellationToken">Stops the run; an <see cref="OperationCanceledException"/> follows.</param>
    /// <returns>The mergeable partial result.</returns>
    /// <exception cref="InvalidInputException">The scenario, options or range are invalid.</exception>
    PartialResult RunPartial(
        Scenario scenario,
        ReplicationRange range,
        RunOptions? options = null,
        IProgress<RunProgress>? progress = null,
        CancellationToken cancellationToken = default);

    /// <summary>Runs the scenario keeping every replication's scalar metrics; see <see cref="ScenarioRunner.RunReplicationMetrics"/>.</summary>
    /// <param name="scenario">The scenario to run.</param>
    /// <param name="options">Replications, seed and threads; unset values are resolved by <see cref="ResolveOptions"/>.</param>
    /// <param name="progress">Receives progress as replications complete.</param>
    /// <param name="cancellationToken">Stops the run; an <see cref="OperationCanceledException"/> follows.</param>
    /// <returns>Each metric's value per replication.</returns>
    /// <exception cref="InvalidInputException">The scenario or the options are invalid.</exception>
    ReplicationMetrics RunReplicationMetrics(
        Scenario scenario,
        RunOptions? options = null,
        IProgress<RunProgress>? progress = null,
        CancellationToken cancellationToken = default);

    /// <summary>Replays one replication day by day; see <see cref="ScenarioRunner.Trace"/>.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="replication">Zero-based replication index.</param>
    /// <param name="seed">Seed; <see langword="null"/> uses the scenario's, else <see cref="ScenarioSimOptions.DefaultSeed"/>.</param>
    /// <returns>The replication's days.</returns>
    /// <exception cref="InvalidInputException">The scenario is invalid or the replication index is negative.</exception>
    ReplicationTrace Trace(Scenario scenario, int replication, ulong? seed = null);
}

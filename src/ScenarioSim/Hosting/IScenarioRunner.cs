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
}

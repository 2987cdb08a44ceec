using Microsoft.Extensions.Options;
using ScenarioSim.Engine;
using ScenarioSim.Model;
using ScenarioSim.Results;

namespace ScenarioSim.Hosting;

/// <summary>
/// The <see cref="IScenarioRunner"/> that <c>AddScenarioSim</c> registers: a <see cref="ScenarioRunner"/>
/// with the defaults of a <see cref="ScenarioSimOptions"/>. Create it directly to use options without
/// dependency injection.
/// </summary>
/// <remarks>Immutable and thread-safe: it copies the options' values when created.</remarks>
internal sealed class ConfiguredScenarioRunner : IScenarioRunner
{
    private readonly ScenarioRunner _runner = new();
    private readonly int _defaultReplications;
    private readonly ulong _defaultSeed;
    private readonly int? _maxDegreeOfParallelism;

    /// <summary>A runner with the defaults of <paramref name="options"/>, which are checked first.</summary>
    /// <param name="options">The options; their values are copied.</param>
    /// <exception cref="OptionsValidationException">The options are invalid; the exception lists every problem.</exception>
    public ConfiguredScenarioRunner(ScenarioSimOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ScenarioSimOptionsValidator.ThrowIfInvalid(options);
        _defaultReplications = options.DefaultReplications;
        _defaultSeed = options.DefaultSeed;
        _maxDegreeOfParallelism = options.MaxDegreeOfParallelism;
    }

    /// <inheritdoc/>
    public RunOptions ResolveOptions(Scenario scenario, RunOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return new RunOptions
        {
            Replications = options?.Replications ?? scenario.Run.Replications ?? _defaultReplications,
            Seed = options?.Seed ?? scenario.Run.Seed ?? _defaultSeed,
            MaxDegreeOfParallelism = options?.MaxDegreeOfParallelism ?? _maxDegreeOfParallelism,
        };
    }

    /// <inheritdoc/>
    public SimulationResult Run(
        Scenario scenario,
        RunOptions? options = null,
        IProgress<RunProgress>? progress = null,
        CancellationToken cancellationToken = default) =>
        _runner.Run(scenario, ResolveOptions(scenario, options), progress, cancellationToken);

    /// <inheritdoc/>
    public ReplicationMetrics RunReplicationMetrics(
        Scenario scenario,
        RunOptions? options = null,
        IProgress<RunProgress>? progress = null,
        CancellationToken cancellationToken = default) =>
        _runner.RunReplicationMetrics(scenario, ResolveOptions(scenario, options), progress, cancellationToken);
}

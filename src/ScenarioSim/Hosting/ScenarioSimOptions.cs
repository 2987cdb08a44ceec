namespace ScenarioSim.Hosting;

/// <summary>
/// Settings for an application that runs scenarios in-process: the defaults the injected
/// <see cref="IScenarioRunner"/> applies when neither a call nor the scenario's <c>run:</c> block gives
/// a value, how many cores a run may use, and where <see cref="IScenarioLoader"/> finds scenario files.
/// Bind it from configuration (the <c>ScenarioSim</c> section by convention) or set it in code.
/// </summary>
/// <remarks>
/// <see cref="ScenarioSimOptionsValidator"/> checks it, with or without dependency injection: every
/// problem is reported, each naming its configuration key. The services copy the values when they are
/// created, so changing an instance afterwards has no effect on them. Not thread-safe while being set.
/// </remarks>
public sealed class ScenarioSimOptions
{
    /// <summary>The configuration section read by convention: <c>ScenarioSim</c>.</summary>
    public const string SectionName = ScenarioSimOptionsDefaults.SectionName;

    /// <summary>
    /// Replications to run when neither the call's <see cref="Engine.RunOptions.Replications"/> nor the
    /// scenario's <c>run.replications</c> gives one. Must be ≥ 1.
    /// </summary>
    /// <value>The default value is 10,000.</value>
    public int DefaultReplications { get; set; } = ScenarioSimOptionsDefaults.DefaultReplications;

    /// <summary>
    /// Seed to use when neither the call's <see cref="Engine.RunOptions.Seed"/> nor the scenario's
    /// <c>run.seed</c> gives one. Any value is allowed.
    /// </summary>
    /// <value>The default value is 1.</value>
    public ulong DefaultSeed { get; set; } = ScenarioSimOptionsDefaults.DefaultSeed;

    /// <summary>
    /// Most worker threads one run may use when the call's
    /// <see cref="Engine.RunOptions.MaxDegreeOfParallelism"/> gives none; <see langword="null"/> means
    /// every core. Must be ≥ 1 when set. Results do not depend on it: they are bit-identical for a seed
    /// whatever the thread count. A web host serving many users may want to keep it small.
    /// </summary>
    /// <value>The default value is <see langword="null"/> (every core).</value>
    public int? MaxDegreeOfParallelism { get; set; }

    /// <summary>
    /// The folder that relative paths given to <see cref="IScenarioLoader.LoadFile"/> are resolved
    /// against; a relative folder is itself resolved against the application's base directory
    /// (<see cref="AppContext.BaseDirectory"/>), where files copied to the output live. It must exist.
    /// <see langword="null"/> resolves scenario paths against the current directory, as
    /// <see cref="Yaml.ScenarioLoader.LoadFile"/> does.
    /// </summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? ScenariosDirectory { get; set; }
}

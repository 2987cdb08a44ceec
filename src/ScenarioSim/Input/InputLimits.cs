namespace ScenarioSim.Input;

/// <summary>
/// The limits every input is checked against before any work starts, so a hostile or mistaken input
/// gets a located error (exit 2) instead of exhausting memory, the stack or the user's patience.
/// Each limit sits far above what a real scenario needs; docs/scenario-format.md lists them.
/// </summary>
/// <remarks>Constants; thread-safe.</remarks>
internal static class InputLimits
{
    /// <summary>Largest scenario, <c>extends</c> parent or <c>--set-file</c> file read, in bytes (16 MiB).</summary>
    public const long MaxYamlFileBytes = 16L * 1024 * 1024;

    /// <summary>Largest observed-events CSV file (<c>--data</c>) read, in bytes (256 MiB).</summary>
    public const long MaxDataFileBytes = 256L * 1024 * 1024;

    /// <summary>Deepest nesting of YAML lists and mappings (a scenario needs about 6).</summary>
    public const int MaxYamlDepth = 64;

    /// <summary>
    /// Most YAML nodes a scenario may hold once every alias is expanded, counted over the file and its
    /// <c>extends</c> parents together (a 1,000-region scenario needs about 30,000).
    /// </summary>
    public const long MaxYamlNodes = 1_000_000;

    /// <summary>Most regions in a scenario.</summary>
    public const int MaxRegions = 1_000;

    /// <summary>Most force deployments in a scenario.</summary>
    public const int MaxForces = 10_000;

    /// <summary>Most breakpoints in one force's schedule.</summary>
    public const int MaxScheduleBreakpoints = 10_000;

    /// <summary>Most events in a scenario.</summary>
    public const int MaxEvents = 10_000;

    /// <summary>Most uncertain parameters (numbers given as distributions) in a scenario.</summary>
    public const int MaxUncertainParameters = 1_000;

    /// <summary>Most days a scenario may run (about a century).</summary>
    public const int MaxDays = 36_500;

    /// <summary>
    /// Most simulated region-days in one run or one shard: replications × days × regions. The
    /// baseline at 10,000 replications is 6.1e7; 2e10 takes hours on a laptop. Split a larger run with
    /// <c>--shard K/N</c>, each shard then counting its own replications.
    /// </summary>
    public const long MaxRegionDays = 20_000_000_000;

    /// <summary>
    /// Most replications whose every metric is kept in memory, one value each, as <c>compare</c> and
    /// <c>sensitivity</c> need for paired differences (10 million: about 1 GB).
    /// </summary>
    public const long MaxKeptReplications = 10_000_000;

    /// <summary>Largest count one row of an observed-events file may hold (far above any real count of attacks).</summary>
    public const long MaxObservedCount = 1_000_000;

    /// <summary>Most design points of a sweep (grid size or <c>--lhs N</c>) or of a sensitivity design.</summary>
    public const long MaxDesignPoints = 1_000_000;

    /// <summary>
    /// Largest daily mean the scenario may be able to reach for any random count (militia attacks with
    /// every multiplier at its largest, recruits, inflow, ISIS attacks): far above any real scenario,
    /// far below the 2^52 a Poisson draw takes.
    /// </summary>
    public const double MaxDailyMean = 1e9;

    /// <summary>Largest ISIS pool the scenario may be able to reach, in fighters.</summary>
    public const double MaxFighters = 1e12;

    /// <summary>Most diagnostics printed with the same wording before the rest are summarised as "… and N more like this".</summary>
    public const int MaxDiagnosticsLikeThis = 10;

    /// <summary>Most diagnostics printed in all before the rest are summarised.</summary>
    public const int MaxDiagnostics = 200;
}

namespace ScenarioSim.Results;

/// <summary>
/// The outcome of a Monte Carlo run: summaries of the scalar metrics, exceedance probabilities and
/// monthly series. Immutable and safe to share between threads.
/// </summary>
public sealed record SimulationResult
{
    /// <summary>The scenario's name.</summary>
    public required string ScenarioName { get; init; }

    /// <summary>The seed the run used.</summary>
    public required ulong Seed { get; init; }

    /// <summary>Replications run.</summary>
    public required int Replications { get; init; }

    /// <summary>The library version that produced the result.</summary>
    public required string Version { get; init; }

    /// <summary>Scalar metric summaries in <see cref="MetricNames.All"/> order.</summary>
    public required IReadOnlyList<MetricSummary> Metrics { get; init; }

    /// <summary>Exceedance probabilities in the order the scenario's report asked for them.</summary>
    public required IReadOnlyList<ExceedanceProbability> Exceedances { get; init; }

    /// <summary>Monthly series summaries, ordered by series, region, then month.</summary>
    public required IReadOnlyList<SeriesPoint> Series { get; init; }

    /// <summary>
    /// Per region, the metrics of <see cref="MetricNames.Breakdown"/> counted over that region alone,
    /// in the scenario's region order (<c>by_region</c> in summary.json).
    /// </summary>
    public IReadOnlyList<MetricBreakdown> ByRegion { get; init; } = [];

    /// <summary>
    /// Per group of the scenario, the metrics of <see cref="MetricNames.Breakdown"/> counted over the
    /// group's regions, in the scenario's group order (<c>by_group</c> in summary.json); empty without groups.
    /// </summary>
    public IReadOnlyList<MetricBreakdown> ByGroup { get; init; } = [];

    /// <summary>
    /// Monthly series per group (troops, militia attacks, ISIS attacks where the scenario has ISIS,
    /// militia fatalities, any fatality to date), ordered by series, group, then month; <see cref="SeriesPoint.Region"/>
    /// holds the group's name.
    /// </summary>
    public IReadOnlyList<SeriesPoint> GroupSeries { get; init; } = [];

    /// <summary>The summary of one metric.</summary>
    /// <exception cref="KeyNotFoundException">No metric has that name.</exception>
    public MetricSummary Metric(string name) =>
        Metrics.FirstOrDefault(m => m.Name == name)
        ?? throw new KeyNotFoundException($"No metric named '{name}'. Known metrics: {string.Join(", ", MetricNames.All)}.");
}

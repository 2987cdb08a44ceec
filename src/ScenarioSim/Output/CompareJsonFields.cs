namespace ScenarioSim.Output;

/// <summary>
/// The property names of <c>compare.json</c>, shared by its writer (<see cref="Analysis.ComparisonOutput"/>)
/// and the report's reader (ScenarioSim.Reporting's <c>CompareJson</c>), so that the two cannot drift apart.
/// They are a public contract (a reader of compare.json outside this package uses them too); per-scenario metrics and series use summary.json's names.
/// </summary>
/// <remarks>Constants only; thread-safe.</remarks>
public static class CompareJsonFields
{
    /// <summary>The run seed shared by every scenario.</summary>
    public const string Seed = "seed";

    /// <summary>Replications per scenario.</summary>
    public const string Replications = "replications";

    /// <summary>The ScenarioSim version that wrote the file.</summary>
    public const string Version = "version";

    /// <summary>The reference scenario's name: the scenario every other is compared with.</summary>
    public const string Reference = "reference";

    /// <summary>What the report's reader accepted before <see cref="Reference"/> was shared; still read, never written.</summary>
    public const string LegacyBaseline = "baseline";

    /// <summary>How the difference is defined (a sentence: scenario minus reference, paired by replication).</summary>
    public const string Difference = "difference";

    /// <summary>How the 95% intervals were computed (a sentence).</summary>
    public const string Interval = "interval";

    /// <summary>Every scenario compared, the reference first, with its summaries.</summary>
    public const string Scenarios = "scenarios";

    /// <summary>Each later scenario's paired differences from the reference.</summary>
    public const string Differences = "differences";

    /// <summary>Under a difference: the scenario compared with the reference.</summary>
    public const string Scenario = "scenario";

    /// <summary>A scenario's name.</summary>
    public const string Name = "name";

    /// <summary>A scenario's SHA-256 fingerprint.</summary>
    public const string Sha256 = "sha256";

    /// <summary>The per-metric summaries or differences, keyed by metric name.</summary>
    public const string Metrics = "metrics";

    /// <summary>The monthly series (summaries) or monthly differences.</summary>
    public const string Series = "series";

    /// <summary>A series month, <c>YYYY-MM</c>.</summary>
    public const string Month = "month";

    /// <summary>The mean paired difference (overall or for a month).</summary>
    public const string Mean = "mean";

    /// <summary>The lower end of the difference's 95% interval.</summary>
    public const string Ci95Low = "ci95_low";

    /// <summary>The upper end of the difference's 95% interval.</summary>
    public const string Ci95High = "ci95_high";

    /// <summary>How much pairing reduced the variance of the difference, as a fraction.</summary>
    public const string VarianceReduction = "variance_reduction";

    /// <summary>The number of paired replications.</summary>
    public const string NPairs = "n_pairs";

    /// <summary>The number of replications that could not be paired.</summary>
    public const string NUnpaired = "n_unpaired";

    /// <summary>The standard deviation of the paired differences.</summary>
    public const string Sd = "sd";

    /// <summary>The standard error of the mean difference.</summary>
    public const string Se = "se";

    /// <summary>The variance of the difference had the scenarios been run independently.</summary>
    public const string VarianceIndependent = "variance_independent";

    /// <summary>The variance of the paired differences.</summary>
    public const string VarianceDifference = "variance_difference";

    /// <summary>The reference scenario's mean of the metric.</summary>
    public const string ReferenceMean = "reference_mean";

    /// <summary>The mean difference as a percentage of the reference mean.</summary>
    public const string PercentChange = "percent_change";

    /// <summary>The lower end of the percentage change's 95% interval.</summary>
    public const string PercentChangeCi95Low = "percent_change_ci95_low";

    /// <summary>The upper end of the percentage change's 95% interval.</summary>
    public const string PercentChangeCi95High = "percent_change_ci95_high";
}

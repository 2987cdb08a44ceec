namespace ScenarioSim.Output;

/// <summary>
/// The property names of <c>compare.json</c>, shared by its writer (<see cref="Analysis.ComparisonOutput"/>)
/// and the report's reader (<see cref="Reporting.CompareJson"/>), so that the two cannot drift apart.
/// They are a public contract; per-scenario metrics and series use summary.json's names (<see cref="SummaryJsonFields"/>).
/// </summary>
internal static class CompareJsonFields
{
    public const string Seed = "seed";
    public const string Replications = "replications";
    public const string Version = "version";

    /// <summary>The reference scenario's name: the scenario every other is compared with.</summary>
    public const string Reference = "reference";

    /// <summary>What the report's reader accepted before <see cref="Reference"/> was shared; still read, never written.</summary>
    public const string LegacyBaseline = "baseline";

    public const string Difference = "difference";
    public const string Interval = "interval";
    public const string Scenarios = "scenarios";
    public const string Differences = "differences";
    public const string Scenario = "scenario";
    public const string Name = "name";
    public const string Sha256 = "sha256";
    public const string Metrics = "metrics";
    public const string Series = "series";
    public const string Month = "month";
    public const string Mean = "mean";
    public const string Ci95Low = "ci95_low";
    public const string Ci95High = "ci95_high";
    public const string VarianceReduction = "variance_reduction";
    public const string NPairs = "n_pairs";
    public const string NUnpaired = "n_unpaired";
    public const string Sd = "sd";
    public const string Se = "se";
    public const string VarianceIndependent = "variance_independent";
    public const string VarianceDifference = "variance_difference";
    public const string ReferenceMean = "reference_mean";
    public const string PercentChange = "percent_change";
    public const string PercentChangeCi95Low = "percent_change_ci95_low";
    public const string PercentChangeCi95High = "percent_change_ci95_high";
}

namespace ScenarioSim.Output;

/// <summary>The property names of <c>summary.json</c>, shared by its writer and reader. They are a public contract.</summary>
internal static class SummaryJsonFields
{
    public const string Scenario = "scenario";
    public const string Name = "name";
    public const string Sha256 = "sha256";
    public const string Seed = "seed";
    public const string Replications = "replications";
    public const string Version = "version";
    public const string Metrics = "metrics";
    public const string Exceedance = "exceedance";
    public const string Series = "series";
    public const string Metric = "metric";
    public const string Threshold = "threshold";
    public const string Month = "month";
    public const string N = "n";
    public const string NMissing = "n_missing";
    public const string Mean = "mean";
    public const string Sd = "sd";
    public const string Se = "se";
    public const string P05 = "p05";
    public const string P25 = "p25";
    public const string P50 = "p50";
    public const string P75 = "p75";
    public const string P95 = "p95";
    public const string Min = "min";
    public const string Max = "max";
    public const string Probability = "probability";
    public const string Ci95Low = "ci95_low";
    public const string Ci95High = "ci95_high";
    public const string KeyDates = "key_dates";
    public const string Histogram = "histogram";
    public const string Date = "date";
    public const string Label = "label";
    public const string ByGroup = "by_group";
    public const string ByRegion = "by_region";
    public const string SeriesByGroup = "series_by_group";
}
